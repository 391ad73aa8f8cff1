from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from familysafe.core.errors import ValidationError
from familysafe.core.schedule import CheckInSchedule, Frequency, TalkCadence, utc, wall_time

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
WEEKLY = CheckInSchedule()
FIRST_SATURDAY = CheckInSchedule(Frequency.MONTHLY, weekday=5, at=time(10, 30), nth=1)
FORTNIGHTLY = CheckInSchedule(Frequency.FORTNIGHTLY, weekday=2, anchor=date(2026, 1, 7))


def at(tz, *args) -> datetime:
    return datetime(*args, tzinfo=tz)


def test_the_default_is_sundays_at_six():
    saturday = at(LONDON, 2026, 11, 21, 12, 0)
    assert WEEKLY.next_after(saturday) == at(LONDON, 2026, 11, 22, 18, 0)
    sunday_evening = at(LONDON, 2026, 11, 22, 18, 0)
    assert WEEKLY.next_after(sunday_evening) == at(LONDON, 2026, 11, 29, 18, 0)
    assert WEEKLY.last_at_or_before(sunday_evening) == sunday_evening


def test_monthly_on_the_first_saturday():
    found = FIRST_SATURDAY.dates_between(date(2026, 1, 1), date(2026, 6, 30))
    assert found == [date(2026, m, d) for m, d in [(1, 3), (2, 7), (3, 7), (4, 4), (5, 2), (6, 6)]]


def test_monthly_on_the_last_friday():
    last_friday = CheckInSchedule(Frequency.MONTHLY, weekday=4, nth=-1)
    assert last_friday.dates_between(date(2026, 1, 1), date(2026, 3, 31)) == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 27),
    ]


def test_every_two_weeks_keeps_the_anchors_weeks():
    assert FORTNIGHTLY.dates_between(date(2026, 1, 1), date(2026, 2, 10)) == [
        date(2026, 1, 7),
        date(2026, 1, 21),
        date(2026, 2, 4),
    ]
    # The same weeks before the anchor and years later.
    assert FORTNIGHTLY.next_date_on_or_after(date(2025, 12, 25)) == date(2025, 12, 24) + timedelta(
        days=14
    )
    later = FORTNIGHTLY.next_date_on_or_after(date(2030, 6, 1))
    assert (later - date(2026, 1, 7)).days % 14 == 0


def test_six_pm_stays_six_pm_when_london_clocks_go_forward():
    found = WEEKLY.occurrences_between(at(LONDON, 2026, 3, 21), at(LONDON, 2026, 4, 1))
    assert [m.astimezone(UTC).hour for m in found] == [18, 17]  # GMT, then BST
    assert [(m.hour, m.minute) for m in found] == [(18, 0), (18, 0)]


def test_six_pm_stays_six_pm_when_new_york_clocks_go_back():
    found = WEEKLY.occurrences_between(at(NEW_YORK, 2026, 10, 24), at(NEW_YORK, 2026, 11, 2))
    assert [m.astimezone(UTC).hour for m in found] == [22, 23]  # EDT, then EST
    assert all(m.hour == 18 for m in found)


def test_a_time_the_clocks_skip_moves_forward_with_them():
    early = CheckInSchedule(at=time(1, 30))
    moment = early.next_after(at(LONDON, 2026, 3, 28, 12))
    assert moment.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert (moment.hour, moment.minute) == (2, 30)


def test_a_time_that_happens_twice_is_the_first():
    early = CheckInSchedule(at=time(1, 30))
    found = early.occurrences_between(at(LONDON, 2026, 10, 24, 12), at(LONDON, 2026, 10, 26))
    assert [m.astimezone(UTC) for m in found] == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]


def test_the_schedules_own_zone_wins_over_nows():
    tokyo_sundays = CheckInSchedule(zone="Asia/Tokyo")
    moment = tokyo_sundays.next_after(at(LONDON, 2026, 11, 21, 12))
    assert moment.tzinfo == ZoneInfo("Asia/Tokyo") and moment.hour == 18
    assert moment.astimezone(UTC) == datetime(2026, 11, 22, 9, tzinfo=UTC)


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        WEEKLY.next_after(datetime(2026, 11, 21, 12))


