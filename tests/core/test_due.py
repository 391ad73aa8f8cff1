from dataclasses import replace
from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import strategies as st
from library_factory import STANDARD, STANDARD_TOPICS

from familysafe.core.bands import BirthMonth
from familysafe.core.due import KINDS, MAX_TOPICS_PER_CHILD, due_items
from familysafe.core.planning import (
    AppUse,
    ChecklistMark,
    ChildPlan,
    FamilyPlan,
    FollowUp,
    Snooze,
    TalkRecord,
)
from familysafe.core.schedule import CheckInSchedule, TalkCadence

TODAY = date(2026, 11, 23)  # a Monday
ADDED = date(2026, 9, 1)
# Mia, 13, on TikTok since 20 November; Leo, 9, no apps, talked with on 1 October.
MIA = ChildPlan(1, "Mia", BirthMonth(2013, 6), (AppUse("tiktok", date(2026, 11, 20)),), ADDED)
LEO = ChildPlan(2, "Leo", BirthMonth(2017, 3), (), ADDED)
TALKS = (TalkRecord(1, date(2026, 10, 1), (2,), ("being-kind-online",)),)


def due(family: FamilyPlan, today=TODAY, **kw):
    return due_items(family, STANDARD, today, **kw)


def by_key(items) -> dict:
    return {i.key: i for i in items}


def test_a_family_on_a_monday():
    items = due(FamilyPlan((MIA, LEO), TALKS), schedule=CheckInSchedule())
    keys = [i.key for i in items]
    # Leo's last talk was 1 October: a month later, 1 November, he was due (22 days ago). Mia was
    # never talked with: due from the day she was added, 1 September.
    assert by_key(items)["talk:2"].due_on == date(2026, 11, 1)
    assert by_key(items)["talk:2"].overdue_days == 22
    assert by_key(items)["talk:1"].due_on == ADDED
    # TikTok's checklist is due from the day it was added; the topics its features bring forward
    # too, capped at three, best suggestions first.
    assert by_key(items)["checklist:1:tiktok:private-account"].due_on == date(2026, 11, 20)
    topics = [i for i in items if i.kind == "topic" and i.member_id == 1]
    assert [t.topic_id for t in topics] == [
        "going-live-safely",
        "live-streaming-dares",
        "personal-information",
    ]
    assert topics[0].code == "topic-for-app" and topics[0].title == "Going live safely"
    assert topics[0].key == "topic:1:going-live-safely"
    # Next Sunday's check-in is coming up in six days.
    check_in = by_key(items)["check-in:2026-11-29"]
    assert check_in.overdue_days == -6 and check_in.member_id is None
    assert check_in.values == {"at": time(18, 0)}
    # Soonest first, then kind, then key.
    assert keys[0] == "talk:1"
    assert items == sorted(items, key=lambda i: (i.due_on, KINDS.index(i.kind), i.key))
    # Leo's being-kind-online comes round again on 30 November, after the check-in.
    assert keys[-2:] == ["check-in:2026-11-29", "topic:2:being-kind-online"]


def test_a_topic_becomes_due_when_its_revisit_interval_passes():
    # Leo talked about being-kind-online on 1 October; 60 days later is 30 November.
    family = FamilyPlan((LEO,), TALKS)
    assert "topic:2:being-kind-online" not in by_key(due(family, within=6))
    coming = by_key(due(family, within=7))["topic:2:being-kind-online"]
    assert coming.due_on == date(2026, 11, 30) and coming.overdue_days == -7
    assert coming.code == "topic-due-again"
    assert coming.values["last_discussed"] == date(2026, 10, 1)
    # Untouched topics without an app tie are left to the suggestions page.
    assert [i.topic_id for i in due(family, within=7) if i.kind == "topic"] == ["being-kind-online"]


def test_snoozed_items_are_hidden_until_the_snooze_ends():
    family = FamilyPlan((LEO,), TALKS, snoozes=(Snooze("talk:2", TODAY + timedelta(days=1)),))
    assert "talk:2" not in by_key(due(family))
    assert "talk:2" in by_key(due(family, TODAY + timedelta(days=1)))


