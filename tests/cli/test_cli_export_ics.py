"""``familysafe export ics PATH``: a calendar file in words, or a one-line reason and no file."""

from __future__ import annotations

import stat

import pytest
from icalendar import Calendar


@pytest.fixture
def family(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    cli("member", "add", "Priya", "--adult")
    return cli


def test_export_writes_a_calendar_in_words(family, tmp_path):
    family(
        "talk", "Arun", "--topic", "safe-to-tell", "--on", "2026-11-01",
        "--note", "SECRET-NOTE", "--how", "SECRET-HOW",
        "--follow-up", "Turn off chat together", "--by", "2026-11-28",
    )  # fmt: skip
    path = tmp_path / "family.ics"
    code, out, err = family("export", "ics", str(path))
    assert code == 0, err
    assert out.strip() == f"Saved the calendar to {path} (events: 3)."
    data = path.read_bytes()
    assert b"SECRET" not in data
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    summaries = sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(data).events)
    assert summaries == ["Family check-in", "Follow-up: Turn off chat together", "Talk with Arun"]


def test_a_second_export_updates_the_same_events(family, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert family("export", "ics", str(first))[0] == 0
    assert family("export", "ics", str(second))[0] == 0

    def uids(path):
        return [str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).events]

    assert uids(first) == uids(second) and len(set(uids(first))) == 2


def test_within_limits_what_is_due(family, tmp_path):
    family("talk", "Arun", "--topic", "safe-to-tell", "--on", "2026-11-20")  # next due 12-20
    assert "(events: 1)" in family("export", "ics", str(tmp_path / "a.ics"), "--within", "7")[1]
    assert "(events: 2)" in family("export", "ics", str(tmp_path / "b.ics"))[1]


def test_a_missing_folder_fails_in_one_line_and_writes_nothing(family, tmp_path):
    code, out, err = family("export", "ics", str(tmp_path / "nope" / "family.ics"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "does not exist" in err and "nope" in err
    assert not (tmp_path / "nope").exists()


def test_a_folder_in_the_way_fails_in_one_line_and_leaves_no_part_file(family, tmp_path):
    target = tmp_path / "out" / "family.ics"
    target.mkdir(parents=True)
    code, _, err = family("export", "ics", str(target))
    assert code == 1 and err.count("\n") == 1 and "Could not save" in err
    assert [p.name for p in target.parent.iterdir()] == ["family.ics"]


def test_no_children_no_calendar(cli, tmp_path):
    cli("member", "add", "Priya", "--adult")
    code, _, err = cli("export", "ics", str(tmp_path / "family.ics"))
    assert code == 2 and "add a child" in err
    assert not (tmp_path / "family.ics").exists()


def test_export_needs_a_kind_and_a_path(cli):
    assert cli("export")[0] == 2
    assert cli("export", "ics")[0] == 2
