"""Exporting the family's calendar: what goes in, on which day, and what never does."""

from __future__ import annotations

import stat
from datetime import date, datetime, time, timedelta
from itertools import islice

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from familysafe.core.bands import BirthMonth
from familysafe.core.errors import FamilySafeError, ValidationError
from familysafe.core.household import Role
from familysafe.core.schedule import CheckInSchedule, Frequency, utc
from familysafe.services import open_services
from familysafe.services.calendar import SEQUENCE, CalendarService

TODAY = date(2026, 11, 23)  # the day of the ``clock`` fixture


def describe(item):
    return f"{item.kind} {getattr(item, 'name', '')}".strip()


def leaky(item):
    """Words as careless as possible: everything the item carries."""
    return f"{getattr(item, 'text', '')} {item!r}"


@pytest.fixture
def family(services):
    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    services.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    services.planner.set_schedule(CheckInSchedule(zone="Europe/London"))
    return services


def export(services, path, describe=describe, **kw) -> Calendar:
    services.calendar.export_ics(path, describe, **kw)
    return Calendar.from_ical(path.read_bytes())


def by_uid(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]).split(".")[0]: e for e in cal.events}


def check_in(cal: Calendar):
    (event,) = [e for e in cal.events if "RRULE" in e]
    return event


SCHEDULES = {
    "weekly": (
        CheckInSchedule(zone="Europe/London"),
        {"FREQ": ["WEEKLY"], "BYDAY": ["SU"]},
    ),
    "fortnightly": (
        CheckInSchedule(
            Frequency.FORTNIGHTLY,
            weekday=2,
            at=time(19, 15),
            anchor=date(2026, 1, 7),
            zone="America/New_York",
        ),
        {"FREQ": ["WEEKLY"], "INTERVAL": [2], "BYDAY": ["WE"]},
    ),
    "monthly first Saturday": (
        CheckInSchedule(Frequency.MONTHLY, weekday=5, at=time(10, 30), nth=1, zone="Europe/London"),
        {"FREQ": ["MONTHLY"], "BYDAY": ["1SA"]},
    ),
}


@pytest.mark.parametrize("name", SCHEDULES)
def test_the_check_in_repeats_exactly_as_the_schedule_does(family, tmp_path, name):
    schedule, expected_rule = SCHEDULES[name]
    family.planner.set_schedule(schedule)
    event = check_in(export(family, tmp_path / "family.ics"))

    assert event["DTSTART"].params["TZID"] == schedule.zone
    start = event.start
    assert start.date() == schedule.next_date_on_or_after(TODAY)
    assert start.time() == schedule.at
    assert event.end - start == timedelta(minutes=30)
    rule = event["RRULE"]
    assert {k: rule[k] for k in expected_rule} == expected_rule
    if "INTERVAL" not in expected_rule:
        assert "INTERVAL" not in rule

    # A calendar app expanding the rule finds the check-ins FamilySafe itself would remind of,
    # through the clock changes of the next year and a half.
    ours = list(islice(rrulestr(rule.to_ical().decode(), dtstart=start), 40))
    theirs = schedule.occurrences_between(start - timedelta(minutes=1), ours[-1])
    assert [utc(m) for m in ours] == [utc(m) for m in theirs]


def test_the_computers_zone_when_the_schedule_has_none(family, tmp_path):
    family.planner.set_schedule(CheckInSchedule())
    calendar = CalendarService(
        family.db,
        family.clock,
        family.household,
        family.planner,
        family.settings,
        local_zone=lambda: "America/New_York",
    )
    calendar.export_ics(tmp_path / "family.ics", describe)
    cal = Calendar.from_ical((tmp_path / "family.ics").read_bytes())
    assert check_in(cal)["DTSTART"].params["TZID"] == "America/New_York"
    assert [tz.tz_name for tz in cal.timezones] == ["America/New_York"]


def test_floating_time_when_no_zone_is_known(family, tmp_path):
    family.planner.set_schedule(CheckInSchedule())
    calendar = CalendarService(
        family.db, family.clock, family.household, family.planner, family.settings, lambda: None
    )
    calendar.export_ics(tmp_path / "family.ics", describe)
    cal = Calendar.from_ical((tmp_path / "family.ics").read_bytes())
    start = check_in(cal).start
    assert start == datetime(2026, 11, 29, 18, 0) and start.tzinfo is None
    assert cal.timezones == []


