"""What FamilySafe accepts as the family's words and dates (core/input_rules.py), and that the
services apply it, so the window refuses what the command line refuses."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familysafe.core.bands import BirthMonth
from familysafe.core.errors import ValidationError
from familysafe.core.household import Role, clean_name
from familysafe.core.input_rules import (
    FOLLOW_UP_MAX,
    NOTES_MAX,
    check_follow_up_date,
    check_talk_date,
    clean_line,
    clean_text,
)

TODAY = date(2026, 11, 23)
INVISIBLE = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"]
INVISIBLE += ["\u2069", "\ufeff", "\u200b", "\u200d", "\u00ad", "\ue000", "\U000f0000"]
CONTROL = ["\x00", "\x07", "\x1b", "\x7f", "\x9b", "\r", "\n", "\t", "\u2028", "\udcff"]


@pytest.mark.parametrize("bad", INVISIBLE + CONTROL)
def test_names_refuse_control_and_invisible_characters(bad):
    with pytest.raises(ValidationError) as error:
        clean_name(f"Ar{bad}un")
    assert error.value.code in ("name-control", "text-not-unicode")


@pytest.mark.parametrize(
    "name", ["Zoë", "José María", "Nguyễn", "محمد", "אביגיל", "李小龍", "O'Neil"]
)
def test_names_in_every_script_are_welcome(name):
    assert clean_name(name) == name
    assert clean_name(f" {name}\n") == name  # pasted with a line break: trimmed, not refused


@pytest.mark.parametrize("bad", ["\x1b[31m", "\x00", "\x07", "\u202e", "\u2066", "\ufeff", "\x9b"])
def test_notes_refuse_control_characters_but_keep_new_lines(bad):
    assert (
        clean_text("First line\r\nSecond\tline\n", "notes", NOTES_MAX) == "First line\nSecond\tline"
    )
    with pytest.raises(ValidationError) as error:
        clean_text(f"We talked{bad}", "notes", NOTES_MAX)
    assert error.value.code == "text-control" and error.value.field == "notes"


def test_one_line_text_refuses_line_breaks_and_long_text():
    assert clean_line("  Ask   about it  ", "follow_up", FOLLOW_UP_MAX) == "Ask about it"
    with pytest.raises(ValidationError):
        clean_line("two\nlines", "follow_up", FOLLOW_UP_MAX)
    with pytest.raises(ValidationError) as error:
        clean_line("x" * (FOLLOW_UP_MAX + 1), "follow_up", FOLLOW_UP_MAX)
    assert error.value.code == "text-too-long" and error.value.values["limit"] == FOLLOW_UP_MAX


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))))
def test_ordinary_text_is_kept(text):
    text = text.replace("\u202a", "")
    for ch in INVISIBLE[:10]:
        text = text.replace(ch, "")
    kept = clean_text(text, "notes", 10**6)
    assert kept == kept.strip()


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_talk_dates_are_between_1900_and_today(day):
    if date(1900, 1, 1) <= day <= TODAY:
        assert check_talk_date(day, TODAY) == day
    else:
        with pytest.raises(ValidationError):
            check_talk_date(day, TODAY)


def test_follow_ups_are_due_within_three_years():
    assert check_follow_up_date(date(2029, 11, 23), TODAY)
    with pytest.raises(ValidationError) as error:
        check_follow_up_date(date(2029, 11, 24), TODAY)
    assert error.value.code == "follow-up-too-far"
    assert check_follow_up_date(date(2031, 2, 28), date(2028, 2, 29))


def test_the_services_apply_the_rules(services):
    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    planner = services.planner
    for kwargs in (
        {"notes": "x" * (NOTES_MAX + 1)},
        {"notes": "look \x1b[2J"},
        {"how_it_went": "\u202eoops"},
        {"on": date(2026, 11, 24)},  # tomorrow
        {"on": date(1899, 12, 31)},
        {"follow_ups": [("Ask again", date(2035, 1, 1))]},
        {"follow_ups": [("Ask\nagain", date(2026, 12, 1))]},
    ):
        with pytest.raises(ValidationError):
            planner.log_talk([services.household.get("Arun").id], ["strangers-in-games"], **kwargs)
    assert planner.history() == []  # nothing half-saved
    talk = planner.log_talk(
        [services.household.get("Arun").id], ["strangers-in-games"], notes="Went well.\nAsk again."
    )
    with pytest.raises(ValidationError):
        planner.edit_talk(
            talk, [services.household.get("Arun").id], ["strangers-in-games"], TODAY, notes="\x00"
        )
    assert planner.talk(talk).notes == "Went well.\nAsk again."
    for setter in (services.settings.set_family_name, services.settings.set_contact_line):
        with pytest.raises(ValidationError):
            setter("The \u202eOkafor family")
    with pytest.raises(ValidationError):
        services.household.rename(services.household.get("Arun").id, "Ar\u200bun")
    with pytest.raises(ValidationError):
        services.agreement.add_line(services.agreement.sections()[0].id, text="Be kind\u2066")
