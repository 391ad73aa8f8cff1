from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familysafe.core.bands import BANDS, Band, BirthMonth


@pytest.mark.parametrize(
    ("born", "on", "band"),
    [
        ("2022-06", date(2026, 11, 23), Band.UNDER_5),
        ("2021-11", date(2026, 10, 31), Band.UNDER_5),  # the day before their birth month
        ("2021-11", date(2026, 11, 1), Band.AGE_5_7),  # moves on the 1st of the birth month
        ("2021-11-20", date(2026, 11, 19), Band.UNDER_5),  # day known: moves on the birthday
        ("2021-11-20", date(2026, 11, 20), Band.AGE_5_7),
        ("2016-01", date(2026, 1, 1), Band.AGE_8_10),
        ("2015-12", date(2026, 11, 30), Band.AGE_8_10),
        ("2015-12", date(2026, 12, 1), Band.AGE_11_12),
        ("2013-12", date(2026, 12, 1), Band.AGE_13_15),
        ("2010-05", date(2026, 5, 1), Band.AGE_16_17),
        ("2008-05", date(2026, 4, 30), Band.AGE_16_17),
        ("2008-05", date(2026, 5, 1), Band.ADULT),  # over 17 is treated as 18+
        ("2001-01", date(2026, 5, 1), Band.ADULT),
    ],
)
def test_band_on_date(born, on, band):
    assert BirthMonth.parse(born).band_on(on) is band


def test_leap_day_birthday_is_28_february_in_other_years():
    born = BirthMonth.parse("2016-02-29")
    assert born.age_on(date(2021, 2, 27)) == 4
    assert born.age_on(date(2021, 2, 28)) == 5
    assert born.band_on(date(2021, 2, 28)) is Band.AGE_5_7
    assert born.age_on(date(2024, 2, 28)) == 7
    assert born.age_on(date(2024, 2, 29)) == 8  # a leap year: the real birthday


def test_month_end_birthday():
    born = BirthMonth.parse("2018-01-31")
    assert born.age_on(date(2026, 1, 30)) == 7
    assert born.age_on(date(2026, 1, 31)) == 8


def test_before_birth_is_age_zero():
    born = BirthMonth.parse("2026-09")
    assert born.age_on(date(2026, 1, 1)) == 0
    assert born.band_on(date(2026, 1, 1)) is Band.UNDER_5


@pytest.mark.parametrize("text", ["2020", "2020-13", "2021-02-29", "20-01", "2020-1-x", "", "x"])
def test_parse_rejects_what_is_not_a_birth_month(text):
    with pytest.raises(ValueError):
        BirthMonth.parse(text)


def test_parse_and_str_round_trip():
    assert str(BirthMonth.parse("2019-03")) == "2019-03"
    assert str(BirthMonth.parse(" 2019-03-07 ")) == "2019-03-07"


def test_next_band_change():
    born = BirthMonth.parse("2018-04")
    assert born.next_band_change(date(2026, 1, 1)) == (date(2026, 4, 1), Band.AGE_8_10)
    assert BirthMonth.parse("2000-01").next_band_change(date(2026, 1, 1)) is None


def test_band_parse():
    assert Band.parse("8-10") is Band.AGE_8_10
    with pytest.raises(ValueError, match="unknown age band"):
        Band.parse("9-11")


birth_months = st.builds(
    lambda d, with_day: BirthMonth(d.year, d.month, d.day if with_day else None),
    st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    st.booleans(),
)
days = st.dates(date(1990, 1, 1), date(2060, 12, 31))


@given(birth_months, days, days)
def test_age_and_band_never_go_backwards(born, a, b):
    early, late = min(a, b), max(a, b)
    assert born.age_on(early) <= born.age_on(late)
    assert BANDS.index(born.band_on(early)) <= BANDS.index(born.band_on(late))


@given(birth_months, days)
def test_band_matches_whole_years(born, on):
    age = born.age_on(on)
    band = born.band_on(on)
    assert band.lowest_age <= max(age, 0)
    assert band is Band.for_age(age)
    if on >= born.first_day:
        # Whole years: the last birthday is on or before today, the next one after it.
        assert born.birthday_in(born.year + age) <= on < born.birthday_in(born.year + age + 1)


@given(birth_months, days)
def test_band_change_happens_exactly_on_the_predicted_day(born, on):
    change = born.next_band_change(on)
    if change is None:
        assert born.band_on(on) is Band.ADULT
        return
    day, band = change
    assert day > on
    assert born.band_on(day) is band
    assert born.band_on(day.fromordinal(day.toordinal() - 1)) is not band
    assert born.band_started_on(day) == day
