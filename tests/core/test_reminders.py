from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familysafe.core.due import CheckInDue, DueEntry, FollowUpDue, SettingsDue, TalkDue
from familysafe.core.planning import Snooze
from familysafe.core.reminders import (
    Dismissal,
    ReminderState,
    decide,
    next_wake_up,
    summary_slot,
)
from familysafe.core.schedule import CheckInSchedule, utc

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SUNDAYS = CheckInSchedule()  # Sundays at 18:00
FRESH = ReminderState()


def at(*args, tz=LONDON) -> datetime:
    return datetime(*args, tzinfo=tz)


def item(key: str, due_on: date, today: date, kind: str = "talk") -> DueEntry:
    common = {"key": key, "member_id": 1, "due_on": due_on, "overdue_days": (today - due_on).days}
    if kind == "talk":
        return TalkDue(**common, name="Mia", last_talk=None, topic=None)
    if kind == "settings":
        return SettingsDue(**common, name="Mia", app_id="tiktok", app_name="TikTok", settings=())
    if kind == "follow-up":
        return FollowUpDue(**common, follow_up_id=3, text="x")
    return CheckInDue(**{**common, "member_id": None}, at=time(18, 0))


def check_ins(now, state=FRESH, **kw):
    return decide(now, state, schedule=kw.pop("schedule", SUNDAYS), daily_at=None, **kw)


def summaries(now, state=FRESH, daily_at=time(19, 0), **kw):
    return decide(now, state, schedule=None, daily_at=daily_at, **kw)


# --- the check-in ------------------------------------------------------------------------


def test_the_check_in_notifies_once_when_its_time_arrives():
    before = check_ins(at(2026, 11, 22, 17, 59), ReminderState(at(2026, 11, 15, 18)))
    assert before.notifications == ()
    assert before.wake_at == at(2026, 11, 22, 18)
    first = check_ins(at(2026, 11, 22, 18, 0), before.state)
    (shown,) = first.notifications
    assert (shown.kind, shown.code, shown.key) == ("check-in", "check-in", "check-in:2026-11-22")
    assert shown.values == {"at": at(2026, 11, 22, 18)}
    again = check_ins(at(2026, 11, 22, 18, 5), first.state)
    assert again.notifications == () and again.state == first.state
    assert again.wake_at == at(2026, 11, 29, 18)


def test_a_check_in_slept_through_shows_on_waking_unless_stale():
    last_week = ReminderState(at(2026, 11, 15, 18))
    woke = check_ins(at(2026, 11, 23, 6, 0), last_week)  # 12 hours later: still shown
    assert [n.key for n in woke.notifications] == ["check-in:2026-11-22"]
    stale = check_ins(at(2026, 11, 23, 6, 1), last_week)
    assert stale.notifications == ()
    assert stale.state.check_in_at == at(2026, 11, 22, 18)  # handled: never shown later


def test_a_snoozed_or_dismissed_check_in_is_not_shown():
    now = at(2026, 11, 22, 18, 1)
    snoozed = check_ins(now, snoozes=[Snooze("check-in:2026-11-22", date(2026, 11, 23))])
    assert snoozed.notifications == ()
    dismissed = check_ins(now, dismissed=[Dismissal("check-in:2026-11-22", date(2026, 11, 22))])
    assert dismissed.notifications == ()
    assert check_ins(now).notifications != ()


def test_the_check_in_follows_the_wall_clock_across_daylight_saving():
    # London clocks go forward on 29 March 2026: 18:00 is 17:00 UTC that Sunday.
    state = ReminderState(at(2026, 3, 22, 18))
    early = check_ins(datetime(2026, 3, 29, 16, 59, tzinfo=UTC).astimezone(LONDON), state)
    assert early.notifications == ()
    assert utc(early.wake_at) == datetime(2026, 3, 29, 17, 0, tzinfo=UTC)
    on_time = check_ins(datetime(2026, 3, 29, 17, 0, tzinfo=UTC).astimezone(LONDON), state)
    assert len(on_time.notifications) == 1


def test_a_check_in_just_before_midnight_caught_after_it():
    late = CheckInSchedule(weekday=5, at=time(23, 45), zone="America/New_York")
    decision = check_ins(at(2026, 11, 22, 0, 20, tz=NEW_YORK), schedule=late)
    assert [n.key for n in decision.notifications] == ["check-in:2026-11-21"]


