from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from familysafe.core.bands import BirthMonth
from familysafe.core.errors import ValidationError
from familysafe.core.household import Role

LONDON = ZoneInfo("Europe/London")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


@pytest.fixture
def family(services):
    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))  # a first talk is due today
    return services


def test_defaults_and_choices_persist(services, data_dir, clock):
    reminders = services.reminders
    assert (reminders.enabled, reminders.show_names, reminders.daily_at) == (True, True, time(19))
    reminders.set_enabled(False)
    reminders.set_show_names(False)
    reminders.set_daily_at(time(7, 30, 15))
    from familysafe.services import open_services

    with open_services(data_dir, clock) as again:
        assert again.reminders.enabled is False and again.reminders.show_names is False
        assert again.reminders.daily_at == time(7, 30)
    with pytest.raises(ValidationError):
        reminders.set_daily_at(time(7, tzinfo=LONDON))


def test_one_summary_a_day_at_the_chosen_time(family):
    reminders = family.reminders
    assert reminders.check(at(23, 18, 59), LONDON).notifications == ()
    first = reminders.check(at(23, 19, 0), LONDON)
    assert [n.kind for n in first.notifications] == ["summary"]
    assert {i.kind for i in first.notifications[0].items} >= {"talk"}
    assert reminders.check(at(23, 21, 0), LONDON).notifications == ()  # remembered
    assert first.wake_at is not None


def test_the_check_in_notifies_when_its_time_comes(family):
    sunday = family.reminders.check(at(29, 18, 1), LONDON)
    assert "check-in" in [n.kind for n in sunday.notifications]


def test_turned_off_shows_nothing_and_remembers_nothing(family):
    family.reminders.set_enabled(False)
    decision = family.reminders.check(at(23, 19, 5), LONDON)
    assert decision.notifications == () and decision.wake_at is None
    family.reminders.set_enabled(True)
    assert family.reminders.check(at(23, 19, 5), LONDON).notifications  # still to come


def test_snoozed_items_stay_out_of_the_summary(family):
    for item in family.planner.due(0):
        if item.kind != "check-in":
            family.planner.snooze(item.key, 1)
    assert family.reminders.check(at(23, 19, 5), LONDON).notifications == ()


def test_no_children_no_reminders(services):
    assert services.reminders.check(at(29, 18, 1), LONDON).notifications == ()
