from datetime import date

from familysafe.core.due import DueEntry, FollowUpDue, SettingDue, SettingsDue, TalkDue
from familysafe.core.reminders import Notification
from familysafe.words.reminders import notification_text

DAY = date(2026, 11, 23)


def talk(member_id: int = 1, name: str = "Arun") -> DueEntry:
    return TalkDue(
        key=f"talk:{member_id}",
        member_id=member_id,
        due_on=DAY,
        overdue_days=0,
        name=name,
        last_talk=None,
        topic=None,
    )


def settings(member_id: int = 1, count: int = 3, app: str = "roblox") -> DueEntry:
    found = tuple(
        SettingDue(f"checklist:{member_id}:{app}:{x}", app, str(x), str(x), "to-do", DAY, None)
        for x in range(count)
    )
    return SettingsDue(
        key=f"settings:{member_id}:{app}",
        member_id=member_id,
        due_on=DAY,
        overdue_days=0,
        name="Arun",
        app_id=app,
        app_name=app.capitalize(),
        settings=found,
    )


def names(member_id):
    return {1: "Arun", 2: "Lucia"}[member_id]


def test_one_item_is_worded_with_the_childs_name():
    note = Notification("summary", "summary-one", "talk:1", items=(talk(),))
    assert notification_text(note, names, True) == ("FamilySafe reminder", "Talk with Arun")


def test_the_title_counts_what_is_due_as_the_today_page_does():
    items = (talk(), talk(2, "Lucia"), settings())
    note = Notification("summary", "summary-many", "due", items=items)
    title, body = notification_text(note, names, True)
    assert title == "FamilySafe: 2 talks and 1 app to check"
    assert body.splitlines() == [
        "Talk with Arun",
        "Talk with Lucia",
        "Roblox for Arun: 3 settings to set up",
    ]


def test_names_can_be_hidden_and_follow_up_words_never_show():
    follow_up = FollowUpDue(
        key="follow-up:3",
        member_id=1,
        due_on=DAY,
        overdue_days=0,
        follow_up_id=3,
        text="Ask about the man in the game",
    )
    items = (talk(), follow_up, talk(2, "Lucia"), settings(2, 1, "minecraft"))
    note = Notification("summary", "summary-many", "due", items=items)
    title, body = notification_text(note, names, False)
    assert title == "FamilySafe: 2 talks, 1 app to check and 1 more thing"
    assert "Arun" not in body and "Lucia" not in body and "your child" in body
    assert "man in the game" not in body and "A follow-up from a talk is due" in body
    assert body.endswith("and 1 more")


def test_check_in():
    title, body = notification_text(Notification("check-in", "check-in", "check-in:x"), names, True)
    assert title == "Family check-in" and "check-in" in body


def test_an_apps_settings_are_one_thing():
    note = Notification("summary", "summary-one", "settings:1:roblox", items=(settings(),))
    assert notification_text(note, names, True) == (
        "FamilySafe reminder",
        "Roblox for Arun: 3 settings to set up",
    )