def test_snoozing_a_topic_lets_the_next_one_show():
    snoozed = FamilyPlan(
        (MIA,), snoozes=(Snooze("topic:1:going-live-safely", TODAY + timedelta(7)),)
    )
    topics = [i.topic_id for i in due(snoozed) if i.kind == "topic"]
    assert topics == ["live-streaming-dares", "personal-information", "sextortion-never-your-fault"]
    assert len(topics) == MAX_TOPICS_PER_CHILD


def test_checklist_items_done_and_stale():
    marks = (
        ChecklistMark(1, "tiktok", "private-account", date(2026, 11, 21)),
        ChecklistMark(1, "tiktok", "who-can-message", date(2026, 5, 1)),
    )
    items = by_key(due(FamilyPlan((MIA,), marks=marks)))
    assert "checklist:1:tiktok:private-account" not in items  # done two days ago
    stale = items["checklist:1:tiktok:who-can-message"]
    assert stale.code == "checklist-recheck" and stale.due_on == date(2026, 11, 1)
    assert (stale.app_id, stale.item_id) == ("tiktok", "who-can-message")
    assert stale.values["app"] == "TikTok"
    assert items["checklist:1:tiktok:family-pairing"].code == "checklist-to-do"


def test_a_recheck_coming_up_shows_within_the_window():
    marks = (ChecklistMark(1, "tiktok", "private-account", date(2026, 5, 27)),)
    family = FamilyPlan((MIA,), marks=marks)
    assert "checklist:1:tiktok:private-account" not in by_key(due(family, within=3))
    coming = by_key(due(family, within=4))["checklist:1:tiktok:private-account"]
    assert coming.overdue_days == -4 and coming.code == "checklist-ok"


def test_follow_ups_until_done():
    talk = TalkRecord(5, date(2026, 11, 10), (2,), ("being-kind-online",))
    follow_up = FollowUp(9, 5, 2, "Look at the game's chat settings together", date(2026, 11, 20))
    family = FamilyPlan((LEO,), (talk,), (follow_up,))
    item = by_key(due(family))["follow-up:9"]
    assert item.overdue_days == 3 and item.title == follow_up.text
    assert item.values == {"text": follow_up.text, "name": "Leo"} and item.follow_up_id == 9
    done = FamilyPlan((LEO,), (talk,), (replace(follow_up, done_on=TODAY),))
    assert "follow-up:9" not in by_key(due(done))


def test_a_child_who_just_moved_band_gets_a_new_band_item():
    # Born October 2015: 11-12 since 1 October 2026, 53 days ago. Out of 30 days: no item.
    ali = ChildPlan(3, "Ali", BirthMonth(2015, 10), (), ADDED)
    assert not [i for i in due(FamilyPlan((ali,))) if i.kind == "new-band"]
    item = by_key(due(FamilyPlan((ali,)), date(2026, 10, 31)))["new-band:3:11-12"]
    assert item.overdue_days == 30
    assert item.values["topics"] == ("going-live-safely", "misinformation")
    assert item.values["previous"] == "8-10"


def test_a_band_change_coming_up_in_the_window_shows_ahead():
    ali = ChildPlan(3, "Ali", BirthMonth(2015, 12), (), ADDED)
    assert "new-band:3:11-12" not in by_key(due(FamilyPlan((ali,)), within=7))
    item = by_key(due(FamilyPlan((ali,)), within=8))["new-band:3:11-12"]
    assert item.due_on == date(2026, 12, 1) and item.overdue_days == -8


def test_the_window_keeps_what_is_overdue_and_cuts_what_is_far_off():
    items = due(FamilyPlan((MIA, LEO), TALKS), schedule=CheckInSchedule(), within=0)
    assert all(i.due_on <= TODAY for i in items)
    assert "talk:2" in by_key(items)


def test_per_child_cadence():
    weekly = replace(LEO, cadence=TalkCadence(months=0, weeks=1))
    assert by_key(due(FamilyPlan((weekly,), TALKS)))["talk:2"].due_on == date(2026, 10, 8)
    family_default = due(FamilyPlan((LEO,), TALKS), cadence=TalkCadence(months=2), within=8)
    assert by_key(family_default)["talk:2"].due_on == date(2026, 12, 1)


# --- properties --------------------------------------------------------------------------

TOPIC_IDS = [t.id for t in STANDARD_TOPICS]


