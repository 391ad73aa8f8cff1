import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.main_window import MainWindow


def test_sidebar_switches_pages_and_has_accessible_names(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.sidebar.accessibleName()
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        assert window.pages.currentIndex() == row
        assert window.sidebar.item(row).data(Qt.ItemDataRole.AccessibleTextRole)


def test_keyboard_shortcut_opens_a_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    last = window.sidebar.count()
    assert last >= 3
    qtbot.keyClick(window.sidebar, str(last), Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == last - 1


def test_demo_never_touches_real_data(tmp_path, monkeypatch):
    import argparse

    from familysafe.ui import app

    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(tmp_path / "real"))
    ctx = app._open_context(argparse.Namespace(demo=True, data_dir=None, today=None))
    try:
        assert ctx.demo
        assert not (tmp_path / "real").exists()
        assert "familysafe-demo-" in str(ctx.services.data_dir)
        assert len(ctx.services.household.children()) == 3
    finally:
        ctx.services.close()


def test_no_display_says_so_in_one_line(monkeypatch, capsys):
    import argparse

    from familysafe.ui import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert app.run(argparse.Namespace()) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "QT_QPA_PLATFORM=offscreen" in err and "xvfb-run" in err


def test_today_opens_where_each_item_is_dealt_with(qtbot, ctx):
    from datetime import date

    from familysafe.core.bands import BirthMonth
    from familysafe.core.household import Role

    s = ctx.services
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.planner.add_apps(s.household.get("Arun").id, ["minecraft", "roblox"])
    s.agreement.add_line(s.agreement.sections()[0].id, text="We talk about it")
    s.agreement.agree([s.household.get("Arun").id], on=date(2026, 8, 1))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    today = window.today_page

    def choose(kind, app_id=None):
        for card in today.cards():
            entry = card.entry
            if entry.kind == kind and (app_id is None or entry.app_id == app_id):
                return card
        raise AssertionError(kind)

    review = choose("agreement-review")
    assert review.primary_button.text() == "Open the agreement"
    review.primary_button.click()
    assert window.pages.currentWidget() is window.agreement_page

    window.show_page(0)
    choose("settings", "minecraft").primary_button.click()  # opens, never ticks one unseen
    assert window.pages.currentWidget() is window.family_page
    apps = window.family_page.child_view.apps
    assert window.family_page.child_view.tabs.currentWidget() is apps
    assert apps.current().app.id == "minecraft"
    assert not any(x.done for x in s.planner.checklist(s.household.get("Arun").id, "minecraft"))


class _TopLevelShows(QObject):
    """Every top-level widget shown while installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


@pytest.mark.parametrize("with_child", [False, True])
def test_no_stray_top_level_window_is_shown(qtbot, ctx, qapp, with_child):
    """A widget made visible before it has a parent is a window of its own: on a desktop it
    flashes on the screen at start-up (issue 15 counted 5-8 of them before the main window)."""
    if with_child:
        ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
        ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    spy = _TopLevelShows()
    qapp.installEventFilter(spy)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        for row in range(window.sidebar.count()):  # pages built on first show too
            window.sidebar.setCurrentRow(row)
            qapp.processEvents()
    finally:
        qapp.removeEventFilter(spy)
    assert spy.shown == ["MainWindow"]


def test_pages_after_today_are_made_when_first_shown_under_the_same_titles(qtbot, ctx):
    """Start-up builds only Today; each other page is made on first show, in its slot's place,
    and its sidebar entry already had the page's own (translated) title."""
    from familysafe.ui.main_window import PageSlot

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    slots = [window.pages.widget(i) for i in range(1, window.pages.count())]
    assert all(isinstance(slot, PageSlot) for slot in slots)
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        page = window.pages.currentWidget()
        assert not isinstance(page, PageSlot) and page.isVisible()
        assert window.pages.currentIndex() == row
        assert window.sidebar.item(row).text() == page.title
    assert window.pages.count() == window.sidebar.count() == 6


def test_a_page_used_before_it_is_shown_is_made_once_and_wired(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settings = window.settings_page  # made now, not shown
    assert window.settings_page is settings and window.pages.indexOf(settings) == 5
    assert window.pages.currentWidget() is window.today_page
    with qtbot.waitSignal(window.language_changed) as changed:
        settings.language_changed.emit("es")
    assert changed.args == ["es"]
