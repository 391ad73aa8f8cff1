"""Start-up shows the Today page first; the tray icon, the reminder check and the listener for
a second start come after the window's first paint."""

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.desktop import Desktop
from familysafe.ui.first_paint import after_first_paint


def test_the_first_paint_already_shows_what_is_due(qtbot, ctx):
    arun = ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.add_apps(arun.id, ["roblox"])
    desktop = Desktop(ctx, tray_available=False)
    qtbot.addWidget(desktop.window)
    at_paint = []
    desktop.start()
    after_first_paint(
        desktop.window,
        lambda: at_paint.append([c.entry.key for c in desktop.window.today_page.cards()]),
    )
    qtbot.waitUntil(lambda: at_paint != [])
    assert at_paint[0] == [e.key for e in ctx.services.planner.plan(7).entries]
    assert "settings:1:roblox" in at_paint[0]


def test_the_tray_and_the_reminders_wait_for_the_first_paint(qtbot, ctx, monkeypatch):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    desktop = Desktop(ctx)  # asks Qt about the tray only once the window is on screen
    qtbot.addWidget(desktop.window)
    asked = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QSystemTrayIcon.isSystemTrayAvailable",
        lambda: asked.append(desktop.window.isVisible()) or True,
    )
    desktop.start()
    assert asked == [] and desktop.tray is None and not desktop.reminders.timer.isActive()
    qtbot.waitUntil(lambda: desktop.tray is not None)
    assert asked == [True]
    assert desktop.reminders.timer.isActive()  # the first reminder check has run
    desktop.tray.hide()


def test_started_at_login_the_tray_is_decided_at_once_and_the_window_stays_hidden(
    qtbot, ctx, monkeypatch
):
    monkeypatch.setattr("PySide6.QtWidgets.QSystemTrayIcon.isSystemTrayAvailable", lambda: True)
    desktop = Desktop(ctx)
    qtbot.addWidget(desktop.window)
    desktop.start(in_tray=True)
    assert desktop.tray is not None and not desktop.window.isVisible()
    qtbot.waitUntil(desktop.reminders.timer.isActive)
    desktop.tray.hide()


def test_what_waits_for_the_first_paint_runs_once_in_order_even_when_one_fails(qtbot):
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from familysafe.ui import first_paint

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    ran = []

    def fails():
        ran.append("fails")
        raise ValueError("one of them fails")

    after_first_paint(window, lambda: ran.append(1))
    after_first_paint(window, fails)
    after_first_paint(window, lambda: ran.append(3))
    watchers = [c for c in window.children() if isinstance(c, first_paint._FirstPaint)]
    assert len(watchers) == 1  # one watcher, handed the window's events, for all three
    assert isinstance(watchers[0], QObject)
    with qtbot.captureExceptions() as caught:
        qtbot.waitUntil(lambda: len(ran) == 3)
        window.update()
        qtbot.wait(50)
    assert ran == [1, "fails", 3]
    assert [type(e[1]) for e in caught] == [ValueError]
    later = []
    after_first_paint(window, lambda: later.append(True))  # painted already: the next paint
    window.update()
    qtbot.waitUntil(lambda: later == [True])