@pytest.mark.parametrize(
    ("schedule", "rule"),
    [
        (WEEKLY, "FREQ=WEEKLY;BYDAY=SU;BYHOUR=18;BYMINUTE=0;BYSECOND=0"),
        (FORTNIGHTLY, "FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=WE;BYHOUR=18;BYMINUTE=0;BYSECOND=0"),
        (FIRST_SATURDAY, "FREQ=MONTHLY;BYDAY=1SA;BYHOUR=10;BYMINUTE=30;BYSECOND=0"),
    ],
)
def test_rrule_string_for_calendars(schedule, rule):
    assert schedule.to_rrule_string() == rule
    # A calendar reading RRULE with DTSTART gets the very same check-ins.
    start = schedule.first_occurrence(LONDON).replace(tzinfo=None)
    parsed = rrulestr(rule, dtstart=start)
    ours = schedule.dates_between(start.date(), start.date() + timedelta(days=400))
    theirs = parsed.between(start, start + timedelta(days=400, hours=23), inc=True)
    assert ours == [d.date() for d in theirs]
    assert all(d.time() == schedule.at for d in theirs)


def test_dict_round_trip_and_defaults():
    for schedule in (WEEKLY, FORTNIGHTLY, FIRST_SATURDAY, CheckInSchedule(zone="Europe/London")):
        assert CheckInSchedule.from_dict(schedule.to_dict()) == schedule
    assert CheckInSchedule.from_dict({}) == WEEKLY
    assert WEEKLY.to_dict() == {"frequency": "weekly", "weekday": "SU", "at": "18:00"}


@pytest.mark.parametrize(
    "data",
    [
        {"frequency": "daily"},
        {"weekday": "XX"},
        {"weekday": 9},
        {"at": "25:00"},
        {"nth": 5},
        {"nth": "first"},
        {"zone": "Mars/Olympus"},
        {"anchor": "2026-02-30"},
    ],
)
def test_bad_dicts_are_validation_errors(data):
    with pytest.raises(ValidationError):
        CheckInSchedule.from_dict(data)


# --- properties --------------------------------------------------------------------------

ZONES = st.sampled_from(
    ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]
)
schedules = st.builds(
    CheckInSchedule,
    st.sampled_from(list(Frequency)),
    st.integers(0, 6),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.sampled_from([1, 2, 3, 4, -1]),
    st.dates(date(2020, 1, 1), date(2030, 12, 31)),
)


@st.composite
def moments(draw):
    tz = ZoneInfo(draw(ZONES))
    naive = draw(st.datetimes(datetime(2000, 1, 1), datetime(2040, 12, 31)))
    return naive.replace(tzinfo=tz, fold=draw(st.integers(0, 1)))


@given(schedules, moments())
def test_next_after_is_the_very_next(schedule, now):
    following = schedule.next_after(now)
    assert utc(following) > utc(now)
    assert schedule.occurrences_between(now, following) == [following]
    assert schedule.last_at_or_before(following) == following
    local = following.astimezone(now.tzinfo)
    assert local == wall_time(local.date(), schedule.at, now.tzinfo)
    if (local.hour, local.minute) == (schedule.at.hour, schedule.at.minute):
        assert local.weekday() == schedule.weekday
    else:  # only a time the clocks skipped moves, and only forward, within a few hours
        skipped = datetime.combine(local.date(), schedule.at).replace(tzinfo=now.tzinfo)
        assert skipped.astimezone(UTC).astimezone(now.tzinfo).time() == local.time()


@given(schedules, moments(), st.integers(1, 60), st.integers(1, 60))
def test_windows_join_without_gaps_or_repeats(schedule, start, days_a, days_b):
    middle = start + timedelta(days=days_a)
    end = middle + timedelta(days=days_b)
    joined = schedule.occurrences_between(start, middle) + schedule.occurrences_between(middle, end)
    assert joined == schedule.occurrences_between(start, end)
    assert [utc(m) for m in joined] == sorted({utc(m) for m in joined})


