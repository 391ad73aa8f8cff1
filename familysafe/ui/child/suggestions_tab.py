"""What to talk about next with one child, and why each topic is suggested now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.suggestions import Suggestion
from familysafe.services.household import MemberView
from familysafe.ui import formatting, itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.keep_place import kept_place
from familysafe.ui.widgets.wrapped_rows import wrap_rows
from familysafe.words.planner import reason_text

SHOWN = 12


class SuggestionsTab(QWidget):
    open_topic = Signal(str, int)  # topic id, member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member: MemberView | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Suggested topics"))
        wrap_rows(self.list)  # wrapped at the width drawn, never cut short
        self.list.setSpacing(4)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _: self.open_guide())
        self.log_button = QPushButton(self.tr("&Log a talk about this…"))
        self.guide_button = QPushButton(self.tr("Open the &guide"))
        self.log_button.clicked.connect(self.log_talk)
        self.guide_button.clicked.connect(self.open_guide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.guide_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_member(self, view: MemberView) -> None:
        self._member = view
        current = self.current()
        suggestions = self._ctx.services.planner.suggest(view.member.id, SHOWN)
        # A reason every suggestion gives ("Suits their age") tells the parent nothing.
        common = (
            set.intersection(*({r.code for r in s.reasons} for s in suggestions)) & {"suits-band"}
            if suggestions
            else set()
        )
        with kept_place(self.list):
            self.list.clear()
            for rank, suggestion in enumerate(suggestions, 1):
                item = itemdata.add_item(
                    self.list, self._describe(rank, suggestion, common), suggestion.topic_id
                )
                if suggestion.topic_id == current:
                    self.list.setCurrentItem(item)
            if self.list.currentRow() < 0 and self.list.count():
                self.list.setCurrentRow(0)
        self._update_buttons()

    def _describe(self, rank: int, suggestion: Suggestion, left_out: set[str]) -> str:
        lines = [f"{rank}. {suggestion.title}"]
        lines += [f"    • {reason_text(r)}" for r in suggestion.reasons if r.code not in left_out]
        if suggestion.last_discussed:
            lines.append(
                "    "
                + self.tr("Last talked about on {date}").format(
                    date=formatting.long_date(suggestion.last_discussed)
                )
            )
        return "\n".join(lines)

    def current(self) -> str | None:
        return itemdata.current_value(self.list)

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.log_button.setEnabled(has)
        self.guide_button.setEnabled(has)

    def log_talk(self) -> None:
        topic = self.current()
        if topic and self._member:
            LogTalkDialog(self._ctx, [self._member.member.id], [topic], parent=self).exec()

    def open_guide(self) -> None:
        topic = self.current()
        if topic and self._member:
            self.open_topic.emit(topic, self._member.member.id)
