"""The running app: closing to the tray, the tray menu, reminders shown and clicked, language."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.desktop import Desktop
from familysafe.ui.translators import install_translators, user_locale


@pytest.fixture
def desktop(qtbot, ctx, monkeypatch):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.log_talk(
        [ctx.services.household.get("Arun").id], ["safe-to-tell"], notes="PRIVATE NOTE"
    )
    ctx.services.planner.add_apps(
        ctx.services.household.get("Arun").id, ["roblox"]
    )  # its checklist and topics are due now
    desktop = Desktop(ctx, tray_available=True)
    qtbot.addWidget(desktop.window)
    desktop.shown = []
    desktop.quits = []
    monkeypatch.setattr(
        desktop.tray, "notify", lambda title, body: desktop.shown.append((title, body))
    )
    monkeypatch.setattr(desktop, "quit", lambda: desktop.quits.append(True))
    desktop.window.quit_requested.disconnect()
    desktop.window.quit_requested.connect(desktop.quit)
    desktop.window.show()
    yield desktop
    desktop.tray.hide()
    # Its timer must not wake in a later test, once this test's database is closed.
    desktop.reminders.timer.stop()


def test_closing_keeps_it_in_the_tray_and_says_so_once(desktop, ctx):
    desktop.window.close()
    assert not desktop.window.isVisible() and desktop.quits == []
    assert desktop.shown[0][0] == "FamilySafe is still running"
    desktop.open_window()
    desktop.window.close()
    assert len(desktop.shown) == 1  # only the first time
    assert ctx.services.reminders.tray_explained


def test_closing_quits_when_reminders_are_off(desktop, ctx, qtbot):
    ctx.services.reminders.set_enabled(False)
    desktop.window.close()
    qtbot.waitUntil(lambda: desktop.quits == [True])


def test_no_tray_means_closing_quits(qtbot, ctx):
    desktop = Desktop(ctx, tray_available=False)
    qtbot.addWidget(desktop.window)
    assert desktop.tray is None and not desktop.keeps_running()


def test_tray_menu_lists_what_is_due_as_today_does_and_opens_it(desktop, ctx):
    ctx.services.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    ctx.household_changed.emit()
    desktop.window.hide()
    desktop.tray.fill_due()
    actions = [a for a in desktop.tray.due_menu.actions() if a.isEnabled()]
    texts = [a.text() for a in actions]
    assert texts == ["Roblox for Arun: 5 settings to set up", "Talk with Lucia"]
    actions[0].trigger()
    window = desktop.window
    assert window.isVisible() and window.pages.currentWidget() is window.today_page
    today = window.today_page
    assert [c.title.text() for c in today.cards() if c.entry.is_due] == texts
    assert today.focusWidget() is today.card_for("settings:1:roblox").primary_button


def test_tray_menu_says_readably_when_nothing_is_due_and_opens_today(desktop, ctx):
    ctx.services.household.remove(ctx.services.household.get("Arun").id)
    desktop.window.hide()
    desktop.tray.fill_due()
    (nothing,) = desktop.tray.due_menu.actions()
    assert nothing.text() == "Nothing is due today"
    assert nothing.isEnabled()  # not the disabled grey
    nothing.trigger()
    window = desktop.window
    assert window.isVisible() and window.pages.currentWidget() is window.today_page


def test_tray_menu_log_a_talk_and_quit(desktop, monkeypatch):
    opened = []
    monkeypatch.setattr(desktop.window, "log_talk", lambda: opened.append(True))
    desktop.tray.log_action.trigger()
    assert opened == [True]
    desktop.tray.quit_action.trigger()
    assert desktop.quits == [True]
    desktop.window.quit_requested.emit()
    assert desktop.quits == [True, True]


def test_reminders_are_shown_without_notes_and_clicking_opens_today(desktop, ctx):
    evening = datetime(2026, 11, 23, 19, 1, tzinfo=ZoneInfo("UTC"))
    ctx.services.reminders.set_show_names(False)
    notes = desktop.reminders.check(evening)
    assert [n.kind for n in notes] == ["summary"]
    title, body = desktop.shown[-1]
    assert "PRIVATE" not in title + body and "Arun" not in body
    assert desktop.reminders.timer.isActive()
    desktop.window.show_page(1)
    desktop._notification_clicked()
    assert desktop.window.pages.currentWidget() is desktop.window.today_page


def test_the_daily_summary_counts_and_lists_what_today_shows_as_due(desktop, ctx):
    ctx.services.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    ctx.household_changed.emit()
    evening = datetime(2026, 11, 23, 19, 1, tzinfo=ZoneInfo("UTC"))
    (note,) = desktop.reminders.check(evening)
    today = desktop.window.today_page
    due = [c.entry.key for c in today.cards() if c.entry.is_due and c.entry.kind != "check-in"]
    assert [e.key for e in note.items] == due
    title, body = desktop.shown[-1]
    assert title == "FamilySafe: 1 talk and 1 app to check"
    assert body.splitlines() == ["Roblox for Arun: 5 settings to set up", "Talk with Lucia"]


def test_changing_language_builds_the_window_again(desktop, ctx):
    old = desktop.window
    old.settings_page.language_changed.emit("es")
    try:
        assert desktop.window is not old
        assert desktop.window.pages.currentWidget() is desktop.window.settings_page
        assert QLocale().language() == QLocale.Language.Spanish
        assert desktop.tray.quit_action.text() == "&Salir"
    finally:
        install_translators(user_locale("en"))


def test_larger_text_builds_the_window_again_with_bigger_fonts(desktop, ctx):
    from PySide6.QtWidgets import QApplication

    from familysafe.ui.appearance import apply_text_size

    before = QApplication.font().pointSizeF()
    old = desktop.window
    try:
        old.settings_page.place.text_size.setCurrentIndex(2)
        old.settings_page.place.text_size.activated.emit(2)
        assert ctx.services.settings.text_size() == 150
        assert QApplication.font().pointSizeF() == pytest.approx(before * 1.5)
        assert desktop.window is not old
        assert desktop.window.pages.currentWidget() is desktop.window.settings_page
    finally:
        apply_text_size(100)
    assert QApplication.font().pointSizeF() == pytest.approx(before)
