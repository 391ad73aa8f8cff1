"""Small workflow gaps (issue 16, item 8): each with real widgets."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.core.suggestions import Reason
from familysafe.ui import formatting
from familysafe.ui.background import wait_for_background
from familysafe.ui.dialogs.export_dialog import ExportDialog
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.dialogs.member_dialog import MemberDialog
from familysafe.ui.main_window import MainWindow
from familysafe.ui.pages.apps import AppsPage
from familysafe.ui.pages.family import FamilyPage
from familysafe.words.planner import reason_text


def run_modal(action, answer):
    """Run ``action`` (which opens a modal dialog) and let ``answer`` handle the dialog."""
    seen = []

    def respond():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, respond)
    action()
    assert seen, "no dialog opened"


@pytest.fixture
def family(ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.household.add("Mira", Role.CHILD, BirthMonth(2014, 6))
    ctx.services.household.add("Priya", Role.ADULT)
    return ctx


def test_a_newly_added_child_is_selected(qtbot, family):
    page = FamilyPage(family)
    qtbot.addWidget(page)
    page.show()

    def add(dialog: MemberDialog):
        qtbot.keyClicks(dialog.name_edit, "Zoe")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(lambda: qtbot.mouseClick(page.add_child_button, Qt.MouseButton.LeftButton), add)
    assert page.selected().name == "Zoe"
    assert page.child_view.heading.text() == "Zoe"


def test_log_a_talk_ticks_the_child_whose_page_is_open(qtbot, family):
    window = MainWindow(family)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.pages.indexOf(window.family_page))
    mira = family.services.household.get("Mira").id
    window.family_page.show_member(mira)

    def check(dialog: LogTalkDialog):
        assert dialog.members.checked() == [mira]
        dialog.reject()

    action = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+T")
    run_modal(action.trigger, check)


def test_an_app_is_added_to_a_child_from_the_apps_page(qtbot, family):
    page = AppsPage(family)
    qtbot.addWidget(page)
    page.show()
    page.select("roblox")
    page.add_menu.aboutToShow.emit()
    actions = {a.text(): a for a in page.add_menu.actions()}
    assert set(actions) == {"Arun", "Mira"}  # children only
    actions["Mira"].trigger()
    assert [
        s.app.id for s in family.services.planner.apps(family.services.household.get("Mira").id)
    ] == ["roblox"]
    assert "Mira" in page.added.text()
    page.add_menu.aboutToShow.emit()
    added = next(a for a in page.add_menu.actions() if a.text().startswith("Mira"))
    assert added.text() == "Mira (added)" and not added.isEnabled()


def test_homes_only_with_two_homes_and_the_preview_follows_typing(qtbot, family, monkeypatch):
    dialog = ExportDialog(family, "agreement")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.home_names.isEnabled()
    qtbot.mouseClick(dialog.two_homes, Qt.MouseButton.LeftButton)
    assert dialog.home_names.isEnabled()
    dialog.timer.stop()
    qtbot.keyClicks(dialog.home_names, "Mum's, Dad's")
    assert dialog.timer.isActive()  # a preview is on its way, without leaving the box
    assert dialog.options().homes == ("Mum's", "Dad's")
    dialog.words_timer.stop()
    qtbot.keyClicks(dialog.family_name, "The Okafors")
    assert dialog.words_timer.isActive()
    dialog.done(0)  # closing right after typing keeps the words
    wait_for_background()
    assert family.services.settings.family_name() == "The Okafors"


def test_removing_an_adult_says_what_it_removes_on_a_button_that_says_so(qtbot, family):
    page = FamilyPage(family)
    qtbot.addWidget(page)
    page.show()
    page.show_member(family.services.household.get("Priya").id)

    def answer(box: QMessageBox):
        assert "apps" not in box.informativeText() and "checklists" not in box.informativeText()
        texts = [b.text() for b in box.buttons()]
        assert "Remove Priya" in texts and "&Yes" not in texts and "Yes" not in texts
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        QTimer.singleShot(0, keep_backups)  # then: remove them from the backups too?
        next(b for b in box.buttons() if b.text() == "Remove Priya").click()

    asked_about_backups = []

    def keep_backups():
        box = QApplication.activeModalWidget()
        asked_about_backups.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    run_modal(page.remove_selected, answer)
    assert asked_about_backups == ["Remove Priya from the backups too?"]
    assert [v.name for v in family.services.household.members()] == ["Arun", "Mira"]

    page.show_member(family.services.household.get("Arun").id)

    def cancel(box: QMessageBox):
        assert "apps, checklists" in box.informativeText()
        box.button(QMessageBox.StandardButton.Cancel).click()

    run_modal(page.remove_selected, cancel)
    assert len(family.services.household.members()) == 2


def test_talked_about_today_reads_today():
    text = reason_text(Reason("last-discussed", {"days": 0, "revisit_days": 30}))
    assert text == "Talked about this today (worth revisiting every 30 days)"
    assert "1 day ago" in reason_text(Reason("last-discussed", {"days": 1, "revisit_days": 30}))


def test_a_reason_every_suggestion_gives_is_left_out(qtbot, family):
    page = FamilyPage(family)
    qtbot.addWidget(page)
    page.show()
    page.show_member(family.services.household.get("Arun").id, tab=0)
    suggestions = family.services.planner.suggest(family.services.household.get("Arun").id, 12)
    assert all(s.has("suits-band") for s in suggestions)
    texts = [page.child_view.suggestions.list.item(r).text() for r in range(12)]
    assert not any("Suits their age" in t for t in texts)


def test_short_dates_have_a_four_digit_year(qtbot, ctx):
    for name in ("en_US", "en_GB", "es_ES", "de_DE"):
        assert "2026" in formatting.short_date(date(2026, 11, 23), QLocale(name))
    dialog = LogTalkDialog(ctx)
    qtbot.addWidget(dialog)
    assert "yyyy" in dialog.date_edit.displayFormat()
    assert "2026" in dialog.date_edit.text()
