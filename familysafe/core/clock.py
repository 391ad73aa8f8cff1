"""Where "now" comes from. Services take a clock, so tests and ``--today`` can fix the date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The computer's clock, in local time (aware)."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock:
    """A clock that says what it is told: for tests and for ``--today``."""

    at: datetime

    @classmethod
    def on(cls, day: date, at: time = time(9, 0)) -> FixedClock:
        return cls(datetime.combine(day, at).astimezone())

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()