# --- the daily summary -------------------------------------------------------------------

TODAY = date(2026, 11, 23)
DUE = [
    item("talk:1", date(2026, 11, 1), TODAY),
    item("settings:1:tiktok", date(2026, 11, 20), TODAY, "settings"),
    item("follow-up:3", TODAY, TODAY, "follow-up"),
    item("talk:2", date(2026, 11, 25), TODAY),  # coming up
    item("check-in:2026-11-29", date(2026, 11, 29), TODAY, "check-in"),
]


def test_several_overdue_items_collapse_into_one_summary():
    decision = summaries(at(2026, 11, 23, 19, 0), due=DUE)
    (summary,) = decision.notifications
    assert (summary.kind, summary.code) == ("summary", "summary-many")
    assert [i.key for i in summary.items] == [
        "talk:1",
        "settings:1:tiktok",
        "follow-up:3",
    ]
    assert summary.values == {
        "count": 3,
        "kinds": ("follow-up", "settings", "talk"),
        "member_ids": (1,),
    }
    assert decision.state.summary_on == TODAY


def test_one_overdue_item_is_a_summary_of_one():
    (summary,) = summaries(at(2026, 11, 23, 19, 0), due=DUE[:1]).notifications
    assert summary.code == "summary-one" and summary.key == "talk:1"
    assert summary.values["kind"] == "talk"


def test_snoozed_and_dismissed_items_are_never_repeated():
    snoozes = [Snooze("talk:1", date(2026, 11, 24))]
    dismissed = [Dismissal("follow-up:3", TODAY)]
    decision = summaries(at(2026, 11, 23, 19), due=DUE, snoozes=snoozes, dismissed=dismissed)
    (summary,) = decision.notifications
    assert [i.key for i in summary.items] == ["settings:1:tiktok"]
    # A dismissal holds for that due date only: the next talk due is a new reminder.
    dismissed_talk = [Dismissal("talk:1", date(2026, 10, 1))]
    (again,) = summaries(at(2026, 11, 23, 19), due=DUE, dismissed=dismissed_talk).notifications
    assert "talk:1" in [i.key for i in again.items]


def test_at_most_one_summary_a_day():
    first = summaries(at(2026, 11, 23, 19, 0), due=DUE)
    assert summaries(at(2026, 11, 23, 22, 0), first.state, due=DUE).notifications == ()
    assert summaries(at(2026, 11, 24, 18, 59), first.state, due=DUE).notifications == ()
    assert len(summaries(at(2026, 11, 24, 19, 0), first.state, due=DUE).notifications) == 1


def test_nothing_overdue_is_no_notification_but_uses_the_days_slot():
    quiet = summaries(at(2026, 11, 23, 19, 0), due=DUE[3:])
    assert quiet.notifications == () and quiet.state.summary_on == TODAY
    # Something overdue later the same evening waits for tomorrow's summary.
    assert summaries(at(2026, 11, 23, 21), quiet.state, due=DUE).notifications == ()


def test_a_summary_time_crossing_midnight():
    # 23:30 every day; the computer wakes at 00:10: that is still the 23rd's summary.
    state = ReminderState(summary_on=date(2026, 11, 22))
    now = at(2026, 11, 24, 0, 10)
    today_items = [item("talk:1", date(2026, 11, 1), date(2026, 11, 24))]
    decision = summaries(now, state, daily_at=time(23, 30), due=today_items)
    assert len(decision.notifications) == 1
    assert decision.state.summary_on == date(2026, 11, 23)
    assert decision.wake_at == at(2026, 11, 24, 23, 30)
    assert summary_slot(now, time(23, 30)) == at(2026, 11, 23, 23, 30)


def test_a_missed_summary_is_dropped_after_twelve_hours():
    state = ReminderState(summary_on=date(2026, 11, 22))
    # The 23rd's 19:00 summary, caught the next morning.
    assert summaries(at(2026, 11, 24, 7, 1), state, due=DUE).notifications == ()
    assert len(summaries(at(2026, 11, 24, 7, 0), state, due=DUE).notifications) == 1


