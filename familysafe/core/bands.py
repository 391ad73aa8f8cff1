"""Age bands from a birth month.

A child moves to the next band on the first day of their birth month, or on their birthday when
the day is known. A child born on 29 February has their birthday on 28 February in other years.
A child who is 18 or older, and every adult, is in the ``18+`` band.
"""

from __future__ import annotations

import enum
from datetime import date

from dateutil.relativedelta import relativedelta

from familysafe.core.records import record


class Band(enum.Enum):
    """The ages at which advice and app age limits change (see CONTENT.md)."""

    UNDER_5 = "0-4"
    AGE_5_7 = "5-7"
    AGE_8_10 = "8-10"
    AGE_11_12 = "11-12"
    AGE_13_15 = "13-15"
    AGE_16_17 = "16-17"
    ADULT = "18+"

    @property
    def lowest_age(self) -> int:
        return int(self.value.split("-")[0].rstrip("+"))

    @classmethod
    def for_age(cls, years: int) -> Band:
        for band in reversed(BANDS):
            if years >= band.lowest_age:
                return band
        return cls.UNDER_5

    @classmethod
    def parse(cls, text: str) -> Band:
        """The band named ``text`` (``"8-10"``); ValueError for anything else."""
        try:
            return cls(text.strip())
        except ValueError:
            names = ", ".join(b.value for b in BANDS)
            raise ValueError(f"unknown age band {text!r}: use one of {names}") from None


BANDS: tuple[Band, ...] = tuple(Band)
CHILD_BANDS: tuple[Band, ...] = BANDS[:-1]


@record(order=True)
class BirthMonth:
    """When a child was born: year and month, and the day only if the parent chose to give it."""

    year: int
    month: int
    day: int | None = None

    def __post_init__(self) -> None:
        # Raises ValueError for an impossible month or day (e.g. 2021-02-30).
        date(self.year, self.month, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> BirthMonth:
        """``YYYY-MM`` or ``YYYY-MM-DD``; ValueError with a plain message otherwise."""
        parts = text.strip().split("-")
        if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError(f"{text!r} is not a birth month: use YYYY-MM or YYYY-MM-DD")
        numbers = [int(p) for p in parts]
        try:
            return cls(*numbers)
        except ValueError:
            raise ValueError(f"{text!r} is not a real date") from None

    def __str__(self) -> str:
        text = f"{self.year:04d}-{self.month:02d}"
        return f"{text}-{self.day:02d}" if self.day else text

    @property
    def first_day(self) -> date:
        """The earliest day the child can have been born: the day, or the 1st of the month."""
        return date(self.year, self.month, self.day or 1)

    def birthday_in(self, year: int) -> date:
        """The day the child turns a year older in ``year`` (28 Feb for a leap-day birthday)."""
        return self.first_day + relativedelta(years=year - self.year)

    def age_on(self, on: date) -> int:
        """Whole years on ``on``; 0 before the birth month."""
        if on < self.first_day:
            return 0
        years = on.year - self.year
        if on < self.birthday_in(on.year):
            years -= 1
        return years

    def band_on(self, on: date) -> Band:
        return Band.for_age(self.age_on(on))

    def next_band_change(self, on: date) -> tuple[date, Band] | None:
        """When the child next moves band after ``on``, and into which; None once 18+."""
        current = self.band_on(on)
        if current is Band.ADULT:
            return None
        following = BANDS[BANDS.index(current) + 1]
        return self.birthday_in(self.year + following.lowest_age), following

    def band_started_on(self, on: date) -> date:
        """The day the child moved into the band they are in on ``on``."""
        band = self.band_on(on)
        return max(self.first_day, self.birthday_in(self.year + band.lowest_age))
