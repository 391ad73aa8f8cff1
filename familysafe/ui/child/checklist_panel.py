"""One app's privacy checklist for one child: tick what is done, see when to look again."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.checklist import ItemState
from familysafe.core.library import App, ChecklistItem
from familysafe.services.household import MemberView
from familysafe.services.planner import AppStatus
from familysafe.ui import formatting, theme
from familysafe.ui.context import AppContext
from familysafe.words import vocabulary


def _label(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class _TitleLabel(QLabel):
    """The title beside a tick box (which cannot wrap its text): a click on it ticks the box."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(check)
        self._check = check

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if self._check.isEnabled():
            self._check.toggle()


def _day(day: date | None) -> str:
    return formatting.long_date(day) if day else ""


class ChecklistItemRow(QFrame):
    """A tick box for the setting, where to find it, and where it stands."""

    def __init__(self, state: ItemState, item: ChecklistItem, child: str) -> None:
        super().__init__()
        self.state = state
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        # A tick box cannot wrap its text, so the title is a label beside it that also ticks it.
        self.check = QCheckBox()
        self.check.setAccessibleName(state.title)
        self.check.setChecked(state.done)  # due a re-check is still in place, not undone
        self.check.setEnabled(state.applies)
        self.title = _TitleLabel(state.title, self.check)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = _label(self._status(state, item, child))
        self.why = _label(item.why)
        where = "<br>".join(
            f"<b>{escape(vocabulary.platform(p))}:</b> {escape(path)}"
            for p, path in item.where.items()
        )
        self.where = _label(where, rich=True)
        # A setting due a re-check stays ticked: "looked again" renews the tick for today.
        self.again = QPushButton(self.tr("I looked again: still in place"))
        self.again.setVisible(state.applies and state.done and state.stale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(theme.CARD_PADDING,) * 4)
        top = QHBoxLayout()
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        layout.addWidget(self.status)
        if state.applies and state.done and state.stale:
            layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.why)
        layout.addWidget(self.where)
        self.check.setAccessibleDescription(self.status.text())

    def _status(self, state: ItemState, item: ChecklistItem, child: str) -> str:
        if not state.applies:
            return self.tr("From age {age}: not yet for {name}.").format(
                age=item.min_age, name=child
            )
        if state.code == "changed":
            return self.tr(
                "In place since {date}; re-check due: our advice for this setting changed since, "
                "please look again."
            ).format(date=_day(state.checked_on))
        if state.code == "recheck":
            return self.tr(
                "In place since {date}; re-check due: settings drift, time to look again."
            ).format(date=_day(state.checked_on))
        if state.done:
            return self.tr("Done on {date}. Look again by {recheck}.").format(
                date=_day(state.checked_on),
                recheck=_day(state.recheck_on),
            )
        return self.tr("Not done yet.")


class ChecklistPanel(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member: MemberView | None = None
        self._app: App | None = None
        self.rows: list[ChecklistItemRow] = []
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Privacy checklist"))

    def show_app(self, member: MemberView | None, status: AppStatus | None) -> None:
        """Show ``status.app``'s checklist for ``member``; None shows nothing."""
        scroll = self.verticalScrollBar().value()
        same = status is not None and self._app is not None and status.app.id == self._app.id
        had_focus = self.window().focusWidget()
        focused = next((r.state.item_id for r in self.rows if r.check is had_focus), None)
        self._member = member
        self._app = status.app if status else None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(theme.CARD_GAP)
        self.rows = []
        if status is not None and member is not None:
            self._fill(layout, status, member)
        layout.addStretch(1)
        self.setWidget(body)
        if same:
            self.verticalScrollBar().setValue(scroll)
            # A keyboard user ticking settings one by one keeps their place on the rebuilt row.
            for row in self.rows:
                if row.state.item_id == focused:
                    row.check.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, layout: QVBoxLayout, status: AppStatus, child: MemberView) -> None:
        app = status.app
        title = _label(app.name)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        if status.below_min_age:
            self.warning = _label(
                self.tr(
                    "{app} asks its users to be at least {min_age}; {name} is {age}. Age limits "
                    "are set because of who can make contact and what can be seen. You know "
                    "{name} best: if they use it, the settings below make it safer, and a talk "
                    "about why the limit exists helps."
                ).format(app=app.name, min_age=status.min_age, name=child.name, age=child.age)
            )
            self.warning.setObjectName("belowMinAge")
            self.warning.setFrameShape(QFrame.Shape.StyledPanel)
            self.warning.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            self.warning.setAutoFillBackground(True)
            self.warning.setMargin(8)
            layout.addWidget(self.warning)
        self.age_rules = _label(
            "\n".join(
                self.tr("{app}: {rule}").format(app=app.name, rule=rule.text)
                for rule in status.age_rules
            )
        )
        self.age_rules.setObjectName("ageRules")
        self.age_rules.setAccessibleName(self.tr("Age rules for {app}").format(app=app.name))
        self.age_rules.setVisible(bool(status.age_rules))
        layout.addWidget(self.age_rules)
        planner = self._ctx.services.planner
        states = planner.checklist(child.member.id, app.id)
        in_place = [x for x in states if x.applies and x.done]
        due = sum(1 for x in in_place if x.stale)
        progress = self.tr("{done} of {total} settings in place.").format(
            done=len(in_place), total=status.checklist_total
        )
        if due:
            progress += " " + self.tr("Re-check due: {count}.").format(count=due)
        self.progress = _label(progress)
        self.progress_bar = QProgressBar()  # how far, at a glance
        self.progress_bar.setRange(0, max(1, status.checklist_total))
        self.progress_bar.setValue(len(in_place))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(max(8, self.fontMetrics().height() // 2))
        self.progress_bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.progress_bar.setAccessibleName(progress)
        bar = QHBoxLayout()
        bar.addWidget(self.progress_bar)
        bar.addWidget(self.progress, 1)
        layout.addLayout(bar)
        layout.addSpacing(theme.CARD_GAP)
        for state in states:
            item = app.item(state.item_id)
            if item is None:  # the states are the app's own items
                continue
            row = ChecklistItemRow(state, item, child.name)
            row.check.toggled.connect(lambda on, item_id=state.item_id: self._toggle(item_id, on))
            row.again.clicked.connect(
                lambda _=False, item_id=state.item_id: self._toggle(item_id, True)
            )
            layout.addWidget(row)
            self.rows.append(row)
        note = _label(
            self.tr(
                "Facts checked on {date}. Apps change their menus often: if a path differs, "
                "look for the same words nearby."
            ).format(date=formatting.long_date(app.checked))
        )
        theme.tint(note, theme.quiet_text)  # softer, and still at 4.5:1
        layout.addWidget(note)

    def row(self, item_id: str) -> ChecklistItemRow:
        return next(r for r in self.rows if r.state.item_id == item_id)

    def _toggle(self, item_id: str, on: bool) -> None:
        if self._member is None or self._app is None:
            return
        self._ctx.services.planner.mark(self._member.member.id, self._app.id, item_id, done=on)
        # Refreshing rebuilds these rows: not from inside the tick box's own signal.
        QTimer.singleShot(0, self._ctx.household_changed.emit)
