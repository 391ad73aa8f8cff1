"""Refreshes keep the parent's place: the chosen entry, the scroll position and the focus."""

import pytest
from PySide6.QtCore import Qt

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.pages.family import FamilyPage


@pytest.fixture
def page(qtbot, ctx):
    household, planner = ctx.services.household, ctx.services.planner
    household.add("Arun", Role.CHILD, BirthMonth(2012, 3))
    household.add("Mira", Role.CHILD, BirthMonth(2015, 6))
    household.add("Priya", Role.ADULT)
    planner.add_apps(household.get("Arun").id, ["minecraft", "roblox", "tiktok"])
    page = FamilyPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    page.show_member(ctx.services.household.get("Arun").id, tab=1)
    return page


def test_ticking_a_setting_keeps_the_app_the_scroll_and_the_focus(page, qtbot):
    apps = page.child_view.apps
    apps.select("tiktok")
    assert apps.current().app.id == "tiktok"
    bar = apps.panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    scrolled = bar.value()
    row = apps.panel.rows[-1]
    item_id = row.state.item_id
    row.check.setFocus()
    qtbot.keyClick(row.check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: apps.panel.row(item_id) is not row)
    assert apps.panel.row(item_id).check.isChecked()
    assert apps.current().app.id == "tiktok"
    assert page.selected().name == "Arun"
    assert bar.value() == scrolled > 0
    assert page.window().focusWidget() is apps.panel.row(item_id).check
    # ticking one after another by keyboard: Tab goes on to the next setting
    first = apps.panel.rows[0]
    first.check.setFocus()
    qtbot.keyClick(first.check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: apps.panel.rows[0] is not first)  # the rows were rebuilt ...
    assert apps.panel.rows[0].check.isChecked()
    assert page.window().focusWidget() is apps.panel.rows[0].check  # the same setting


def test_the_family_list_keeps_its_choice_and_scroll(page, ctx, qtbot):
    for n in range(30):
        ctx.services.household.add(f"Kid{n}", Role.CHILD, BirthMonth(2014, 1))
    ctx.household_changed.emit()
    page.show_member(ctx.services.household.get("Kid25").id)
    bar = page.list.verticalScrollBar()
    value = bar.value()
    assert value > 0
    ctx.household_changed.emit()
    assert page.selected().name == "Kid25"
    assert bar.value() == value


def test_talks_and_suggestions_keep_their_choice_and_scroll(page, ctx, qtbot):
    view = page.child_view
    page.child_view.tabs.setCurrentIndex(0)
    suggestions = view.suggestions.list
    suggestions.setCurrentRow(suggestions.count() - 1)
    chosen = view.suggestions.current()
    value = suggestions.verticalScrollBar().value()
    ctx.household_changed.emit()
    assert view.suggestions.current() == chosen
    assert suggestions.verticalScrollBar().value() == value


def test_adding_suggestions_one_after_another_keeps_the_place(qtbot, ctx):
    from familysafe.ui.pages.agreement import AgreementPage

    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2016, 3))
    page = AgreementPage(ctx)
    qtbot.addWidget(page)
    page.show()
    suggestions = page.suggestions
    rows = [row for row, _ in __import__("familysafe.ui.itemdata").ui.itemdata.values(suggestions)]
    suggestions.setCurrentRow(rows[2])
    second_next = suggestions.item(rows[3]).text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert suggestions.currentItem().text() == second_next  # the next one, ready to add


def test_today_keeps_the_scroll_and_the_keyboard_after_an_action(qtbot, ctx):
    from familysafe.core.due import DueKind
    from familysafe.ui.pages.today import TodayPage

    for n, name in enumerate(("Arun", "Mira", "Zoe", "Ravi")):
        child = ctx.services.household.add(name, Role.CHILD, BirthMonth(2012 + n, 3)).id
        ctx.services.planner.add_apps(child, ["roblox", "minecraft"])
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.resize(800, 400)
    page.show()
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    cards = page.cards()
    index = next(i for i, c in enumerate(cards) if c.entry.kind is DueKind.CHECK_IN)
    check_in = cards[index]
    page.scroll_area.ensureWidgetVisible(check_in)
    top = bar.value()
    assert top > 0
    check_in.primary_button.setFocus()
    qtbot.keyClick(check_in.primary_button, Qt.Key.Key_Space)  # "Mark done"
    qtbot.waitUntil(lambda: check_in not in page.cards())
    qtbot.wait(10)
    assert abs(bar.value() - top) <= bar.pageStep()  # not back at the top
    focus = page.window().focusWidget()
    assert focus is not None and any(focus is c.primary_button for c in page.cards())
