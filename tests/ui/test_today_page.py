from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.pages.today import TodayPage


def entries(page: TodayPage):
    return [page.list.item(r).data(Qt.ItemDataRole.UserRole)[0] for r in range(page.list.count())]


def rows(page: TodayPage):
    """The first item of each entry."""
    return [entry[0] for entry in entries(page)]


def select(page: TodayPage, kind: str) -> None:
    for r, item in enumerate(rows(page)):
        if item.kind == kind:
            page.list.setCurrentRow(r)
            return
    raise AssertionError(kind)


def test_empty_today_explains(qtbot, ctx):
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty


def test_today_lists_due_items_and_actions_work(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.add_apps("Arun", ["roblox"])
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    kinds = {i.kind for i in rows(page)}
    assert {"talk", "checklist", "check-in"} <= kinds
    # Roblox's five settings to check are one entry, opened on its checklist, not five lines.
    (roblox,) = [e for e in entries(page) if e[0].kind == "checklist"]
    assert len(roblox) == 5
    select(page, "checklist")
    assert "Roblox for Arun: 5 privacy settings to check" in page.list.currentItem().text()
    assert not page.done_button.isEnabled() and page.guide_button.text() == "Open the &checklist"

    # With one setting left it can be ticked from Today.
    for item in roblox[1:]:
        ctx.services.planner.mark("Arun", "roblox", item.item_id)
    ctx.household_changed.emit()
    select(page, "checklist")
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert "checklist" not in {i.kind for i in rows(page)}
    assert ctx.services.planner.apps("Arun")[0].checklist_done == 5


def test_snoozing_an_apps_settings_snoozes_them_all(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.add_apps("Arun", ["roblox"])
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    select(page, "checklist")
    qtbot.mouseClick(page.snooze_week_button, Qt.MouseButton.LeftButton)
    assert "checklist" not in {i.kind for i in rows(page)}
    assert not any(i.kind == "checklist" for i in ctx.services.planner.due(0))


def test_log_the_talk_from_today(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    select(page, "talk")

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogTalkDialog)
        # Arun is ticked already, as the talk was for him; pick a topic and save.
        qtbot.keyClicks(dialog.topic_search, "trusted adult")
        visible = [
            dialog.topics.item(r)
            for r in range(dialog.topics.count())
            if not dialog.topics.item(r).isHidden()
        ]
        visible[0].setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    history = ctx.services.planner.history("Arun")
    assert len(history) == 1 and history[0].record.on == date(2026, 11, 23)
    assert "talk" not in {i.kind for i in rows(page)}


def test_log_talk_dialog_validates_and_saves_follow_up(qtbot, ctx):
    ctx.services.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    dialog = LogTalkDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.members_error.isVisible() and "at least one person" in dialog.members_error.text()
    dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least one topic" in dialog.topics_error.text()
    dialog.topics.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.notes, "Private: she mentioned a stranger")
    dialog.follow_up_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "follow-up" in dialog.follow_up_error.text().lower()
    qtbot.keyClicks(dialog.follow_up_text, "Check Snap Map")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    entry = ctx.services.planner.history("Lucia")[0]
    assert entry.notes == "Private: she mentioned a stranger"
    assert entry.follow_ups[0].text == "Check Snap Map"
