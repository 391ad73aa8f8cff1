"""Which backups to keep: a bounded rotation, decided from their dates alone.

- every day of the last 14 days: the newest backup of that day;
- from 14 days to 13 weeks old: the newest of each week (Monday to Sunday);
- from 13 weeks to a year old: the newest of each month;
- older than a year: none;
- and always the 3 newest, whatever their dates (so moving the clock far ahead with ``--today``
  never leaves the family without a backup), and any dated after today.

That is at most 14 + 12 + 10 + 3 = 39 files.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

DAILY_DAYS = 14
WEEKLY_DAYS = 91
MONTHLY_DAYS = 365
ALWAYS_NEWEST = 3


def _bucket(made: datetime, today: date) -> tuple[object, ...] | None:
    age = (today - made.date()).days
    if age < DAILY_DAYS:
        return ("day", made.date())
    if age < WEEKLY_DAYS:
        year, week, _ = made.isocalendar()
        return ("week", year, week)
    if age < MONTHLY_DAYS:
        return ("month", made.year, made.month)
    return None


def to_keep(made: Sequence[datetime], today: date) -> set[int]:
    """The indexes in ``made`` (when each backup was made) of the backups to keep."""
    order = sorted(range(len(made)), key=lambda i: made[i], reverse=True)
    keep = set(order[:ALWAYS_NEWEST])
    seen: set[tuple[object, ...]] = set()
    for i in order:
        if made[i].date() > today:
            keep.add(i)
            continue
        bucket = _bucket(made[i], today)
        if bucket is not None and bucket not in seen:
            seen.add(bucket)
            keep.add(i)
    return keep
