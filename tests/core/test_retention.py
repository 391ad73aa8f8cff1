from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from familysafe.core import retention

TODAY = date(2026, 11, 23)


def at(days_ago: int, hour: int = 9) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(
        hour=hour
    )


def kept(made: list[datetime]) -> list[datetime]:
    return sorted(made[i] for i in retention.to_keep(made, TODAY))


def test_one_backup_a_day_for_two_weeks_then_weekly_then_monthly_then_none():
    made = [at(days) for days in range(0, 500)]
    result = kept(made)
    ages = sorted((TODAY - m.date()).days for m in result)
    assert ages[:14] == list(range(14))  # every day of the last two weeks
    weekly = [a for a in ages if 14 <= a < 91]
    assert 10 <= len(weekly) <= 12
    monthly = [a for a in ages if 91 <= a < 365]
    assert 8 <= len(monthly) <= 10
    assert max(ages) < 365


def test_the_newest_of_a_day_is_the_one_kept():
    made = [at(3, 8), at(3, 10), at(3, 9), at(0), at(1), at(2)]
    assert at(3, 10) in kept(made)
    assert at(3, 8) not in kept(made) and at(3, 9) not in kept(made)


def test_the_three_newest_stay_even_when_the_clock_jumps_years_ahead():
    made = [at(days) for days in range(0, 30)]
    far = TODAY + timedelta(days=3000)
    keep = retention.to_keep(made, far)
    assert sorted(keep) == [0, 1, 2]


def test_backups_dated_after_today_are_kept():
    made = [at(-5), at(-6), at(-7), at(-8), at(0)]
    assert len(retention.to_keep(made, TODAY)) == 5


@given(st.lists(st.integers(min_value=0, max_value=2000), max_size=300))
def test_the_rotation_is_bounded_and_keeps_the_newest(ages):
    made = [at(a) for a in ages]
    keep = retention.to_keep(made, TODAY)
    assert len(keep) <= 14 + 12 + 10 + retention.ALWAYS_NEWEST
    if made:
        assert made.index(max(made)) in keep or max(made) in [made[i] for i in keep]
