"""A child's page on the Family page: suggestions with reasons, apps and checklists, talks."""

from datetime import date

import pytest
from modal import run_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.dialogs.app_picker import AppPickerDialog
from familysafe.ui.pages.family import FamilyPage


@pytest.fixture
def page(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.household.add("Priya", Role.ADULT)
    page = FamilyPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_member(ctx.services.household.get("Arun").id)
    return page


def texts(widget) -> list[str]:
    return [widget.item(r).text() for r in range(widget.count())]


def test_adult_shows_a_note_not_a_child_page(page, ctx):
    page.show_member(ctx.services.household.get("Priya").id)
    assert page.detail.currentWidget() is page.adult_note
    assert "Priya" in page.adult_note.text()


def test_suggestions_show_reasons_and_follow_the_apps(page, ctx):
    view = page.child_view
    assert view.heading.text() == "Arun" and "Ages 8 to 10" in view.summary.text()
    before = texts(view.suggestions.list)
    assert before and all("Not talked about yet" in t for t in before[:3])
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    ctx.household_changed.emit()
    after = texts(view.suggestions.list)
    assert "on Roblox" in after[0]  # the app's features bring its topics forward
    assert after != before


def test_choose_apps_with_search_and_see_the_age_warning(page, qtbot):
    apps = page.child_view.apps
    page.child_view.tabs.setCurrentWidget(apps)  # the tab the parent opens
    assert apps.stack.currentWidget() is apps.empty

    def pick(dialog: AppPickerDialog):
        qtbot.keyClicks(dialog.search, "live")
        visible = [
            r.app.id for i, r in enumerate(dialog.rows) if not dialog.list.item(i).isHidden()
        ]
        assert "tiktok" in visible and "minecraft" not in visible  # matched by feature name
        dialog.row("tiktok").check.setChecked(True)
        dialog.search.clear()
        dialog.row("minecraft").check.setChecked(True)
        assert "⚠" in dialog.row("tiktok").age_label.text()
        assert "⚠" not in dialog.row("minecraft").age_label.text()
        dialog.save()

    run_modal(apps.choose_apps, pick)
    chosen = [apps.list.item(r).data(Qt.ItemDataRole.UserRole).app.id for r in range(2)]
    assert chosen == ["minecraft", "tiktok"]
    apps.select("tiktok")
    warning = apps.panel.warning
    assert "at least 13" in warning.text() and "Arun is 9" in warning.text()
    assert apps.panel.age_rules.isVisibleTo(apps.panel)
    assert "TikTok: Going LIVE needs 18+" in apps.panel.age_rules.text()
    assert "⚠ Going LIVE needs 18+" in apps.list.currentItem().text()
    apps.select("minecraft")
    assert not apps.panel.findChildren(type(warning), "belowMinAge")
    assert not apps.panel.age_rules.isVisibleTo(apps.panel)
    assert "⚠" not in apps.list.currentItem().text()


def test_the_age_warning_uses_the_familys_country(page, ctx):
    ctx.services.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    ctx.services.planner.add_apps(ctx.services.household.get("Lucia").id, ["tiktok"])
    ctx.household_changed.emit()
    page.show_member(ctx.services.household.get("Lucia").id, tab=1)
    apps = page.child_view.apps
    assert not apps.panel.findChildren(QLabel, "belowMinAge")
    ctx.services.settings.set_country("AU")
    ctx.household_changed.emit()
    assert "at least 16" in apps.panel.warning.text()
    assert "Minimum age 16" in apps.list.currentItem().text()
    picker = AppPickerDialog(ctx, ctx.services.household.get("Lucia").id)
    assert picker.row("tiktok").age_label.text() == "16+ ⚠"
    assert picker.row("minecraft").age_label.text() != "16+ ⚠"
    picker.deleteLater()


def test_ticking_a_checklist_item_saves_it_and_updates_progress(page, ctx, qtbot):
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    ctx.household_changed.emit()
    apps = page.child_view.apps
    page.child_view.tabs.setCurrentWidget(apps)
    first = apps.panel.rows[0].state.item_id
    qtbot.mouseClick(apps.panel.row(first).check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 of" in apps.list.item(0).text())
    state = next(
        s
        for s in ctx.services.planner.checklist(ctx.services.household.get("Arun").id, "roblox")
        if s.item_id == first
    )
    assert state.done and state.checked_on == date(2026, 11, 23)
    assert apps.panel.row(first).check.isChecked()
    assert "Look again by" in apps.panel.row(first).status.text()


def test_edit_and_delete_a_talk_from_the_history(page, ctx, answer_yes, qtbot):
    planner = ctx.services.planner
    planner.log_talk(
        [ctx.services.household.get("Arun").id],
        ["safe-to-tell"],
        date(2026, 11, 20),
        "private",
        "fine",
    )
    ctx.household_changed.emit()
    history = page.child_view.history
    page.child_view.tabs.setCurrentWidget(history)
    assert "How it went: fine" in history.list.item(0).text()
    assert "private" not in history.list.item(0).text()
    history.list.setCurrentRow(0)

    def edit(dialog):
        assert dialog.windowTitle() == "Edit a talk"
        assert dialog.notes.toPlainText() == "private"
        dialog.how.setText("went well")
        dialog.save()

    run_modal(history.edit_selected, edit)
    assert planner.history(ctx.services.household.get("Arun").id)[0].how_it_went == "went well"
    assert "went well" in history.list.item(0).text()
    history.list.setCurrentRow(0)
    history.delete_selected()
    assert answer_yes == ["Delete this talk?"]
    assert planner.history() == []
    assert not history.edit_button.isEnabled()


def test_a_setting_due_a_recheck_stays_ticked_and_can_be_renewed(page, ctx, qtbot):
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    first = ctx.services.planner.checklist(ctx.services.household.get("Arun").id, "roblox")[
        0
    ].item_id
    ctx.services.planner.mark(
        ctx.services.household.get("Arun").id, "roblox", first, on=date(2025, 1, 5)
    )  # long ago
    ctx.household_changed.emit()
    apps = page.child_view.apps
    page.child_view.tabs.setCurrentWidget(apps)
    row = apps.panel.row(first)
    assert row.check.isChecked()  # in place, not "not done"
    assert "re-check due" in row.status.text() and not row.again.isHidden()
    assert "1 of" in apps.list.item(0).text() and "Re-check due: 1" in apps.list.item(0).text()
    assert "Re-check due: 1." in apps.panel.progress.text()
    qtbot.mouseClick(apps.panel.row(first).again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Re-check due" not in apps.list.item(0).text())
    state = next(
        s
        for s in ctx.services.planner.checklist(ctx.services.household.get("Arun").id, "roblox")
        if s.item_id == first
    )
    assert state.done and not state.stale and state.checked_on == date(2026, 11, 23)
