"""The iCalendar writer: what a calendar app reads back from the file."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from familysafe.export.calendar import CalendarDocument, CalendarEvent, to_ical, write_ics

LONDON = ZoneInfo("Europe/London")
STAMP = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def document(*events: CalendarEvent, sequence: int = 4) -> CalendarDocument:
    return CalendarDocument(
        prodid="-//FamilySafe//FamilySafe 9.9//EN",
        uid="calendar.abc@familysafe",
        name="FamilySafe",
        stamp=STAMP,
        sequence=sequence,
        events=events,
    )


CHECK_IN = CalendarEvent(
    uid="check-in.abc@familysafe",
    summary="Family check-in",
    start=datetime(2026, 11, 29, 18, 0, tzinfo=LONDON),
    duration=timedelta(minutes=30),
    alarm=-timedelta(minutes=15),
    rrule="FREQ=WEEKLY;BYDAY=SU;BYHOUR=18;BYMINUTE=0;BYSECOND=0",
    busy=True,
)
TALK = CalendarEvent(
    uid="talk:1.abc@familysafe",
    summary="Talk with Arun",
    start=date(2026, 11, 23),
    duration=timedelta(days=1),
    alarm=timedelta(hours=9),
)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_calendar_header():
    cal = parse(to_ical(document(TALK)))
    assert cal["PRODID"] == "-//FamilySafe//FamilySafe 9.9//EN"
    assert cal["VERSION"] == "2.0"
    assert cal["METHOD"] == "PUBLISH"


def test_a_repeating_timed_event_with_its_zone():
    cal = parse(to_ical(document(CHECK_IN)))
    (event,) = cal.events
    assert event["UID"] == "check-in.abc@familysafe"
    assert event["SUMMARY"] == "Family check-in"
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.start == datetime(2026, 11, 29, 18, 0, tzinfo=LONDON)
    assert event.end - event.start == timedelta(minutes=30)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["SU"] and rule["BYHOUR"] == [18]
    assert event["DTSTAMP"].dt == STAMP and event["SEQUENCE"] == 4
    assert event["CLASS"] == "PRIVATE" and event["TRANSP"] == "OPAQUE"
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and alarm["DESCRIPTION"] == "Family check-in"
    assert alarm["TRIGGER"].dt == -timedelta(minutes=15)
    assert [tz.tz_name for tz in cal.timezones] == ["Europe/London"]
    assert not cal.get_missing_tzids()


def test_an_all_day_event_with_a_morning_alarm():
    cal = parse(to_ical(document(TALK)))
    (event,) = cal.events
    assert event.start == date(2026, 11, 23) and not isinstance(event.start, datetime)
    assert event.end == date(2026, 11, 24)
    assert "RRULE" not in event and event["TRANSP"] == "TRANSPARENT"
    (alarm,) = event.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(hours=9)
    assert cal.timezones == []


def test_a_naive_start_is_floating_local_time():
    floating = CalendarEvent(
        uid="x@familysafe",
        summary="Family check-in",
        start=datetime(2026, 11, 29, 18, 0),
        duration=timedelta(minutes=30),
        alarm=-timedelta(minutes=15),
    )
    data = to_ical(document(floating))
    assert b"DTSTART:20261129T180000\r\n" in data
    assert parse(data).timezones == []


def test_written_privately_and_atomically(tmp_path):
    path = tmp_path / "family.ics"
    write_ics(path, document(CHECK_IN, TALK))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [e["UID"] for e in parse(path.read_bytes()).events] == [CHECK_IN.uid, TALK.uid]


def test_a_missing_folder_leaves_nothing(tmp_path):
    with pytest.raises(OSError):
        write_ics(tmp_path / "nope" / "family.ics", document(TALK))
    assert list(tmp_path.iterdir()) == []


def test_icalendar_loads_only_when_a_file_is_made():
    import subprocess
    import sys

    code = (
        "import sys, familysafe.export.calendar\n"
        "print(any(m.split('.')[0] == 'icalendar' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