def test_one_event_per_entry_of_the_today_page_overdue_on_today(family, tmp_path):
    planner = family.planner
    planner.log_talk(
        [family.household.get("Arun").id],
        ["safe-to-tell"],
        date(2026, 11, 1),
        follow_ups=[("Look at the friend list together", date(2026, 11, 30))],
    )
    planner.add_apps(
        family.household.get("Lucia").id, ["instagram"]
    )  # the app's settings are one event
    item = planner.checklist(family.household.get("Lucia").id)[0].item_id
    planner.mark(
        family.household.get("Lucia").id, "instagram", item, on=date(2026, 3, 1)
    )  # re-check overdue since Sept

    events = by_uid(export(family, tmp_path / "family.ics"))
    arun, lucia = (family.household.get(n).id for n in ("Arun", "Lucia"))
    follow_up = next(k for k in events if k.startswith("follow-up:"))
    assert set(events) == {
        "check-in",
        f"talk:{arun}",
        f"talk:{lucia}",
        f"settings:{lucia}:instagram",
        follow_up,
    }
    shown = {e.key for e in planner.due(31)} | {"check-in"}
    assert set(events) == {k if not k.startswith("check-in:") else "check-in" for k in shown}
    day = {k: e.start for k, e in events.items()}
    assert day[f"talk:{arun}"] == date(2026, 12, 1)  # a month after the last talk
    assert day[f"talk:{lucia}"] == TODAY  # never talked with: due from today
    assert day[f"settings:{lucia}:instagram"] == TODAY  # overdue: today
    assert day[follow_up] == date(2026, 11, 30)
    assert events[f"talk:{arun}"]["SUMMARY"] == "talk Arun"
    assert events["check-in"]["SUMMARY"] == "check-in"
    for key, event in events.items():
        (alarm,) = event.walk("VALARM")
        assert alarm["ACTION"] == "DISPLAY"
        if key != "check-in":
            assert alarm["TRIGGER"].dt == timedelta(hours=9)
            assert event.end - event.start == timedelta(days=1)


def test_talk_notes_never_reach_the_file_even_with_careless_words(family, tmp_path):
    family.planner.log_talk(
        [family.household.get("Arun").id],
        ["safe-to-tell"],
        date(2026, 11, 20),
        notes="SECRET-NOTE about the bus",
        how_it_went="SECRET-HOW he cried",
        follow_ups=[("Ask about the new game", date(2026, 11, 25))],
    )
    path = tmp_path / "family.ics"
    family.calendar.export_ics(path, leaky)
    data = path.read_bytes()
    assert b"SECRET" not in data
    assert b"Ask about the new game" in data  # the follow-up is the reminder itself


def test_uids_are_unique_and_stable_and_each_export_is_newer(family, tmp_path):
    first = export(family, tmp_path / "one.ics")
    second = export(family, tmp_path / "two.ics")
    uids = [str(e["UID"]) for e in first.events]
    assert len(uids) == len(set(uids)) == 3
    assert all(u.endswith("@familysafe") for u in uids)
    assert uids == [str(e["UID"]) for e in second.events]
    assert {e["SEQUENCE"] for e in first.events} == {1}
    assert {e["SEQUENCE"] for e in second.events} == {2}
    assert all("DTSTAMP" in e for e in second.events)
    assert first["PRODID"].startswith("-//FamilySafe//FamilySafe ")


def test_a_talk_moves_its_event_instead_of_adding_one(family, tmp_path):
    lucia = family.household.get("Lucia").id
    before = by_uid(export(family, tmp_path / "family.ics"))[f"talk:{lucia}"]
    family.planner.log_talk([family.household.get("Lucia").id], ["safe-to-tell"])
    after = by_uid(export(family, tmp_path / "family.ics"))[f"talk:{lucia}"]
    assert after["UID"] == before["UID"]
    assert (before.start, after.start) == (TODAY, date(2026, 12, 23))


def test_two_households_never_share_a_uid(family, tmp_path, clock):
    with open_services(tmp_path / "other", clock) as other:
        other.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
        theirs = {str(e["UID"]) for e in export(other, tmp_path / "theirs.ics").events}
    ours = {str(e["UID"]) for e in export(family, tmp_path / "ours.ics").events}
    assert not ours & theirs


def test_written_for_the_owner_only(family, tmp_path):
    path = tmp_path / "family.ics"
    family.calendar.export_ics(path, describe)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_nothing_to_export_without_children(services, tmp_path):
    with pytest.raises(ValidationError) as caught:
        services.calendar.export_ics(tmp_path / "family.ics", describe)
    assert caught.value.code == "calendar-empty"
    assert not (tmp_path / "family.ics").exists()
    assert services.settings.get(SEQUENCE) is None


def test_a_missing_folder_is_a_coded_error(family, tmp_path):
    with pytest.raises(FamilySafeError) as caught:
        family.calendar.export_ics(tmp_path / "nope" / "family.ics", describe)
    assert caught.value.code == "export-folder-missing"
    assert not (tmp_path / "nope").exists()


def test_an_unwritable_target_keeps_nothing_partial(family, tmp_path):
    folder = tmp_path / "out"
    (folder / "family.ics").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(FamilySafeError) as caught:
        family.calendar.export_ics(folder / "family.ics", describe)
    assert caught.value.code == "export-failed" and caught.value.values["reason"]
    assert [p.name for p in folder.iterdir()] == ["family.ics"]
    assert family.settings.get(SEQUENCE) is None  # a failed export is not counted


def test_the_agreement_review_is_in_the_calendar(family, tmp_path):
    agreement = family.agreement
    agreement.add_line(agreement.sections()[0].id, text="We talk about it")
    agreement.agree(
        [family.household.get("Arun").id], on=date(2026, 11, 1), review_on=date(2026, 12, 10)
    )
    events = by_uid(export(family, tmp_path / "family.ics", within=31))
    assert events["agreement-review:1"].start == date(2026, 12, 10)
