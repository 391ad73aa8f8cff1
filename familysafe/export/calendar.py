"""Calendar files (iCalendar, RFC 5545) from events the calendar service has already worded.

The file is for importing into the family's calendar app, so it is built for re-importing: every
event keeps its UID from one export to the next and carries a higher SEQUENCE each time, so the
app updates the events it already has instead of adding copies. Every event is ``CLASS:PRIVATE``
(it names a child) and has one display alarm. ``icalendar`` is imported only when a file is made.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from familysafe.core.records import record
from familysafe.files import atomic_write

DEFAULT_WITHIN = 31  # a month ahead: every child's next talk on the default monthly cadence

TIMEZONE_YEARS = 20  # how far ahead the VTIMEZONE spells out the clock changes


@record
class CalendarEvent:
    """One event. ``start`` is a ``date`` for an all-day event; a ``datetime`` is written with its
    zone's TZID when it has a ``zoneinfo`` zone, or as floating local time when naive.
    ``alarm`` is when the reminder shows, relative to the start (``9h`` on an all-day event is
    09:00 that day). ``rrule`` is an RFC 5545 RRULE value for a repeating event."""

    uid: str
    summary: str
    start: date | datetime
    duration: timedelta
    alarm: timedelta
    rrule: str | None = None
    busy: bool = False


@record
class CalendarDocument:
    """A whole calendar. ``stamp`` (UTC) is every event's DTSTAMP."""

    prodid: str
    uid: str
    name: str
    stamp: datetime
    sequence: int
    events: tuple[CalendarEvent, ...]


def to_ical(document: CalendarDocument) -> bytes:
    from icalendar import Alarm, Calendar, Event, vRecur

    calendar = Calendar.new(prodid=document.prodid, uid=document.uid, name=document.name)
    calendar.add("method", "PUBLISH")
    for item in document.events:
        event = Event.new(
            uid=item.uid,
            stamp=document.stamp,
            summary=item.summary,
            start=item.start,
            end=item.start + item.duration,
            sequence=document.sequence,
        )
        event.add("class", "PRIVATE")
        event.add("transp", "OPAQUE" if item.busy else "TRANSPARENT")
        if item.rrule:
            event.add("rrule", vRecur.from_ical(item.rrule))
        alarm = Alarm.new(description=item.summary)
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", item.alarm)
        event.add_component(alarm)
        calendar.add_component(event)
    zoned = [
        e.start.date()
        for e in document.events
        if isinstance(e.start, datetime) and e.start.tzinfo is not None
    ]
    if zoned:
        first = min(zoned)
        calendar.add_missing_timezones(
            first_date=first.replace(month=1, day=1),
            last_date=date(first.year + TIMEZONE_YEARS, 1, 1),
        )
    return calendar.to_ical()


def write_ics(path: Path, document: CalendarDocument) -> None:
    """Write ``document`` to ``path`` atomically, readable by its owner only. On OSError no
    partial file is left and a file already at ``path`` is kept as it was."""
    atomic_write(path, to_ical(document))
