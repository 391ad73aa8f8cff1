"""When the family checks in, and how often each child should have a talk.

The check-in is a recurrence in local wall-clock time ("Sundays at 18:00"), so it is built on
dateutil's ``rrule`` over naive wall times and only then placed in a time zone: the check-in stays
at 18:00 when the clocks change, rather than drifting to 17:00 or 19:00. A wall time that does not
exist on the day the clocks go forward moves forward with them (02:30 becomes 03:30); a wall time
that happens twice when they go back is the first of the two.

The zone is the schedule's own ``zone`` when set, otherwise the zone of the ``now`` passed in; pass
a zone that knows about daylight saving (``zoneinfo.ZoneInfo`` or ``dateutil.tz.tzlocal()``), not
the fixed offset ``datetime.astimezone()`` gives.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from dateutil import rrule
from dateutil.relativedelta import relativedelta

from familysafe.core.errors import ValidationError
from familysafe.core.records import field, record

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NTHS = (1, 2, 3, 4, -1)  # -1: the last one in the month
DEFAULT_ANCHOR = date(2024, 1, 1)  # a Monday: which weeks "every two weeks" falls in


class Frequency(enum.Enum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


def _bad(code: str, message: str, **values: object) -> ValidationError:
    return ValidationError("schedule", code, message, **values)


def wall_time(day: date, at: time, tz: tzinfo) -> datetime:
    """``day`` at ``at`` in ``tz``; a time skipped by the clocks going forward moves with them."""
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC. Aware datetimes sharing a zone compare and subtract by wall time,
    which is wrong in the hour the clocks go back; comparing in UTC is always right."""
    return moment.astimezone(UTC)


