"""The Settings page: every choice applies at once and is kept.

Country and language; the family check-in; how often to talk with each child; reminders and
starting at login; how often to re-check privacy settings; and where the data is kept.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.errors import FamilySafeError
from familysafe.core.schedule import CheckInSchedule, Frequency, TalkCadence
from familysafe.i18n import available_languages
from familysafe.texts import error_text
from familysafe.ui import formatting
from familysafe.ui.context import AppContext
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.page_header import PageHeader

# (months, weeks) choices for a talk cadence, shortest first.
CADENCES = ((0, 1), (0, 2), (1, 0), (2, 0), (3, 0))


def _cadence_key(months: int, weeks: int) -> str:
    """Combo data as text: Qt finds text reliably, where Python tuples would not match."""
    return f"{months},{weeks}"


def _cadence(key: str) -> TalkCadence:
    months, weeks = key.split(",")
    return TalkCadence(int(months), int(weeks))


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


class SettingsPage(LazyPage):
    language_changed = Signal(str)  # "" for the system's language
    text_size_changed = Signal(int)  # per cent
    reminders_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self.title = self.tr("Settings")
        self.error = FieldError()

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._place_group())
        column.addWidget(self._check_in_group())
        column.addWidget(self._talks_group())
        column.addWidget(self._reminders_group())
        column.addWidget(self._checklist_group())
        column.addWidget(self._documents_group())
        column.addWidget(self._data_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                self.title, self.tr("Changes apply at once. Everything stays on this computer.")
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

    def first_load(self) -> None:
        for country in self._ctx.services.library.countries():  # the content: not at start-up
            self.country.addItem(country.name, country.code)
        self.load()

    def refresh(self) -> None:
        self.load()

    def household_changed(self) -> None:
        self._fill_children()

    # Building ----------------------------------------------------------------------------------

    def _place_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Country, language and text size"))
        form = self._form(box)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.activated.connect(self._save_country)
        form.addRow(self.tr("&Country (for helplines)"), self.country)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The computer's language"), "")
        for code in available_languages():
            name = QLocale(code).nativeLanguageName() or code
            self.language.addItem(name[:1].upper() + name[1:], code)
        self.language.activated.connect(self._save_language)
        form.addRow(self.tr("&Language"), self.language)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.addItem(self.tr("As on this computer"), 100)
        self.text_size.addItem(self.tr("Larger"), 125)
        self.text_size.addItem(self.tr("Largest"), 150)
        self.text_size.activated.connect(self._save_text_size)
        form.addRow(self.tr("&Text size"), self.text_size)
        return box

    def _check_in_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Family check-in"))
        form = self._form(box)
        intro = QLabel(
            self.tr(
                "A few minutes, regularly, when the family talks about what is happening online."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(self.tr("How often"))
        self.frequency.addItem(self.tr("Every week"), Frequency.WEEKLY.value)
        self.frequency.addItem(self.tr("Every two weeks"), Frequency.FORTNIGHTLY.value)
        self.frequency.addItem(self.tr("Once a month"), Frequency.MONTHLY.value)
        self.nth = QComboBox()
        self.nth.setAccessibleName(self.tr("Which week of the month"))
        for label, value in (
            (self.tr("First"), 1),
            (self.tr("Second"), 2),
            (self.tr("Third"), 3),
            (self.tr("Fourth"), 4),
            (self.tr("Last"), -1),
        ):
            self.nth.addItem(label, value)
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Day"))
        locale = QLocale()
        for day in range(7):  # Monday first, as CheckInSchedule counts
            self.weekday.addItem(locale.dayName(day + 1), day)
        self.check_in_time = QTimeEdit()
        self.check_in_time.setAccessibleName(self.tr("Check-in time"))
        self.check_in_time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.next_check_in = QLabel()
        row = QHBoxLayout()
        for widget in (self.frequency, self.nth, self.weekday, self.check_in_time):
            row.addWidget(widget)
        row.addStretch()
        form.addRow(self.tr("When"), row)
        form.addRow("", self.next_check_in)
        for combo in (self.frequency, self.nth, self.weekday):
            combo.activated.connect(self._save_schedule)
        self.check_in_time.editingFinished.connect(self._save_schedule)
        return box

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    def _cadence_combo(self, family_choice: bool) -> QComboBox:
        combo = QComboBox()
        if family_choice:
            combo.addItem(self.tr("As for the family"), None)
        labels = {
            (0, 1): self.tr("Every week"),
            (0, 2): self.tr("Every two weeks"),
            (1, 0): self.tr("Every month"),
            (2, 0): self.tr("Every two months"),
            (3, 0): self.tr("Every three months"),
        }
        for months, weeks in CADENCES:
            combo.addItem(labels[(months, weeks)], _cadence_key(months, weeks))
        return combo

    def _talks_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Talks with each child"))
        self.talks_form = self._form(box)
        intro = QLabel(
            self.tr(
                "A child is due a talk when none has been logged with them for this long. "
                "Short, regular talks work better than rare long ones."
            )
        )
        intro.setWordWrap(True)
        self.talks_form.addRow(intro)
        self.cadence = self._cadence_combo(family_choice=False)
        self.cadence.setAccessibleName(self.tr("Talk with each child"))
        self.cadence.activated.connect(self._save_cadence)
        self.talks_form.addRow(self.tr("&Family"), self.cadence)
        self.child_cadences: dict[str, QComboBox] = {}
        return box

    def _reminders_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        form = self._form(box)
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
        self.daily_at = QTimeEdit()
        self.daily_at.setAccessibleName(self.tr("Daily reminder time"))
        self.daily_at.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.start_at_login = QCheckBox(self.tr("Start FamilySafe when I &log in"))
        self.start_at_login.setToolTip(
            self.tr("It starts quietly in the tray, so reminders can reach you.")
        )
        self.export_calendar = QPushButton(self.tr("Add to my &calendar…"))
        self.export_calendar.setToolTip(
            self.tr(
                "Save a calendar file with the family check-in and the next talks and "
                "re-checks, to open in your calendar app. No private notes are included."
            )
        )
        self.notifications.toggled.connect(self._save_reminders)
        self.show_names.toggled.connect(self._save_reminders)
        self.daily_at.editingFinished.connect(self._save_reminders)
        self.start_at_login.toggled.connect(self._save_start_at_login)
        self.export_calendar.clicked.connect(self._export_calendar)
        form.addRow(self.notifications)
        form.addRow(self.show_names)
        form.addRow(self.tr("&Daily reminder at"), self.daily_at)
        form.addRow(self.start_at_login)
        form.addRow(self.export_calendar)
        return box

    def _checklist_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Privacy checklists"))
        form = self._form(box)
        self.recheck = QSpinBox()
        self.recheck.setRange(1, 24)
        self.recheck.setAccessibleName(self.tr("Re-check settings every so many months"))
        self.recheck.setSuffix(self.tr(" months"))
        self.recheck.editingFinished.connect(self._save_recheck)
        form.addRow(self.tr("Re-check &settings every"), self.recheck)
        return box

    def _documents_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Printed documents"))
        form = self._form(box)
        self.family_name = QLineEdit()
        self.family_name.setAccessibleName(self.tr("Family name"))
        self.family_name.setPlaceholderText(self.tr("e.g. The Okafor family"))
        self.contact_line = QLineEdit()
        self.contact_line.setAccessibleName(self.tr("How carers reach you"))
        self.contact_line.setPlaceholderText(self.tr("e.g. Mum: 07700 900123"))
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Author written into PDF files"))
        self.author.setPlaceholderText(self.tr("Left out unless you fill it in"))
        settings = self._ctx.services.settings
        for edit, setter in (
            (self.family_name, settings.set_family_name),
            (self.contact_line, settings.set_contact_line),
            (self.author, settings.set_document_author),
        ):
            edit.setMinimumWidth(280)
            edit.editingFinished.connect(
                lambda edit=edit, setter=setter: self._apply(lambda: setter(edit.text()))
            )
        form.addRow(self.tr("&Family name"), self.family_name)
        form.addRow(self.tr("C&ontact line for carers"), self.contact_line)
        form.addRow(self.tr("&Author in PDF files"), self.author)
        return box

    def _data_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your data"))
        layout = QVBoxLayout(box)
        text = QLabel(
            self.tr(
                "FamilySafe keeps everything in this folder on this computer and sends "
                "nothing anywhere. Back it up with your other files."
            )
        )
        text.setWordWrap(True)
        self.data_folder = QLabel(str(self._ctx.services.data_dir))
        self.data_folder.setTextInteractionFlags(
            self.data_folder.textInteractionFlags().TextSelectableByMouse
        )
        self.open_folder = QPushButton(self.tr("&Open the folder"))
        self.open_folder.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(self.open_folder)
        layout.addWidget(text)
        layout.addLayout(row)
        return box

    # Loading -----------------------------------------------------------------------------------

    def load(self) -> None:
        """Show what is stored (without saving anything back)."""
        s = self._ctx.services
        self._loading = True
        try:
            code = s.settings.country(QLocale.territoryToCode(QLocale().territory())) or ""
            found = self.country.findData(s.library.country_or_default(code).code)
            self.country.setCurrentIndex(max(found, 0))
            self.language.setCurrentIndex(
                max(self.language.findData(s.settings.language() or ""), 0)
            )
            self.text_size.setCurrentIndex(max(self.text_size.findData(s.settings.text_size()), 0))
            schedule = s.planner.schedule()
            self.frequency.setCurrentIndex(self.frequency.findData(schedule.frequency.value))
            self.nth.setCurrentIndex(self.nth.findData(schedule.nth))
            self.weekday.setCurrentIndex(schedule.weekday)
            self.check_in_time.setTime(_qtime(schedule.at))
            self._show_schedule(schedule)
            cadence = s.planner.cadence()
            self.cadence.setCurrentIndex(
                max(self.cadence.findData(_cadence_key(cadence.months, cadence.weeks)), 0)
            )
            self._fill_children()
            reminders = s.reminders
            self.notifications.setChecked(reminders.enabled)
            self.show_names.setChecked(reminders.show_names)
            self.show_names.setEnabled(reminders.enabled)
            self.daily_at.setTime(_qtime(reminders.daily_at))
            self.start_at_login.setChecked(s.startup.start_at_login())
            if self._ctx.demo:  # a sample family must not change how the computer starts
                self.start_at_login.setEnabled(False)
            self.recheck.setValue(s.planner.recheck_months())
            self.family_name.setText(s.settings.family_name() or "")
            self.contact_line.setText(s.settings.contact_line() or "")
            self.author.setText(s.settings.document_author() or "")
        finally:
            self._loading = False

    def _fill_children(self) -> None:
        """One choice per child: rebuilt only when the children change, else just refreshed."""
        planner = self._ctx.services.planner
        names = [v.name for v in self._ctx.services.household.children()]
        if names != list(self.child_cadences):
            for combo in self.child_cadences.values():
                self.talks_form.removeRow(combo)
            self.child_cadences = {}
            for name in names:
                combo = self._cadence_combo(family_choice=True)
                combo.setAccessibleName(self.tr("Talk with {name}").format(name=name))
                combo.activated.connect(lambda _=0, name=name: self._save_child_cadence(name))
                self.talks_form.addRow(name, combo)
                self.child_cadences[name] = combo
        for name, combo in self.child_cadences.items():
            own = planner.child_cadence(name)
            index = combo.findData(_cadence_key(own.months, own.weeks)) if own else 0
            combo.setCurrentIndex(max(index, 0))

    def _show_schedule(self, schedule: CheckInSchedule) -> None:
        self.nth.setVisible(schedule.frequency is Frequency.MONTHLY)
        upcoming = schedule.next_after(self._ctx.clock.now())
        self.next_check_in.setText(
            self.tr("Next: {date} at {time}").format(
                date=formatting.long_date(upcoming.date()),
                time=QLocale().toString(_qtime(upcoming.time()), QLocale.FormatType.ShortFormat),
            )
        )

    # Saving ------------------------------------------------------------------------------------

    def _apply(self, action) -> bool:
        """Run one save; a refusal shows its reason and the stored values come back."""
        if self._loading:
            return False
        self.error.clear_message()
        try:
            action()
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            self.load()
            return False
        return True

    def _save_country(self) -> None:
        self._apply(lambda: self._ctx.services.settings.set_country(self.country.currentData()))

    def _save_language(self) -> None:
        code = self.language.currentData()
        if self._apply(lambda: self._ctx.services.settings.set_language(code or None)):
            self.language_changed.emit(code)

    def _save_text_size(self) -> None:
        percent = self.text_size.currentData()
        if self._apply(lambda: self._ctx.services.settings.set_text_size(percent)):
            self.text_size_changed.emit(percent)

    def _save_schedule(self) -> None:
        at = self.check_in_time.time()
        old = self._ctx.services.planner.schedule()
        schedule = CheckInSchedule(
            frequency=Frequency(self.frequency.currentData()),
            weekday=self.weekday.currentData(),
            at=time(at.hour(), at.minute()),
            nth=self.nth.currentData(),
            anchor=old.anchor,
            zone=old.zone,
        )
        if schedule != old and self._apply(
            lambda: self._ctx.services.planner.set_schedule(schedule)
        ):
            self._show_schedule(schedule)
            self._changed()

    def _save_cadence(self) -> None:
        cadence = _cadence(self.cadence.currentData())
        if self._apply(lambda: self._ctx.services.planner.set_cadence(cadence)):
            self._changed()

    def _save_child_cadence(self, name: str) -> None:
        data = self.child_cadences[name].currentData()
        cadence = _cadence(data) if data else None
        if self._apply(lambda: self._ctx.services.planner.set_child_cadence(name, cadence)):
            self._changed()

    def _save_reminders(self) -> None:
        reminders = self._ctx.services.reminders
        at = self.daily_at.time()

        def save() -> None:
            reminders.set_enabled(self.notifications.isChecked())
            reminders.set_show_names(self.show_names.isChecked())
            reminders.set_daily_at(time(at.hour(), at.minute()))

        if self._apply(save):
            self.show_names.setEnabled(self.notifications.isChecked())
            self.reminders_changed.emit()

    def _save_start_at_login(self, on: bool) -> None:
        self._apply(lambda: self._ctx.services.startup.set_start_at_login(on))

    def _save_recheck(self) -> None:
        months = self.recheck.value()
        if months != self._ctx.services.planner.recheck_months() and self._apply(
            lambda: self._ctx.services.planner.set_recheck_months(months)
        ):
            self._changed()

    def _changed(self) -> None:
        """What is due may have moved: Today, the child pages and the reminders follow."""
        QTimer.singleShot(0, self._ctx.household_changed.emit)
        self.reminders_changed.emit()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.services.data_dir)))

    def _export_calendar(self) -> None:
        from familysafe.ui.dialogs.calendar_export import export_calendar

        export_calendar(self._ctx, self)
