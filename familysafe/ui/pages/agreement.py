"""The Family agreement page: pick suggestions suited to the children, write your own lines,
fill in each child's times, places and devices and the trusted adults, agree it together, and
look at it again on its review date."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.errors import FamilySafeError
from familysafe.services.agreement import ShownLine, SuggestedLine
from familysafe.ui import formatting, itemdata
from familysafe.ui.bidi import isolated
from familysafe.ui.context import AppContext
from familysafe.ui.dialogs.agree import AgreeDialog
from familysafe.ui.dialogs.agreement_line import AgreementLineDialog
from familysafe.ui.dialogs.specifics import SpecificsDialog, TrustedAdultsDialog
from familysafe.ui.keep_place import kept_place
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.labels import plain_label
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.page_header import PageHeader
from familysafe.words.errors import error_text
from familysafe.words.lists import join_list


def _list(name: str) -> QListWidget:
    """A list of lines under bold section headings; long lines wrap rather than being cut."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setSpacing(2)
    return widget


class AgreementPage(LazyPage):
    print_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Agreement")
        self.status = plain_label()  # names who agreed
        self.error = FieldError()

        self.suggestions = _list(self.tr("Suggestions"))
        self.suggestions.itemActivated.connect(lambda _: self.add_selected())
        self.suggestions.currentItemChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add to our agreement"))
        self.add_button.clicked.connect(self.add_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Suggestions for your children's ages")))
        left_layout.addWidget(self.suggestions, 1)
        left_layout.addWidget(self.add_button)

        self.lines = _list(self.tr("Our agreement"))
        self.lines.itemActivated.connect(lambda _: self.edit_selected())
        self.lines.currentItemChanged.connect(self._update_buttons)
        self.own_button = QPushButton(self.tr("&Write your own…"))
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move dow&n"))
        self.own_button.clicked.connect(self.write_own)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        line_buttons = QVBoxLayout()  # two short rows fit a narrow (or scaled) screen
        for row_buttons in (
            (self.own_button, self.edit_button, self.remove_button),
            (self.up_button, self.down_button),
        ):
            row = QHBoxLayout()
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch()
            line_buttons.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Our agreement")))
        right_layout.addWidget(self.lines, 1)
        right_layout.addLayout(line_buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 520])

        self.agree_button = QPushButton(self.tr("A&gree it together…"))
        self.reviewed_button = QPushButton(self.tr("We looked at it and &kept it"))
        self.agree_button.clicked.connect(self.agree)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.print_button = QPushButton(self.tr("&Print to sign…"))
        self.print_button.clicked.connect(self.print_requested)
        self.specifics_button = QPushButton(self.tr("&Times, places and devices…"))
        self.specifics_button.clicked.connect(self.edit_specifics)
        self.trusted_button = QPushButton(self.tr("Trusted adu&lts…"))
        self.trusted_button.clicked.connect(self.edit_trusted_adults)
        bottom = QHBoxLayout()
        bottom.addWidget(self.agree_button)
        bottom.addWidget(self.reviewed_button)
        bottom.addStretch()
        bottom.addWidget(self.specifics_button)
        bottom.addWidget(self.trusted_button)
        bottom.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                self.title,
                self.tr(
                    "The family's own rules for being online, written down and agreed together, "
                    "with what the grown-ups promise in return. Pick from the suggestions or "
                    "write your own."
                ),
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # Showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        agreement = self._ctx.services.agreement
        draft, current = agreement.draft(), agreement.current()
        self.status.setText(self._status_text(draft, current))

        chosen = self.selected_line()
        with kept_place(self.lines):
            self.lines.clear()
            for section in draft.sections:
                self._heading(self.lines, section.title)
                for line in section.lines:
                    text = "• " + isolated(self._line_text(line))
                    item = itemdata.list_item(text, line, self.lines)
                    if chosen and line.id == chosen.id:
                        self.lines.setCurrentItem(item)

        offered_before = self.selected_suggestion()
        row_before = self.suggestions.currentRow()
        with kept_place(self.suggestions):
            self.suggestions.clear()
            for offer in agreement.suggestions():
                offered = [s for s in offer.suggestions if not s.added]
                if not offered:
                    continue
                self._heading(self.suggestions, offer.title, offer.purpose)
                for suggestion in offered:
                    text = "• " + isolated(self._suggestion_text(suggestion))
                    item = itemdata.list_item(text, suggestion, self.suggestions)
                    if offered_before and suggestion.id == offered_before.id:
                        self.suggestions.setCurrentItem(item)
            if self.suggestions.currentRow() < 0 and row_before >= 0:
                # the one just added has gone: the next one down, to add several in a row
                self._choose_near(self.suggestions, row_before)
        self.agree_button.setEnabled(not draft.is_empty and draft.changed)
        self.reviewed_button.setEnabled(current is not None and not draft.changed)
        self._update_buttons()

    def _status_text(self, draft, current) -> str:
        if current is None:
            if draft.is_empty:
                return self.tr("Not written yet. Start with a few lines from the suggestions.")
            return self.tr("Not agreed yet. When it reads right, agree it together.")
        text = self.tr(
            "Version {number}, agreed on {date} by {names}. Look at it again by {review}."
        )
        text = text.format(
            number=current.number,
            date=formatting.long_date(current.agreed_on),
            names=join_list(current.signed_by),
            review=formatting.long_date(current.review_on),
        )
        if draft.changed:
            text += " " + self.tr("You have changed it since: agree it again to make it count.")
        return text

    @staticmethod
    def _choose_near(widget: QListWidget, row: int) -> None:
        """Choose the first entry with a value at or after ``row`` (else before it)."""
        rows = [r for r, _ in itemdata.values(widget)]
        after = [r for r in rows if r >= row]
        if after or rows:
            widget.setCurrentRow(after[0] if after else rows[-1])

    @staticmethod
    def _heading(widget: QListWidget, title: str, purpose: str = "") -> None:
        head = QListWidgetItem(isolated(title), widget)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not something to choose
        if purpose:
            head.setToolTip(purpose)

    def _line_text(self, line: ShownLine) -> str:
        if line.for_everyone:
            return line.text
        return self.tr("{text} (for {names})").format(
            text=line.text, names=join_list(line.children)
        )

    def _suggestion_text(self, suggestion: SuggestedLine) -> str:
        if not suggestion.children:
            return suggestion.text
        return self.tr("{text} (suits {names})").format(
            text=suggestion.text, names=join_list(suggestion.children)
        )

    def selected_line(self) -> ShownLine | None:
        return itemdata.current_value(self.lines)

    def selected_suggestion(self) -> SuggestedLine | None:
        return itemdata.current_value(self.suggestions)

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.add_button.setEnabled(self.selected_suggestion() is not None)
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(line is not None)

    # Changing ----------------------------------------------------------------------------------

    def _do(self, action) -> bool:
        self.error.clear_message()
        try:
            action()
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return False
        self.refresh()
        return True

    def add_selected(self) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is None:
            return
        # A suggestion that suits only some of the children is added for them alone.
        everyone = {v.member.id for v in self._ctx.services.household.children()}
        chosen = suggestion.child_ids
        children = None if set(chosen) >= everyone else list(chosen)
        self._do(
            lambda: self._ctx.services.agreement.add_line(
                suggestion.section_id, suggestion_id=suggestion.id, children=children
            )
        )

    def write_own(self) -> None:
        suggestion = self.selected_suggestion()
        line = self.selected_line()
        chosen = line or suggestion
        section = chosen.section_id if chosen else None
        if AgreementLineDialog(self._ctx, section_id=section, parent=self).exec():
            self.refresh()

    def edit_selected(self) -> None:
        line = self.selected_line()
        if line and AgreementLineDialog(self._ctx, line=line, parent=self).exec():
            self.refresh()

    def remove_selected(self) -> None:
        line = self.selected_line()
        line_id = line.id if line else None
        if line_id is not None:
            self._do(lambda: self._ctx.services.agreement.remove_line(line_id))

    def move_selected(self, step: int) -> None:
        line = self.selected_line()
        line_id = line.id if line else None
        if line is None or line_id is None:
            return
        section = next(
            s for s in self._ctx.services.agreement.draft().sections if s.id == line.section_id
        )
        ids = [x.id for x in section.lines]
        index = ids.index(line_id) + step
        if 0 <= index < len(ids):
            self._do(lambda: self._ctx.services.agreement.move_line(line_id, index))

    def edit_specifics(self) -> None:
        """Each child's screen-free places and times, device bedtime, time for games and
        videos, and devices (the child chosen on a line, if any, first)."""
        line = self.selected_line()
        first = line.child_ids[0] if line and line.child_ids else None
        SpecificsDialog(self._ctx, child=first, parent=self).exec()

    def edit_trusted_adults(self) -> None:
        TrustedAdultsDialog(self._ctx, parent=self).exec()

    def agree(self) -> None:
        if AgreeDialog(self._ctx, parent=self).exec():
            self.refresh()

    def mark_reviewed(self) -> None:
        if self._do(self._ctx.services.agreement.mark_reviewed):
            self._ctx.household_changed.emit()
            QMessageBox.information(
                self,
                self.title,
                self.tr("Noted. FamilySafe will bring the agreement back in three months."),
            )