def _aware(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")
    return moment


@record
class CheckInSchedule:
    """The family check-in: weekly, every two weeks or monthly on the ``nth`` weekday.

    ``weekday`` is 0 for Monday to 6 for Sunday. ``anchor`` picks the weeks of a fortnightly
    check-in (it falls in the anchor's week and every second week from it).
    """

    frequency: Frequency = Frequency.WEEKLY
    weekday: int = 6
    at: time = time(18, 0)
    nth: int = 1
    anchor: date = DEFAULT_ANCHOR
    zone: str | None = None
    _tz: tzinfo | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.frequency, Frequency):
            raise _bad("schedule-frequency", "unknown check-in frequency")
        if self.weekday not in range(7):
            raise _bad("schedule-weekday", "the weekday must be 0 (Monday) to 6 (Sunday)")
        if self.nth not in NTHS:
            raise _bad("schedule-nth", "the week of the month must be 1 to 4 or -1 (last)")
        if self.at.tzinfo is not None:
            raise _bad("schedule-time", "the check-in time is a local wall time, without a zone")
        if self.zone is not None:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # only for a schedule with a zone

            try:
                object.__setattr__(self, "_tz", ZoneInfo(self.zone))
            except (ZoneInfoNotFoundError, ValueError):
                raise _bad("schedule-zone", f"unknown time zone {self.zone!r}") from None

    # --- storage ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "frequency": self.frequency.value,
            "weekday": WEEKDAYS[self.weekday],
            "at": self.at.strftime("%H:%M"),
        }
        if self.frequency is Frequency.MONTHLY:
            data["nth"] = self.nth
        if self.frequency is Frequency.FORTNIGHTLY:
            data["anchor"] = self.anchor.isoformat()
        if self.zone is not None:
            data["zone"] = self.zone
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CheckInSchedule:
        """The schedule ``to_dict`` wrote; missing keys take the defaults; ValidationError else."""
        default = cls()
        try:
            frequency = Frequency(data.get("frequency", default.frequency.value))
            raw_day = data.get("weekday", default.weekday)
            weekday = raw_day if isinstance(raw_day, int) else WEEKDAYS.index(str(raw_day).upper())
            at = time.fromisoformat(str(data.get("at", "18:00")))
            nth = int(str(data.get("nth", default.nth)))
            anchor = date.fromisoformat(str(data.get("anchor", default.anchor.isoformat())))
        except (ValueError, TypeError) as error:
            raise _bad("schedule-invalid", f"not a check-in schedule: {error}") from None
        zone = data.get("zone")
        return cls(frequency, weekday, at, nth, anchor, None if zone is None else str(zone))

    def to_rrule_string(self) -> str:
        """The RFC 5545 RRULE value, e.g. ``FREQ=MONTHLY;BYDAY=1SA;BYHOUR=18;BYMINUTE=0``.

        For a calendar, pair it with ``first_occurrence`` as DTSTART (in the same zone).
        """
        day = WEEKDAYS[self.weekday]
        parts = {
            Frequency.WEEKLY: ["FREQ=WEEKLY", f"BYDAY={day}"],
            Frequency.FORTNIGHTLY: ["FREQ=WEEKLY", "INTERVAL=2", "WKST=MO", f"BYDAY={day}"],
            Frequency.MONTHLY: ["FREQ=MONTHLY", f"BYDAY={self.nth}{day}"],
        }[self.frequency]
        parts += [f"BYHOUR={self.at.hour}", f"BYMINUTE={self.at.minute}", "BYSECOND=0"]
        return ";".join(parts)

    # --- occurrences -----------------------------------------------------------------------

    def tz_for(self, moment: datetime) -> tzinfo:
        """The zone the check-in's wall time is in: the schedule's own, else ``moment``'s."""
        tz = self._tz or _aware(moment, "now").tzinfo
        if tz is None:  # pragma: no cover - _aware has checked
            raise ValueError("now must be an aware datetime")
        return tz

    def _rule(self, from_day: date) -> rrule.rrule:
        """A rule over naive wall times whose occurrences from ``from_day`` on are the schedule's.

        Starting near the window keeps iteration short; a fortnightly start moves by whole
        fortnights from the anchor so the weeks stay the same.
        """
        day = rrule.weekday(self.weekday)
        if self.frequency is Frequency.FORTNIGHTLY:
            week_start = self.anchor - timedelta(days=self.anchor.weekday())
            start = week_start + timedelta(days=(from_day - week_start).days // 14 * 14)
            return rrule.rrule(
                rrule.WEEKLY,
                interval=2,
                wkst=rrule.MO,
                byweekday=day,
                dtstart=datetime.combine(start, self.at),
            )
        if self.frequency is Frequency.MONTHLY:
            start = from_day.replace(day=1)
            return rrule.rrule(
                rrule.MONTHLY, byweekday=day(self.nth), dtstart=datetime.combine(start, self.at)
            )
        return rrule.rrule(rrule.WEEKLY, byweekday=day, dtstart=datetime.combine(from_day, self.at))

    def dates_between(self, first: date, last: date) -> list[date]:
        """The wall-clock days with a check-in, from ``first`` to ``last`` inclusive."""
        if last < first:
            return []
        rule = self._rule(first)
        hits = rule.between(
            datetime.combine(first, time.min), datetime.combine(last, time.max), inc=True
        )
        return [d.date() for d in hits]

    def next_date_on_or_after(self, day: date) -> date:
        return self.dates_between(day, day + timedelta(days=62))[0]

    def occurrences_between(self, start: datetime, end: datetime) -> list[datetime]:
        """Check-ins after ``start`` and up to and including ``end``, aware, oldest first."""
        tz = self.tz_for(_aware(start, "start"))
        _aware(end, "end")
        first = start.astimezone(tz).date() - timedelta(days=1)
        last = end.astimezone(tz).date() + timedelta(days=1)
        moments = (wall_time(d, self.at, tz) for d in self.dates_between(first, last))
        return [m for m in moments if utc(start) < utc(m) <= utc(end)]

    def next_after(self, now: datetime) -> datetime:
        """The first check-in strictly after ``now``."""
        found = self.occurrences_between(now, now + timedelta(days=63))
        return found[0]

    def last_at_or_before(self, now: datetime) -> datetime:
        """The latest check-in at or before ``now``."""
        found = self.occurrences_between(now - timedelta(days=63), now)
        return found[-1]

    def first_occurrence(self, tz: tzinfo) -> datetime:
        """The first check-in on or after the anchor, for a calendar's DTSTART."""
        return wall_time(self.next_date_on_or_after(self.anchor), self.at, self._tz or tz)


@record
class TalkCadence:
    """How often each child should have a talk: a child is overdue when the last talk with them
    is more than this long ago. Months are calendar months (31 Jan + 1 month = 28/29 Feb)."""

    months: int = 1
    weeks: int = 0

    def __post_init__(self) -> None:
        if self.months < 0 or self.weeks < 0 or (self.months == 0 and self.weeks == 0):
            raise ValidationError("cadence", "cadence-invalid", "a cadence must be at least a week")

    @property
    def step(self) -> relativedelta:
        return relativedelta(months=self.months, weeks=self.weeks)

    def due_on(self, talk_dates: Iterable[date], today: date, since: date) -> date:
        """When the next talk is due: a cadence after the last talk held by ``today``, or
        ``since`` (e.g. the day the child was added) when there has been none. A talk logged for a
        later day does not count until that day comes."""
        held = [d for d in talk_dates if d <= today]
        return max(held) + self.step if held else since

    def overdue(self, talk_dates: Iterable[date], today: date, since: date) -> bool:
        return today > self.due_on(talk_dates, today, since)

    def to_dict(self) -> dict[str, int]:
        return {"months": self.months, "weeks": self.weeks}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> TalkCadence:
        try:
            return cls(int(str(data.get("months", 0))), int(str(data.get("weeks", 0))))
        except (TypeError, ValueError):
            raise ValidationError("cadence", "cadence-invalid", "not a talk cadence") from None
