"""The Settings page: each change applies at once and is kept."""

from datetime import date, time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.core.schedule import Frequency, TalkCadence
from familysafe.ui import formatting, itemdata
from familysafe.ui.pages.settings import SettingsPage


@pytest.fixture
def page(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def choose(combo, data) -> None:
    """Pick an entry as a user would (``activated`` is what the page listens to)."""
    index = itemdata.find_choice(combo, data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_shows_what_is_stored(page, ctx):
    assert page.check_in.frequency.currentData() == "weekly"
    assert page.check_in.weekday.currentData() == 6 and page.check_in.check_in_time.time() == QTime(
        18, 0
    )
    assert page.talks.cadence.currentText() == "Every month"
    assert (
        page.talks.child_cadences[ctx.services.household.get("Arun").id].currentText()
        == "As for the family"
    )
    assert page.reminders.notifications.isChecked() and page.reminders.daily_at.time() == QTime(
        19, 0
    )
    assert not page.reminders.start_at_login.isChecked()
    assert page.checklists.recheck.value() == 6
    assert formatting.long_date(date(2026, 11, 29)) in page.check_in.next_check_in.text()


def test_check_in_schedule_monthly_on_the_first_saturday(page, ctx):
    assert page.check_in.nth.isHidden()
    choose(page.check_in.frequency, "monthly")
    choose(page.check_in.weekday, 5)
    page.check_in.check_in_time.setTime(QTime(10, 30))
    page.check_in.check_in_time.editingFinished.emit()
    schedule = ctx.services.planner.schedule()
    assert (schedule.frequency, schedule.weekday, schedule.nth, schedule.at) == (
        Frequency.MONTHLY,
        5,
        1,
        time(10, 30),
    )
    assert not page.check_in.nth.isHidden()
    assert formatting.long_date(date(2026, 12, 5)) in page.check_in.next_check_in.text()


def test_talk_cadence_for_the_family_and_one_child(page, ctx):
    arun = ctx.services.household.get("Arun").id
    choose(page.talks.cadence, "0,2")
    assert ctx.services.planner.cadence() == TalkCadence(0, 2)
    choose(page.talks.child_cadences[arun], "0,1")
    assert ctx.services.planner.child_cadence(ctx.services.household.get("Arun").id) == TalkCadence(
        0, 1
    )
    ctx.services.planner.log_talk([ctx.services.household.get("Arun").id], ["safe-to-tell"])
    talk = next(i for i in ctx.services.planner.due(14) if i.kind == "talk")
    assert talk.overdue_days == -7  # a week, Arun's own cadence
    choose(page.talks.child_cadences[arun], None)
    assert ctx.services.planner.child_cadence(ctx.services.household.get("Arun").id) is None


def test_reminder_choices(page, ctx):
    page.reminders.notifications.setChecked(False)
    assert ctx.services.reminders.enabled is False and not page.reminders.show_names.isEnabled()
    page.reminders.notifications.setChecked(True)
    page.reminders.show_names.setChecked(False)
    page.reminders.daily_at.setTime(QTime(8, 15))
    page.reminders.daily_at.editingFinished.emit()
    reminders = ctx.services.reminders
    assert (reminders.enabled, reminders.show_names, reminders.daily_at) == (
        True,
        False,
        time(8, 15),
    )


def test_start_at_login_writes_and_removes_the_autostart_entry(page, private_config_home):
    entry = private_config_home / "autostart" / "org.familysafe.FamilySafe.desktop"
    page.reminders.start_at_login.setChecked(True)
    assert entry.is_file() and "--tray" in entry.read_text()
    page.reminders.start_at_login.setChecked(False)
    assert not entry.exists()


def test_recheck_interval_and_country(page, ctx):
    page.checklists.recheck.setValue(3)
    page.checklists.recheck.editingFinished.emit()
    assert ctx.services.planner.recheck_months() == 3
    choose(page.place.country, "AU")
    assert ctx.services.settings.country() == "AU"


def test_language_is_kept_and_announced(page, ctx, qtbot):
    with qtbot.waitSignal(page.language_changed) as signal:
        choose(page.place.language, "es")
    assert signal.args == ["es"] and ctx.services.settings.language() == "es"
    choose(page.place.language, "")
    assert ctx.services.settings.language() is None


def test_data_folder_shown_and_opened(page, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "familysafe.ui.settings.documents.QDesktopServices.openUrl",
        lambda url: opened.append(url) or True,
    )
    assert page.data.data_folder.text() == str(ctx.services.data_dir)
    page.data.open_folder.click()
    assert opened[0].toLocalFile() == str(ctx.services.data_dir)


def test_calendar_export_from_the_app(page, ctx, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    from familysafe.ui.dialogs.calendar_export import export_calendar

    path = export_calendar(ctx, page, str(tmp_path / "family"))
    assert path == tmp_path / "family.ics" and path.read_text().startswith("BEGIN:VCALENDAR")
    assert "Saved" in told[0]


def test_document_details_are_kept_and_too_long_is_refused(page, ctx):
    page.documents.author.setText("x" * 200)
    page.documents.author.editingFinished.emit()
    assert page.error.isVisible() and "too long" in page.error.text()
    assert ctx.services.settings.document_author() is None and page.documents.author.text() == ""
    page.documents.family_name.setText("The Okafor family")
    page.documents.family_name.editingFinished.emit()
    assert ctx.services.settings.family_name() == "The Okafor family"
    assert not page.error.isVisible()


def test_paper_follows_the_country_unless_chosen(page, ctx):
    assert itemdata.current_choice(page.documents.paper) == ""
    choose(page.place.country, "US")
    assert ctx.services.settings.paper() == "letter"  # the country's custom
    choose(page.documents.paper, "a4")
    assert ctx.services.settings.paper() == "a4"
    choose(page.documents.paper, "")
    assert ctx.services.settings.paper() == "letter"


def test_group_titles_read_as_headings_and_the_choices_in_them_do_not(page):
    from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionGroupBox

    usual = QApplication.font()
    for group in page.groups:
        title = group.font()
        assert title.bold() and title.pointSizeF() > usual.pointSizeF() * 1.2, group.title()
        option = QStyleOptionGroupBox()
        group.initStyleOption(option)
        drawn = group.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, group
        )
        assert drawn.width() >= group.fontMetrics().horizontalAdvance(group.title())  # not cut
        for label in group.findChildren(QLabel):
            assert not label.font().bold(), label.text()
            assert label.font().pointSizeF() == usual.pointSizeF(), label.text()
