"""A page not on screen does not rebuild on every change; it catches up when it is shown.

A change (a child added, a line written) brings the page on screen up to date at once. The pages
behind it keep what they showed and only note that they are out of date; going to one of them
the way a parent does (a click in the sidebar, a click on a child's tab, the window coming back
from the tray) shows the change before anything is drawn.
"""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui import itemdata
from familysafe.ui.main_window import MainWindow

TODAY, FAMILY, TOPICS, APPS, AGREEMENT, SETTINGS = range(6)


def click_page(qtbot, window: MainWindow, row: int) -> QWidget:
    """Go to a page with a click on its name in the sidebar, as a parent does."""
    sidebar = window.sidebar
    rect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == row
    page = window.pages.currentWidget()
    assert page.isVisible()
    return page


@pytest.fixture
def window(qtbot, ctx):
    s = ctx.services
    s.household.add("Priya", Role.ADULT)
    s.household.add("Arun", Role.CHILD, BirthMonth(2016, 3))
    s.planner.add_apps(s.household.get("Arun").id, ["minecraft"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.sidebar.count()):  # every page made and filled
        click_page(qtbot, window, row)
    return window


def add_mira(ctx) -> None:
    ctx.services.household.add("Mira", Role.CHILD, BirthMonth(2012, 9))
    ctx.household_changed.emit()


def write_a_line(ctx) -> None:
    section = ctx.services.agreement.sections()[0].id
    ctx.services.agreement.add_line(section, text="We ask before we buy")
    ctx.household_changed.emit()


def list_texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def combo_texts(combo) -> list[str]:
    return [combo.itemText(row) for row in range(combo.count())]


# Each page, a change that shows on it, and what shows it.
CASES: dict[str, tuple[int, Callable, Callable[[QWidget], bool]]] = {
    "family": (FAMILY, add_mira, lambda page: any("Mira" in t for t in list_texts(page.list))),
    "topics": (TOPICS, add_mira, lambda page: any("Mira" in t for t in combo_texts(page.who))),
    "agreement": (
        AGREEMENT,
        write_a_line,
        lambda page: any("We ask before we buy" in t for t in list_texts(page.lines)),
    ),
    "settings": (
        SETTINGS,
        add_mira,
        lambda page: (
            "Talk with Mira"
            in [combo.accessibleName() for combo in page.talks.child_cadences.values()]
        ),
    ),
    "today": (TODAY, add_mira, lambda page: "Mira" in [s.heading.text() for s in page.sections]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hidden_page_waits_and_shows_the_change_when_clicked_to(qtbot, ctx, window, name):
    row, change, shows = CASES[name]
    page = window.pages.widget(row)
    on_screen = click_page(qtbot, window, AGREEMENT if row == SETTINGS else SETTINGS)
    assert not shows(page)

    change(ctx)
    assert not page.isVisible()
    assert not shows(page), "the hidden page rebuilt on the change"
    assert page.stale and not on_screen.stale  # the page on screen followed at once

    assert click_page(qtbot, window, row) is page
    assert shows(page)
    assert not page.stale


def test_the_page_on_screen_follows_at_once(qtbot, ctx, window):
    family = click_page(qtbot, window, FAMILY)
    add_mira(ctx)
    assert any("Mira" in t for t in list_texts(family.list))
    assert not family.stale


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index and tabs.currentWidget().isVisible()


def test_a_childs_hidden_tab_waits_and_shows_the_change_when_its_tab_is_clicked(qtbot, ctx, window):
    family = click_page(qtbot, window, FAMILY)
    arun = ctx.services.household.get("Arun").id
    family.show_member(arun)
    apps, tabs = family.child_view.apps, family.child_view.tabs
    click_tab(qtbot, tabs, 1)  # their apps
    assert [status.app.id for _, status in itemdata.values(apps.list)] == ["minecraft"]
    click_tab(qtbot, tabs, 2)  # their talks

    ctx.services.planner.add_apps(arun, ["roblox"])
    ctx.household_changed.emit()
    assert apps.list.count() == 1, "the hidden tab rebuilt on the change"

    click_tab(qtbot, tabs, 1)
    assert [status.app.id for _, status in itemdata.values(apps.list)] == ["minecraft", "roblox"]


def test_a_change_while_the_window_is_in_the_tray_shows_when_it_comes_back(qtbot, ctx, window):
    family = click_page(qtbot, window, FAMILY)
    window.hide()  # closed to the tray
    add_mira(ctx)
    assert family.stale and not any("Mira" in t for t in list_texts(family.list))
    window.show()
    QApplication.processEvents()
    assert window.pages.currentWidget() is family
    assert any("Mira" in t for t in list_texts(family.list))
    assert not family.stale
