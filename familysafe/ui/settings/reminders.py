"""Reminders: on or off, names shown or not, the daily time, starting at login, the calendar."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTimeEdit, QWidget

from familysafe.ui.bidi import sections_in_order
from familysafe.ui.context import AppContext
from familysafe.ui.settings.group import Apply, SettingsGroup
from familysafe.ui.settings.planning import qtime


class RemindersGroup(SettingsGroup):
    changed = Signal()

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Reminders"))
        self.notifications = QCheckBox(self.tr("Show &reminders on the desktop"))
        self.notifications.setToolTip(
            self.tr(
                "When the check-in time comes, and once a day for what is overdue. "
                "FamilySafe stays in the tray to show them."
            )
        )
        self.show_names = QCheckBox(self.tr("Show children's &names in reminders"))
        self.show_names.setToolTip(
            self.tr("Turn off if others can see your screen. Notes are never shown.")
        )
        self.daily_at = sections_in_order(QTimeEdit())
        self.daily_at.setAccessibleName(self.tr("Daily reminder time"))
        self.daily_at.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.start_at_login = QCheckBox(self.tr("Start FamilySafe when I log &in"))
        self.start_at_login.setToolTip(
            self.tr("It starts quietly in the tray, so reminders can reach you.")
        )
        self.export_calendar = QPushButton(self.tr("Add to &my calendar…"))
        self.export_calendar.setToolTip(
            self.tr(
                "Save a calendar file with the family check-in and the next talks and "
                "re-checks, to open in your calendar app. No private notes are included."
            )
        )
        self.notifications.toggled.connect(self._save)
        self.show_names.toggled.connect(self._save)
        self.daily_at.editingFinished.connect(self._save)
        self.start_at_login.toggled.connect(self._save_start_at_login)
        self.export_calendar.clicked.connect(self._export_calendar)
        self.form.addRow(self.notifications)
        self.form.addRow(self.show_names)
        self.form.addRow(self.tr("&Daily reminder at"), self.daily_at)
        self.form.addRow(self.start_at_login)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.export_calendar)
        calendar_row.addStretch(1)
        self.form.addRow(calendar_row)

    def load(self) -> None:
        s = self._ctx.services
        self.notifications.setChecked(s.reminders.enabled)
        self.show_names.setChecked(s.reminders.show_names)
        self.show_names.setEnabled(s.reminders.enabled)
        self.daily_at.setTime(qtime(s.reminders.daily_at))
        self.start_at_login.setChecked(s.startup.start_at_login())
        if self._ctx.demo:  # a sample family must not change how the computer starts
            self.start_at_login.setEnabled(False)

    def _save(self) -> None:
        reminders = self._ctx.services.reminders
        at = self.daily_at.time()

        def save() -> None:
            reminders.set_enabled(self.notifications.isChecked())
            reminders.set_show_names(self.show_names.isChecked())
            reminders.set_daily_at(time(at.hour(), at.minute()))

        if self._apply(save):
            self.show_names.setEnabled(self.notifications.isChecked())
            self.changed.emit()

    def _save_start_at_login(self, on: bool) -> None:
        self._apply(lambda: self._ctx.services.startup.set_start_at_login(on))

    def _export_calendar(self) -> None:
        from familysafe.ui.dialogs.calendar_export import export_calendar

        export_calendar(self._ctx, self)
