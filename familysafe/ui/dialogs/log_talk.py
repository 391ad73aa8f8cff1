"""Logging a talk: when, with whom, about what, how it went, and any follow-up; and editing one."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from familysafe.core import input_rules
from familysafe.core.errors import FamilySafeError, ValidationError
from familysafe.core.planning import TalkEntry
from familysafe.core.text import fold
from familysafe.ui.bidi import sections_in_order
from familysafe.ui.context import AppContext
from familysafe.ui.formatting import py_date, qdate, short_date_format
from familysafe.ui.widgets.check_list import CheckList
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.labels import buddy_label
from familysafe.ui.window_fit import scrolling
from familysafe.words.errors import error_text


class LogTalkDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        members: Collection[int] = (),
        topics: Collection[str] = (),
        parent: QWidget | None = None,
        talk: TalkEntry | None = None,
    ) -> None:
        """A new talk with ``members`` (ids) and ``topics`` ticked, or ``talk`` to edit a
        logged one."""
        super().__init__(parent)
        self._ctx = ctx
        self.talk_id: int | None = talk.record.id if talk else None
        self._editing = talk is not None
        self.setWindowTitle(self.tr("Edit a talk") if talk else self.tr("Log a talk"))
        today = ctx.clock.today()
        if talk:
            members = talk.record.member_ids
            topics = list(talk.record.topic_ids)

        self.date_edit = sections_in_order(QDateEdit(qdate(today)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(qdate(input_rules.EARLIEST), qdate(today))
        self.date_edit.setDisplayFormat(short_date_format())
        self.date_edit.setAccessibleName(self.tr("Date of the talk"))

        self.members = CheckList(self.tr("Who took part"))
        self.members.setMaximumHeight(120)
        for view in ctx.services.household.members():
            self.members.add(view.name, view.member.id, view.member.id in members)
        self.members_error = FieldError()

        self.topic_search = QLineEdit()
        self.topic_search.setPlaceholderText(self.tr("Find a topic"))
        self.topic_search.setAccessibleName(self.tr("Find a topic"))
        self.topic_search.textChanged.connect(self._filter_topics)
        self.topics = CheckList(self.tr("Topics talked about"))
        for topic in ctx.services.library.topics():
            self.topics.add(topic.title, topic.id, topic.id in topics)
        self.topics_error = FieldError()

        self.how = QLineEdit()
        self.how.setAccessibleName(self.tr("How it went"))
        self.how.setPlaceholderText(self.tr("Optional: how it went, in a few words"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Private notes"))
        self.notes.setPlaceholderText(
            self.tr(
                "Optional private notes. They stay on this computer and never appear in "
                "reminders, and in printed plans only if you choose."
            )
        )
        self.notes.setMaximumHeight(90)

        self.follow_up_check = QCheckBox(self.tr("Add a &follow-up"))
        self.follow_up_text = QLineEdit()
        self.follow_up_text.setAccessibleName(self.tr("Follow-up"))
        self.follow_up_text.setPlaceholderText(self.tr("e.g. Turn off chat in Roblox together"))
        self.follow_up_by = sections_in_order(QDateEdit(qdate(today).addDays(7)))
        self.follow_up_by.setCalendarPopup(True)
        self.follow_up_by.setMaximumDate(qdate(input_rules.latest_follow_up(today)))
        self.follow_up_by.setDisplayFormat(short_date_format())
        self.follow_up_by.setAccessibleName(self.tr("Follow-up due by"))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_text, 1)
        follow_row.addWidget(self.follow_up_by)
        self.follow_up_error = FieldError()
        self.follow_up_check.toggled.connect(self._follow_up_toggled)
        self._follow_up_toggled(False)
        if talk:
            self.date_edit.setDate(qdate(talk.record.on))
            self.how.setText(talk.how_it_went)
            self.notes.setPlainText(talk.notes)

        self.date_error = FieldError()
        self.date_error.clear_on(self.date_edit.dateChanged)
        self.members_error.clear_on(self.members.itemChanged)
        self.topics_error.clear_on(self.topics.itemChanged)
        self.follow_up_error.clear_on(
            self.follow_up_check.toggled,
            self.follow_up_text.textChanged,
            self.follow_up_by.dateChanged,
        )

        form = QFormLayout()
        date_box = QVBoxLayout()
        date_box.addWidget(self.date_edit)
        date_box.addWidget(self.date_error)
        form.addRow(buddy_label(self.tr("&Date"), self.date_edit), date_box)
        members_box = QVBoxLayout()
        members_box.addWidget(self.members)
        members_box.addWidget(self.members_error)
        form.addRow(buddy_label(self.tr("&With"), self.members), members_box)
        topics_box = QVBoxLayout()
        topics_box.addWidget(self.topic_search)
        topics_box.addWidget(self.topics)
        topics_box.addWidget(self.topics_error)
        form.addRow(buddy_label(self.tr("&Topics"), self.topic_search), topics_box)
        form.addRow(self.tr("&How it went"), self.how)
        form.addRow(self.tr("&Notes"), self.notes)
        self.words_error = FieldError()  # for the notes and "how it went"
        self.words_error.clear_on(self.how.textChanged, self.notes.textChanged)
        form.addRow("", self.words_error)
        follow_box = QVBoxLayout()
        follow_box.addWidget(self.follow_up_check)
        follow_box.addLayout(follow_row)
        follow_box.addWidget(self.follow_up_error)
        form.addRow("", follow_box)
        if talk:  # follow-ups are done or not from Today; a talk's own are not re-edited here
            for widget in (self.follow_up_check, self.follow_up_text, self.follow_up_by):
                widget.setVisible(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        fields = QWidget()
        fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(fields), 1)  # Save stays in sight on small screens
        layout.addWidget(buttons)
        self.resize(560, 680)

    def _follow_up_toggled(self, on: bool) -> None:
        self.follow_up_text.setEnabled(on)
        self.follow_up_by.setEnabled(on)

    def _filter_topics(self, text: str) -> None:
        needle = fold(text.strip())
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def save(self) -> None:
        for error in (
            self.date_error,
            self.members_error,
            self.topics_error,
            self.words_error,
            self.follow_up_error,
        ):
            error.clear_message()
        follow_ups = []
        if self.follow_up_check.isChecked():
            follow_ups.append((self.follow_up_text.text(), py_date(self.follow_up_by.date())))
        planner = self._ctx.services.planner
        try:
            edited = self.talk_id if self._editing else None
            if edited is not None:
                planner.edit_talk(
                    edited,
                    self.members.checked(),
                    self.topics.checked(),
                    py_date(self.date_edit.date()),
                    self.notes.toPlainText(),
                    self.how.text(),
                )
            else:
                self.talk_id = planner.log_talk(
                    self.members.checked(),
                    self.topics.checked(),
                    py_date(self.date_edit.date()),
                    self.notes.toPlainText(),
                    self.how.text(),
                    follow_ups,
                )
        except ValidationError as exc:
            target = {
                "members": self.members_error,
                "topics": self.topics_error,
                "notes": self.words_error,
                "how": self.words_error,
                "on": self.date_error,
            }.get(exc.field, self.follow_up_error)
            target.show_message(error_text(exc))
            return
        except FamilySafeError as exc:
            self.topics_error.show_message(error_text(exc))
            return
        self._ctx.household_changed.emit()
        self.accept()
