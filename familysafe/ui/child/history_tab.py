"""The talks logged with a child, newest first; edit or delete one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.planning import TalkEntry
from familysafe.services.household import MemberView
from familysafe.ui import formatting, itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.keep_place import kept_place
from familysafe.ui.widgets import confirm
from familysafe.ui.widgets.wrapped_rows import wrap_rows
from familysafe.words.lists import join_list


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member: MemberView | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Talks logged"))
        wrap_rows(self.list)  # wrapped at the width drawn, never cut short
        self.list.setSpacing(4)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _: self.edit_selected())
        self.log_button = QPushButton(self.tr("&Log a talk…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("Dele&te…"))
        self.log_button.clicked.connect(self.log_talk)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_member(self, view: MemberView) -> None:
        self._member = view
        current = self.current_id()
        with kept_place(self.list):
            self.list.clear()
            planner = self._ctx.services.planner
            for entry in planner.history(view.member.id):
                item = itemdata.add_item(self.list, self._describe(entry), entry.record.id)
                if entry.record.id == current:
                    self.list.setCurrentItem(item)
            if self.list.count() == 0:
                empty = itemdata.add_item(
                    self.list,
                    self.tr("No talks logged with {name} yet. After a talk, log it here.").format(
                        name=view.name
                    ),
                )
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _describe(self, entry: TalkEntry) -> str:
        planner = self._ctx.services.planner
        library = self._ctx.services.library.library
        names = [n for m in entry.record.member_ids if (n := planner.member_name(m)) is not None]
        topics = [t.title if (t := library.topic(tid)) else tid for tid in entry.record.topic_ids]
        lines = [
            self.tr("{date} · with {names}").format(
                date=formatting.long_date(entry.record.on), names=join_list(names)
            ),
            "    " + "; ".join(topics),
        ]
        if entry.how_it_went:
            lines.append("    " + self.tr("How it went: {text}").format(text=entry.how_it_went))
        for follow_up in entry.follow_ups:
            state = (
                self.tr("done")
                if follow_up.done_on
                else self.tr("by {date}").format(date=formatting.long_date(follow_up.due_on))
            )
            lines.append(
                "    "
                + self.tr("Follow-up: {text} ({state})").format(text=follow_up.text, state=state)
            )
        return "\n".join(lines)

    def current_id(self) -> int | None:
        return itemdata.current_value(self.list)

    def current(self) -> TalkEntry | None:
        talk_id = self.current_id()
        return self._ctx.services.planner.talk(talk_id) if talk_id else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def log_talk(self) -> None:
        members = [self._member.member.id] if self._member else []
        LogTalkDialog(self._ctx, members, parent=self).exec()

    def edit_selected(self) -> None:
        entry = self.current()
        if entry:
            LogTalkDialog(self._ctx, talk=entry, parent=self).exec()

    def delete_selected(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if confirm.ask(
            self,
            self.tr("Delete this talk?"),
            self.tr(
                "This deletes the talk on {date}, its notes and its follow-ups. "
                "It cannot be undone."
            ).format(date=formatting.long_date(entry.record.on)),
            self.tr("Delete the talk"),
        ):
            self._ctx.services.planner.delete_talk(entry.record.id)
            self._ctx.household_changed.emit()