def test_a_summary_time_the_clocks_skip_happens_when_they_land():
    # 01:30 does not exist in London on 29 March 2026: the summary comes at 02:30 BST.
    state = ReminderState(summary_on=date(2026, 3, 28))
    due = [item("talk:1", date(2026, 3, 1), date(2026, 3, 29))]
    just_before = datetime(2026, 3, 29, 0, 59, tzinfo=UTC).astimezone(LONDON)
    decision = summaries(just_before, state, daily_at=time(1, 30), due=due)
    assert decision.notifications == ()
    assert utc(decision.wake_at) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    landed = summaries(decision.wake_at, state, daily_at=time(1, 30), due=due)
    assert len(landed.notifications) == 1


def test_a_summary_time_that_happens_twice_notifies_once():
    # 01:30 happens twice in London on 25 October 2026 (BST, then GMT).
    state = ReminderState(summary_on=date(2026, 10, 24))
    due = [item("talk:1", date(2026, 10, 1), date(2026, 10, 25))]
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(LONDON)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(LONDON)
    shown = summaries(first, state, daily_at=time(1, 30), due=due)
    assert len(shown.notifications) == 1
    assert summaries(second, shown.state, daily_at=time(1, 30), due=due).notifications == ()


def test_check_in_and_summary_share_one_wake_up():
    now = at(2026, 11, 22, 12)
    assert next_wake_up(now, SUNDAYS, time(19, 0)) == at(2026, 11, 22, 18)
    assert next_wake_up(now, SUNDAYS, time(9, 0)) == at(2026, 11, 22, 18)
    assert next_wake_up(now, SUNDAYS, time(17, 0)) == at(2026, 11, 22, 17)
    assert next_wake_up(now, None, None) is None


def test_state_round_trip_and_bad_state():
    state = ReminderState(at(2026, 11, 22, 18), date(2026, 11, 23))
    assert ReminderState.from_dict(state.to_dict()) == state
    assert ReminderState.from_dict({"check_in_at": "nonsense"}) == ReminderState()
    assert ReminderState.from_dict({}) == ReminderState()


def test_naive_now_is_refused():
    with pytest.raises(ValueError):
        summaries(datetime(2026, 11, 23, 19))


# --- properties --------------------------------------------------------------------------

schedules = st.builds(
    CheckInSchedule,
    weekday=st.integers(0, 6),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
zones = st.sampled_from([LONDON, NEW_YORK, ZoneInfo("Australia/Lord_Howe")])


@settings(max_examples=40, deadline=None)
@given(
    schedules,
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    zones,
    st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31)),
    st.lists(st.integers(1, 60 * 30), min_size=1, max_size=40),
)
def test_every_slot_notifies_at_most_once_however_the_app_wakes(
    schedule, daily_at, tz, start, steps
):
    now = start.replace(tzinfo=tz)
    state = ReminderState()
    seen: list[str] = []
    summary_days: list[date] = []
    due = [item("talk:1", date(2020, 1, 1), date(2030, 1, 1))]
    for minutes in steps:
        now = (utc(now) + timedelta(minutes=minutes)).astimezone(tz)
        decision = decide(now, state, schedule=schedule, daily_at=daily_at, due=due)
        kinds = [n.kind for n in decision.notifications]
        assert kinds.count("summary") <= 1 and kinds.count("check-in") <= 1
        seen += [n.key for n in decision.notifications if n.kind == "check-in"]
        if "summary" in kinds:
            summary_days.append(decision.state.summary_on)
        assert decision.wake_at is not None and utc(decision.wake_at) > utc(now)
        state = decision.state
    assert len(seen) == len(set(seen))
    assert len(summary_days) == len(set(summary_days))


@settings(max_examples=40, deadline=None)
@given(schedules, zones, st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31)))
def test_waking_at_each_wake_up_time_notifies_every_check_in(schedule, tz, start):
    # The UI sets one timer for wake_at: following it for five weeks sees each check-in once.
    now = start.replace(tzinfo=tz)
    end = utc(now) + timedelta(weeks=5)
    state = ReminderState(check_in_at=schedule.last_at_or_before(now))
    shown, decided = [], now
    while utc(now) < end:
        decision = decide(now, state, schedule=schedule, daily_at=None)
        shown += [n.values["at"] for n in decision.notifications]
        decided, state, now = now, decision.state, decision.wake_at
    expected = schedule.occurrences_between(start.replace(tzinfo=tz), decided)
    assert len(expected) >= 4  # five weeks, the end excluded
    assert [utc(m) for m in shown] == [utc(m) for m in expected]
