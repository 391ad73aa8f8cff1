from datetime import date

from familysafe.core.due import DueItem
from familysafe.core.reminders import Notification
from familysafe.words.reminders import notification_text


def item(kind: str, key: str, member_id=1, title=None, topic_id=None) -> DueItem:
    return DueItem(
        kind, key, member_id, date(2026, 11, 23), 0, kind, title=title, topic_id=topic_id
    )


def names(member_id):
    return {1: "Arun", 2: "Lucia"}[member_id]


def test_one_item_is_worded_with_the_childs_name():
    note = Notification("summary", "summary-one", "talk:1", items=(item("talk", "talk:1"),))
    assert notification_text(note, names, True) == ("FamilySafe reminder", "Talk with Arun")


def test_names_can_be_hidden_and_follow_up_words_never_show():
    items = (
        item("talk", "talk:1"),
        item("follow-up", "follow-up:3", title="Ask about the man in the game"),
        item("talk", "talk:2", member_id=2),
        item("topic", "topic:2:sharing", member_id=2, title="Sharing photos", topic_id="x"),
    )
    note = Notification("summary", "summary-many", "due", items=items)
    title, body = notification_text(note, names, False)
    assert title == "FamilySafe: 4 things are due"
    assert "Arun" not in body and "Lucia" not in body and "your child" in body
    assert "man in the game" not in body and "A follow-up from a talk is due" in body
    assert body.endswith("and 1 more")


def test_check_in():
    title, body = notification_text(Notification("check-in", "check-in", "check-in:x"), names, True)
    assert title == "Family check-in" and "check-in" in body


def test_an_apps_settings_count_as_one_thing():
    items = tuple(
        DueItem("checklist", f"checklist:1:roblox:{x}", 1, date(2026, 11, 23), 0,
                "checklist-to-do", values={"app": "Roblox"}, app_id="roblox")
        for x in "abc"
    )  # fmt: skip
    note = Notification("summary", "summary-many", "due", items=items)
    assert notification_text(note, names, True) == (
        "FamilySafe reminder",
        "Roblox for Arun: 3 privacy settings to check",
    )
