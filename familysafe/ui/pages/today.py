"""The Today page: what is overdue and coming up, each with a one-click action."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.due import DueItem, grouped
from familysafe.ui import formatting, itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.widgets.empty_state import EmptyState
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.page_header import PageHeader
from familysafe.words.planner import entry_text


class TodayPage(LazyPage):
    open_topic = Signal(str, str)  # topic id, member name
    open_agreement = Signal()
    open_checklist = Signal(str, str)  # member name, app id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Today")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("What is due"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _: self.primary_action())

        self.log_button = QPushButton(self.tr("&Log the talk…"))
        self.guide_button = QPushButton(self.tr("Open the &guide"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.snooze_day_button = QPushButton(self.tr("Snooze a &day"))
        self.snooze_week_button = QPushButton(self.tr("Snooze a &week"))
        self.log_button.clicked.connect(self.log_talk)
        self.guide_button.clicked.connect(self._open_guide)
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_day_button.clicked.connect(lambda: self.snooze(1))
        self.snooze_week_button.clicked.connect(lambda: self.snooze(7))
        buttons = QHBoxLayout()
        for b in (
            self.log_button,
            self.guide_button,
            self.done_button,
            self.snooze_day_button,
            self.snooze_week_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch()

        self.empty = EmptyState(
            self.tr("Nothing is due"),
            self.tr(
                "When a talk, a settings check or a family check-in is due, it shows here. "
                "Add your children and the apps they use to get started."
            ),
        )
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.list, 1)
        listing_layout.addLayout(buttons)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(listing)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                self.title, self.tr("What is overdue and what is coming up in the next week.")
            )
        )
        layout.addWidget(self.stack, 1)

    def refresh(self) -> None:
        planner = self._ctx.services.planner
        names = {v.member.id: v.name for v in self._ctx.services.household.members()}
        self.list.clear()
        for entry in grouped(planner.due(7)):
            item = entry[0]
            member = names.get(item.member_id)
            when = formatting.long_date(item.due_on)
            if item.overdue_days > 0:
                status = self.tr("{days} days overdue").format(days=item.overdue_days)
            elif item.overdue_days == 0:
                status = self.tr("due today")
            else:
                status = self.tr("due {date}").format(date=when)
            row = itemdata.list_item(
                f"{entry_text(entry, member)}\n{status}", (entry, member), self.list
            )
            if item.overdue_days > 0:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            elif item.overdue_days < 0:
                row.setForeground(
                    QBrush(
                        self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                    )
                )
        self.stack.setCurrentIndex(1 if self.list.count() else 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def select(self, key: str) -> None:
        self.ensure_loaded()
        for row, (entry, _member) in itemdata.values(self.list):
            if any(item.key == key for item in entry):
                self.list.setCurrentRow(row)

    def current_entry(self) -> tuple[tuple[DueItem, ...], str | None] | None:
        """The chosen entry's items (several for an app's settings) and the child's name."""
        return itemdata.current_value(self.list)

    def current(self) -> tuple[DueItem, str | None] | None:
        """The chosen entry's first item and the child's name."""
        entry = self.current_entry()
        return (entry[0][0], entry[1]) if entry else None

    def _update_buttons(self) -> None:
        current = self.current()
        kind = current[0].kind if current else None
        self.log_button.setEnabled(kind in ("talk", "topic", "follow-up", "check-in"))
        self.guide_button.setEnabled(kind in ("topic", "new-band", "agreement-review", "checklist"))
        self.guide_button.setText(
            {
                "agreement-review": self.tr("Open the &agreement"),
                "checklist": self.tr("Open the &checklist"),
            }.get(kind, self.tr("Open the &guide"))
        )
        single = current is not None and len(self.current_entry()[0]) == 1
        self.done_button.setEnabled(
            single
            and kind in ("checklist", "follow-up", "check-in", "new-band", "agreement-review")
        )
        self.snooze_day_button.setEnabled(current is not None)
        self.snooze_week_button.setEnabled(current is not None)

    def primary_action(self) -> None:
        """Double-click or Enter: log the talk, or open where the item is dealt with."""
        current = self.current()
        if current and current[0].kind in ("talk", "topic"):
            self.log_talk()
        elif current and self.guide_button.isEnabled():
            self._open_guide()
        elif current:
            self.mark_done()

    def log_talk(self) -> None:
        current = self.current()
        members = [current[1]] if current and current[1] else []
        topics = [current[0].topic_id] if current and current[0].topic_id else []
        LogTalkDialog(self._ctx, members, topics, parent=self).exec()

    def mark_done(self) -> None:
        current = self.current()
        if current:
            self._ctx.services.planner.done(current[0].key)
            self._ctx.household_changed.emit()

    def snooze(self, days: int) -> None:
        entry = self.current_entry()
        if entry:
            self._ctx.services.planner.snooze_all([item.key for item in entry[0]], days)
            self._ctx.household_changed.emit()

    def _open_guide(self) -> None:
        current = self.current()
        if not current:
            return
        item, member = current
        if item.kind == "agreement-review":
            self.open_agreement.emit()
        elif item.kind == "checklist":
            self.open_checklist.emit(member or "", item.app_id or "")
        elif topic := item.topic_id or (item.values.get("topics") or [None])[0]:
            self.open_topic.emit(topic, member or "")
