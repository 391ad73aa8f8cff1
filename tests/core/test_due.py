from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from library_factory import STANDARD, STANDARD_TOPICS, app, item, library

from familysafe.core.bands import Band, BirthMonth
from familysafe.core.due import (
    KIND_ORDER,
    DueKind,
    SettingsCode,
    SettingsDue,
    TalkDue,
)
from familysafe.core.due_plan import DONE_PREFIX, FIRST_SET_UP_GAP, due_plan
from familysafe.core.planning import (
    AgreementReview,
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


def plan(family: FamilyPlan, today=TODAY, lib=STANDARD, **kw):
    return due_plan(family, lib, today, **kw)


def due(family: FamilyPlan, today=TODAY, **kw):
    return plan(family, today, **kw).entries


def by_key(items) -> dict:
    return {i.key: i for i in items}


def settings_of(entry) -> list[str]:
    return [s.item_id for s in entry.settings]


# --- the cases the daily loop promises ------------------------------------------------------

SIX_APPS = [
    app(
        a,
        items=tuple(item(f"setting-{n}") for n in range(5)),
        name=a.capitalize(),
        features=("voice-chat",),
    )
    for a in ("roblox", "minecraft", "youtube", "whatsapp", "fortnite", "discord")
]
SIX = library(STANDARD_TOPICS, SIX_APPS)


def _new_family(day: date, apps_per_child: list[list[str]]) -> FamilyPlan:
    children = tuple(
        ChildPlan(n + 1, name, BirthMonth(2014 + n, 3), tuple(AppUse(a, day) for a in apps), day)
        for n, (name, apps) in enumerate(zip(("Arun", "Bea", "Cal"), apps_per_child, strict=False))
    )
    return FamilyPlan(children)


def test_day_one_for_three_children_is_at_most_two_entries_each_plus_family_items():
    family = _new_family(
        TODAY, [["roblox", "minecraft"], ["youtube", "whatsapp"], ["fortnite", "discord"]]
    )
    result = plan(family, lib=SIX, schedule=CheckInSchedule())
    for child in result.children:
        assert len(child.entries) <= 2
        kinds = [e.kind for e in child.entries]
        assert kinds == [DueKind.TALK, DueKind.SETTINGS]
        (settings,) = [e for e in child.entries if isinstance(e, SettingsDue)]
        assert len(settings.settings) == 5 and settings.code is SettingsCode.SET_UP
        assert child.settings_done == 0 and child.settings_total == 10
    assert [e.kind for e in result.family] == [DueKind.CHECK_IN]
    assert len(result.entries) == 7  # was 45 with one entry per topic and per setting


def test_two_children_with_one_app_have_three_things_due_today():
    family = _new_family(TODAY, [["roblox"], []])
    result = plan(family, lib=SIX, schedule=CheckInSchedule(), within=0)
    assert [e.key for e in result.due_now()] == ["talk:1", "settings:1:roblox", "talk:2"]


def test_each_talk_carries_the_best_topic_and_the_next_few():
    (talk,) = [e for e in due(FamilyPlan((MIA,))) if isinstance(e, TalkDue)]
    assert talk.topic_id == "live-streaming-dares" and talk.topic.reasons
    assert len(talk.more) == 3
    assert talk.topic_id not in [s.topic_id for s in talk.more]
    assert not [e for e in due(FamilyPlan((MIA,))) if e.kind not in set(DueKind)]


def test_logging_a_talk_completes_it_plans_the_next_and_suggests_another_topic():
    before = by_key(due(FamilyPlan((MIA,))))["talk:1"]
    assert before.due_on == ADDED and before.overdue_days == (TODAY - ADDED).days
    talk = TalkRecord(1, TODAY, (1,), (before.topic_id,))
    after = plan(FamilyPlan((MIA,), (talk,)), within=60)
    entry = by_key(after.entries)["talk:1"]
    assert entry.due_on == date(2026, 12, 23) and entry.last_talk == TODAY
    assert entry.topic_id != before.topic_id
    # Not due in the week, and the plan knows when it is.
    assert "talk:1" not in by_key(due(FamilyPlan((MIA,), (talk,))))
    assert plan(FamilyPlan((MIA,), (talk,))).next_talk() == (
        plan(FamilyPlan((MIA,), (talk,))).children[0],
        date(2026, 12, 23),
    )


def test_two_weeks_after_a_talk_nothing_is_overdue_on_a_monthly_cadence():
    talk = TalkRecord(1, TODAY, (2,), ("being-kind-online",))
    later = TODAY + timedelta(days=14)
    entries = due(FamilyPlan((LEO,), (talk,)), later)
    assert not [e for e in entries if e.overdue_days > 0]


def test_a_topic_with_an_open_follow_up_does_not_come_back_to_the_top():
    talk = TalkRecord(5, TODAY - timedelta(days=3), (2,), ("body-safety",))
    follow_up = FollowUp(9, 5, 2, "Look at the game's chat settings together", TODAY)
    entries = by_key(due(FamilyPlan((LEO,), (talk,), (follow_up,)), within=40))
    assert entries["talk:2"].topic_id != "body-safety"
    assert entries["follow-up:9"].text == follow_up.text and entries["follow-up:9"].is_due
    done = FamilyPlan((LEO,), (talk,), (replace(follow_up, done_on=TODAY),))
    assert "follow-up:9" not in by_key(due(done))


def test_a_snooze_moves_the_entry_to_its_day_and_it_counts_from_then():
    family = FamilyPlan((LEO,), TALKS, snoozes=(Snooze("talk:2", TODAY + timedelta(days=1)),))
    assert "talk:2" not in by_key(due(family, within=0))
    coming = by_key(due(family))["talk:2"]  # coming up tomorrow, not due now
    assert coming.due_on == TODAY + timedelta(days=1) and not coming.is_due
    back = by_key(due(family, TODAY + timedelta(days=1)))["talk:2"]
    assert back.due_on == TODAY + timedelta(days=1) and back.overdue_days == 0
    next_day = by_key(due(family, TODAY + timedelta(days=2)))["talk:2"]
    assert next_day.overdue_days == 1  # one day overdue, counted from the snooze's end


def test_a_talk_one_day_past_its_cadence_is_one_day_overdue():
    talk = TalkRecord(1, date(2026, 10, 22), (2,), ("being-kind-online",))
    entry = by_key(due(FamilyPlan((LEO,), (talk,))))["talk:2"]
    assert entry.due_on == date(2026, 11, 22) and entry.overdue_days == 1


def test_a_big_first_set_up_is_paced_one_app_at_a_time():
    family = _new_family(TODAY, [["roblox", "minecraft", "youtube"]])
    first = plan(family, lib=SIX, within=30).children[0]
    settings = [e for e in first.entries if isinstance(e, SettingsDue)]
    gap = timedelta(days=FIRST_SET_UP_GAP)
    assert [(e.app_id, e.due_on) for e in settings] == [
        ("minecraft", TODAY),
        ("roblox", TODAY + gap),
        ("youtube", TODAY + 2 * gap),
    ]
    # Minecraft set up: Roblox comes forward at once.
    marks = tuple(ChecklistMark(1, "minecraft", f"setting-{n}", TODAY) for n in range(5))
    after = plan(replace(family, marks=marks), lib=SIX).children[0]
    assert [e.key for e in after.entries if isinstance(e, SettingsDue)] == ["settings:1:roblox"]
    assert after.settings_done == 5


def test_settings_to_recheck_are_gathered_with_their_keys():
    marks = (
        ChecklistMark(1, "tiktok", "private-account", date(2026, 11, 21)),
        ChecklistMark(1, "tiktok", "who-can-message", date(2026, 5, 1)),
    )
    (entry,) = [e for e in due(FamilyPlan((MIA,), marks=marks)) if isinstance(e, SettingsDue)]
    assert entry.key == "settings:1:tiktok" and entry.app_name == "TikTok"
    assert settings_of(entry) == ["who-can-message", "family-pairing"]
    assert entry.code is SettingsCode.MIXED and entry.due_on == date(2026, 11, 1)
    assert "checklist:1:tiktok:who-can-message" in entry.keys
    # Snoozing one setting leaves the others.
    one = Snooze("checklist:1:tiktok:family-pairing", TODAY + timedelta(days=7))
    family = FamilyPlan((MIA,), marks=marks, snoozes=(one,))
    (entry,) = [e for e in due(family) if isinstance(e, SettingsDue)]
    assert settings_of(entry) == ["who-can-message"] and entry.code is SettingsCode.RECHECK


def test_a_recheck_coming_up_shows_within_the_window():
    marks = tuple(
        ChecklistMark(1, "tiktok", i, date(2026, 5, 27))
        for i in ("private-account", "who-can-message", "family-pairing")
    )
    family = FamilyPlan((MIA,), marks=marks)
    assert "settings:1:tiktok" not in by_key(due(family, within=3))
    coming = by_key(due(family, within=4))["settings:1:tiktok"]
    assert coming.overdue_days == -4 and len(coming.settings) == 3


def test_a_child_who_just_moved_band_gets_a_new_band_entry():
    # Born October 2015: 11-12 since 1 October 2026, 53 days ago. Out of 30 days: no entry.
    ali = ChildPlan(3, "Ali", BirthMonth(2015, 10), (), ADDED)
    assert not [i for i in due(FamilyPlan((ali,))) if i.kind is DueKind.NEW_BAND]
    entry = by_key(due(FamilyPlan((ali,)), date(2026, 10, 31)))["new-band:3:11-12"]
    assert entry.overdue_days == 30 and entry.previous is Band.AGE_8_10
    assert entry.topic_ids == ("going-live-safely", "misinformation")


def test_marking_a_new_band_done_leaves_it_out():
    ali = ChildPlan(3, "Ali", BirthMonth(2015, 10), (), ADDED)
    day = date(2026, 10, 5)
    done = Snooze(DONE_PREFIX + "new-band:3:11-12", day + timedelta(days=31))
    assert "new-band:3:11-12" not in by_key(due(FamilyPlan((ali,), snoozes=(done,)), day))


def test_a_band_change_coming_up_in_the_window_shows_ahead():
    ali = ChildPlan(3, "Ali", BirthMonth(2015, 12), (), ADDED)
    assert "new-band:3:11-12" not in by_key(due(FamilyPlan((ali,)), within=7))
    entry = by_key(due(FamilyPlan((ali,)), within=8))["new-band:3:11-12"]
    assert entry.due_on == date(2026, 12, 1) and entry.overdue_days == -8


def test_family_items_stand_apart_after_the_children():
    review = AgreementReview(2, date(2026, 8, 1), date(2026, 11, 1))
    family_up = FollowUp(4, 1, None, "Charge phones downstairs", TODAY)
    talk = TalkRecord(1, date(2026, 10, 1), (1, 2), ("being-kind-online",))
    family = FamilyPlan((MIA, LEO), (talk,), (family_up,), agreement=review)
    result = plan(family, schedule=CheckInSchedule())
    assert [e.key for e in result.family] == [
        "agreement-review:2",
        "follow-up:4",
        "check-in:2026-11-29",
    ]
    assert result.entries[-3:] == result.family
    assert [c.name for c in result.children] == ["Mia", "Leo"]


def test_per_child_cadence():
    weekly = replace(LEO, cadence=TalkCadence(months=0, weeks=1))
    assert by_key(due(FamilyPlan((weekly,), TALKS)))["talk:2"].due_on == date(2026, 10, 8)
    family_default = due(FamilyPlan((LEO,), TALKS), cadence=TalkCadence(months=2), within=8)
    assert by_key(family_default)["talk:2"].due_on == date(2026, 12, 1)


def test_the_window_keeps_what_is_overdue_and_cuts_what_is_far_off():
    items = due(FamilyPlan((MIA, LEO), TALKS), schedule=CheckInSchedule(), within=0)
    assert all(i.due_on <= TODAY for i in items)
    assert "talk:2" in by_key(items)


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
    keys = st.sampled_from(["talk:1", "settings:1:tiktok", "follow-up:1"])
    snooze = st.builds(Snooze, keys, days)
    return today, FamilyPlan(
        tuple(children),
        tuple(draw(st.lists(talk, max_size=6))),
        tuple(draw(st.lists(follow_up, max_size=3, unique_by=lambda f: f.id))),
        (),
        tuple(draw(st.lists(snooze, max_size=2))),
    )


@given(families(), st.integers(0, 30))
def test_the_plan_keeps_its_promises(drawn, within):
    today, family = drawn
    result = plan(family, today, schedule=CheckInSchedule(), within=within)
    items = result.entries
    assert len({i.key for i in items}) == len(items)
    until = {}
    for s in family.snoozes:
        until[s.key] = max(s.until, until.get(s.key, s.until))
    for group in [c.entries for c in result.children] + [result.family]:
        assert list(group) == sorted(
            group, key=lambda i: (i.due_on, KIND_ORDER.index(i.kind), i.key)
        )
    for entry in items:
        assert entry.overdue_days == (today - entry.due_on).days
        assert entry.due_on <= today + timedelta(days=within)
        assert entry.due_on >= until.get(entry.key, entry.due_on)
    for child in family.children:
        mine = [i for i in items if i.member_id == child.member_id]
        assert sum(1 for i in mine if i.kind is DueKind.TALK) <= 1
        assert sum(1 for i in mine if i.kind is DueKind.SETTINGS) <= len(child.apps)


@given(families())
def test_a_talk_logged_for_a_later_day_changes_nothing_today(drawn):
    today, family = drawn
    future = TalkRecord(1000, today + timedelta(days=1), (1,), tuple(TOPIC_IDS))
    later = replace(family, talks=(*family.talks, future))
    assert due(later, today, within=10) == due(family, today, within=10)