@given(schedules, st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_dates_follow_the_frequency(schedule, day):
    found = schedule.dates_between(day, day + timedelta(days=120))
    assert found and all(d.weekday() == schedule.weekday for d in found)
    gaps = {(b - a).days for a, b in zip(found, found[1:], strict=False)}
    if schedule.frequency is Frequency.WEEKLY:
        assert gaps == {7}
    elif schedule.frequency is Frequency.FORTNIGHTLY:
        assert gaps == {14}
        week = found[0] - timedelta(days=found[0].weekday())
        anchor_week = schedule.anchor - timedelta(days=schedule.anchor.weekday())
        assert (week - anchor_week).days % 14 == 0
    else:
        assert len({(d.year, d.month) for d in found}) == len(found)
        for d in found:
            if schedule.nth == -1:
                assert (d + timedelta(days=7)).month != d.month
            else:
                assert (d.day - 1) // 7 + 1 == schedule.nth


@given(schedules, st.sampled_from([None, "Europe/London", "America/New_York"]))
def test_dict_round_trip(schedule, zone):
    schedule = replace(schedule, zone=zone)
    assert CheckInSchedule.from_dict(schedule.to_dict()).to_rrule_string() == (
        schedule.to_rrule_string()
    )
    again = CheckInSchedule.from_dict(schedule.to_dict())
    day = date(2026, 1, 1)
    assert again.dates_between(day, day + timedelta(days=90)) == schedule.dates_between(
        day, day + timedelta(days=90)
    )


# --- the talk cadence --------------------------------------------------------------------

MONTHLY = TalkCadence()


@pytest.mark.parametrize(
    ("last", "due"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 15), date(2027, 1, 15)),
    ],
)
def test_a_talk_is_due_a_calendar_month_after_the_last(last, due):
    assert MONTHLY.due_on([last], due, since=date(2020, 1, 1)) == due
    assert not MONTHLY.overdue([last], due, since=date(2020, 1, 1))
    assert MONTHLY.overdue([last], due + timedelta(days=1), since=date(2020, 1, 1))


def test_never_talked_is_due_from_since():
    assert MONTHLY.due_on([], date(2026, 11, 23), since=date(2026, 11, 1)) == date(2026, 11, 1)


def test_a_talk_logged_for_a_later_day_does_not_count_yet():
    today = date(2026, 11, 23)
    talks = [date(2026, 9, 1), date(2026, 11, 30)]
    assert MONTHLY.due_on(talks, today, since=today) == date(2026, 10, 1)
    assert MONTHLY.due_on(talks, date(2026, 11, 30), since=today) == date(2026, 12, 30)


def test_cadence_validation_and_storage():
    assert TalkCadence(weeks=2).step.days == 14
    assert TalkCadence.from_dict(TalkCadence(2, 1).to_dict()) == TalkCadence(2, 1)
    for bad in ({"months": 0, "weeks": 0}, {"months": -1}, {"months": "x"}):
        with pytest.raises(ValidationError):
            TalkCadence.from_dict(bad)


@given(
    st.lists(st.dates(date(2000, 1, 1), date(2040, 1, 1)), max_size=5),
    st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    st.integers(0, 6),
    st.integers(0, 4),
    st.integers(1, 400),
)
def test_future_talks_never_count(talks, today, months, weeks, ahead):
    cadence = TalkCadence(months or (0 if weeks else 1), weeks)
    since = date(2000, 1, 1)
    with_future = [*talks, today + timedelta(days=ahead)]
    assert cadence.due_on(with_future, today, since) == cadence.due_on(talks, today, since)
    held = [t for t in talks if t <= today]
    if held:
        assert cadence.due_on(talks, today, since) > max(held)
        assert cadence.overdue(talks, today, since) == (today > max(held) + cadence.step)