@st.composite
def families(draw):
    today = draw(st.dates(date(2020, 1, 1), date(2032, 12, 31)))
    added = st.dates(today - timedelta(days=400), today + timedelta(days=30))
    days = st.dates(today - timedelta(days=500), today + timedelta(days=60))
    children = []
    for member_id in range(1, draw(st.integers(1, 3)) + 1):
        born = draw(st.dates(date(2006, 1, 1), date(2024, 12, 31)))
        apps = draw(st.lists(st.sampled_from(["tiktok", "minecraft"]), unique=True))
        uses = tuple(AppUse(a, draw(added)) for a in apps)
        name = f"C{member_id}"
        born_in = BirthMonth(born.year, born.month)
        children.append(ChildPlan(member_id, name, born_in, uses, draw(added)))
    members = st.integers(1, len(children))
    topic_ids = st.lists(st.sampled_from(TOPIC_IDS), min_size=1, max_size=3).map(tuple)
    talk = st.builds(TalkRecord, st.integers(1, 99), days, st.tuples(members), topic_ids)
    follow_up = st.builds(
        FollowUp,
        st.integers(1, 99),
        st.integers(1, 99),
        st.none() | members,
        st.just("do"),
        days,
        st.none() | days,
    )
    keys = st.sampled_from(["talk:1", "topic:1:live-streaming-dares", "follow-up:1"])
    snooze = st.builds(Snooze, keys, days)
    return today, FamilyPlan(
        tuple(children),
        tuple(draw(st.lists(talk, max_size=6))),
        tuple(draw(st.lists(follow_up, max_size=3, unique_by=lambda f: f.id))),
        (),
        tuple(draw(st.lists(snooze, max_size=2))),
    )


@given(families(), st.integers(0, 30))
def test_the_due_list_keeps_its_promises(drawn, within):
    today, family = drawn
    items = due(family, today, schedule=CheckInSchedule(), within=within)
    assert items == sorted(items, key=lambda i: (i.due_on, KINDS.index(i.kind), i.key))
    assert len({i.key for i in items}) == len(items)
    hidden = {s.key for s in family.snoozes if s.until > today}
    bands = {c.member_id: c.band_on(today) for c in family.children}
    for item in items:
        assert item.overdue_days == (today - item.due_on).days
        assert item.due_on <= today + timedelta(days=within)
        assert item.key not in hidden
        if item.kind == "topic":
            assert STANDARD.topics[item.topic_id].suits(bands[item.member_id])
    for child in family.children:
        mine = [i for i in items if i.kind == "topic" and i.member_id == child.member_id]
        assert len(mine) <= MAX_TOPICS_PER_CHILD
        assert sum(1 for i in items if i.key == f"talk:{child.member_id}") <= 1


@given(families())
def test_a_talk_logged_for_a_later_day_changes_nothing_today(drawn):
    today, family = drawn
    future = TalkRecord(1000, today + timedelta(days=1), (1,), tuple(TOPIC_IDS))
    later = replace(family, talks=(*family.talks, future))
    assert due(later, today, within=10) == due(family, today, within=10)


def _entry_item(kind, key, member=1, app=None, day=TODAY, code=None):
    from familysafe.core.due import DueItem

    return DueItem(kind, key, member, day, 0, code or kind, app_id=app)


def test_an_apps_settings_to_check_are_one_entry_and_order_is_kept():
    from familysafe.core.due import grouped

    items = [
        _entry_item("talk", "talk:1"),
        _entry_item("checklist", "checklist:1:roblox:a", app="roblox", code="checklist-to-do"),
        _entry_item("checklist", "checklist:1:roblox:b", app="roblox", code="checklist-to-do"),
        _entry_item("checklist", "checklist:1:roblox:c", app="roblox", code="checklist-recheck"),
        _entry_item("checklist", "checklist:2:roblox:a", member=2, app="roblox",
                    code="checklist-to-do"),
        _entry_item("checklist", "checklist:1:tiktok:a", app="tiktok", code="checklist-to-do"),
        _entry_item("topic", "topic:1:x"),
    ]  # fmt: skip
    entries = grouped(items)
    assert [[i.key for i in e] for e in entries] == [
        ["talk:1"],
        ["checklist:1:roblox:a", "checklist:1:roblox:b"],  # same child, app, day and need
        ["checklist:1:roblox:c"],  # a re-check is worded differently: its own entry
        ["checklist:2:roblox:a"],
        ["checklist:1:tiktok:a"],
        ["topic:1:x"],
    ]
    assert sum(len(e) for e in entries) == len(items)
