from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.pages.today import TodayPage


def rows(page: TodayPage):
    return [page.list.item(r).data(Qt.ItemDataRole.UserRole)[0] for r in range(page.list.count())]


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
    checklist_count = sum(1 for i in rows(page) if i.kind == "checklist")

    select(page, "checklist")
    key = page.current()[0].key
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert key not in [i.key for i in rows(page)]
    assert sum(1 for i in rows(page) if i.kind == "checklist") == checklist_count - 1
    assert ctx.services.planner.apps("Arun")[0].checklist_done == 1

    select(page, "checklist")
    key = page.current()[0].key
    qtbot.mouseClick(page.snooze_week_button, Qt.MouseButton.LeftButton)
    assert key not in [i.key for i in rows(page)]


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
