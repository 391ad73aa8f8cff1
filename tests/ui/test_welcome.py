"""The first start: a welcome, the one question about starting at login, then the first child."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from familysafe.ui import app, itemdata
from familysafe.ui.dialogs.welcome import WelcomeDialog
from familysafe.ui.main_window import MainWindow


def run_welcome(qtbot, ctx, answer, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    opened = []
    monkeypatch.setattr(window.family_page, "add_member", lambda: opened.append(True))

    def respond():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WelcomeDialog)
        assert not dialog.start_at_login.isChecked()  # off unless the parent ticks it
        answer(dialog)

    QTimer.singleShot(0, respond)
    app._welcome(ctx, window)
    return window, opened


def test_ticking_start_at_login_adds_the_entry_once(qtbot, ctx, monkeypatch, private_config_home):
    def tick_and_start(dialog):
        dialog.start_at_login.setChecked(True)
        dialog.start_button.click()

    window, opened = run_welcome(qtbot, ctx, tick_and_start, monkeypatch)
    entry = private_config_home / "autostart" / "org.familysafe.FamilySafe.desktop"
    assert entry.is_file() and ctx.services.startup.start_at_login()
    assert ctx.services.settings.welcomed
    assert opened == [True] and window.pages.currentWidget() is window.family_page


def test_looking_around_first_changes_nothing_at_login(
    qtbot, ctx, monkeypatch, private_config_home
):
    window, opened = run_welcome(qtbot, ctx, lambda d: d.later_button.click(), monkeypatch)
    assert not (private_config_home / "autostart").exists()
    assert ctx.services.settings.welcomed and opened == []


def test_the_welcome_asks_for_the_country_pre_filled_from_the_locale(
    qtbot, ctx, monkeypatch, private_config_home
):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "en_AU.UTF-8")
    seen = []

    def choose_us(dialog):
        seen.append(dialog.chosen_country())
        itemdata.select_choice(dialog.country, "US")
        dialog.later_button.click()

    run_welcome(qtbot, ctx, choose_us, monkeypatch)
    assert seen == ["AU"]
    assert ctx.services.settings.country() == "US"
    assert ctx.services.settings.helpline_country().emergency == "911"
