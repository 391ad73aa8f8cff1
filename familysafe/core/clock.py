"""Where "now" comes from. Services take a clock, so tests and ``--today`` can fix the date."""

from __future__ import annotations

from datetime import date, datetime, time

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from typing import Protocol
else:
    Protocol = object


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The computer's clock, in local time (aware)."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock that says what it is told: for tests and for ``--today``. ``at`` may be changed
    (a test moves the day on)."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __repr__(self) -> str:
        return f"FixedClock(at={self.at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FixedClock) or other.__class__ is not self.__class__:
            return NotImplemented
        return self.at == other.at

    __hash__ = None  # type: ignore[assignment]  # it changes: as a dataclass, no hash

    @classmethod
    def on(cls, day: date, at: time = time(9, 0)) -> FixedClock:
        return cls(datetime.combine(day, at).astimezone())

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()
