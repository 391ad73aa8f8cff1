"""Every command, every hostile value: exit 0 or 2 (3 for ``due``), one line on stderr, never a
traceback; and nothing the family typed reaches the terminal as control characters."""

import argparse
import os
from datetime import date

import pytest

from familysafe.cli import all_groups, main
from familysafe.cli import parser as cli_parser

INVALID_UTF8 = os.fsdecode(b"Ar\xffun")  # what Python makes of bytes that are not UTF-8

HOSTILE = [
    INVALID_UTF8,
    os.fsdecode(b"\xc3\x28"),
    "99999999999999999999999",
    "9223372036854775808",
    "-99999999999999999999",
    "-1",
    "0",
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "1900-01-01",  # the first and last days FamilySafe works with: accepted or refused, calmly
    "2999-12-31",
    "2026-02-30",
    "\x1b[31mred\x1b[0m",
    "\x9b31m",
    "a\u202eevil",
    "a\u2066b",
    "zero\u200bwidth",
    "\ufeffbom",
    "private\ue000use",
    "two\nlines",
    "nul\x00byte",
    "",
    " ",
    "x" * 6000,
    "-x",
]

# Each command and action with "{}" where the hostile value goes. The household below has a
# child Arun (using roblox, with a talk logged) and an adult Priya.
TEMPLATES = [
    ["member", "add", "{}", "--born", "2017-03"],
    ["member", "add", "Sam", "--born", "{}"],
    ["member", "add", "{}", "--adult"],
    ["member", "list", "--today", "{}"],
    ["member", "rename", "{}", "Arun"],
    ["member", "rename", "Arun", "{}"],
    ["member", "edit", "{}", "--born", "2017-03"],
    ["member", "edit", "Arun", "--born", "{}"],
    ["member", "remove", "{}", "--yes"],
    ["topic", "list", "--band", "{}"],
    ["topic", "show", "{}"],
    ["topic", "show", "strangers-in-games", "--band", "{}"],
    ["app", "catalogue", "--today", "{}"],
    ["app", "show", "{}"],
    ["app", "add", "{}", "roblox"],
    ["app", "add", "Arun", "{}"],
    ["app", "remove", "Arun", "{}"],
    ["app", "remove", "{}", "roblox"],
    ["helplines", "--country", "{}"],
    ["apps", "{}"],
    ["checklist", "{}"],
    ["checklist", "Arun", "{}"],
    ["checklist", "done", "Arun", "roblox", "{}"],
    ["checklist", "done", "Arun", "{}", "x"],
    ["checklist", "undo", "{}", "roblox", "x"],
    ["talk", "{}", "--topic", "strangers-in-games"],
    ["talk", "Arun", "--topic", "{}"],
    ["talk", "Arun", "--topic", "strangers-in-games", "--on", "{}"],
    ["talk", "Arun", "--topic", "strangers-in-games", "--note", "{}"],
    ["talk", "Arun", "--topic", "strangers-in-games", "--how", "{}"],
    ["talk", "Arun", "--topic", "strangers-in-games", "--follow-up", "{}", "--by", "2026-12-01"],
    ["talk", "Arun", "--topic", "strangers-in-games", "--follow-up", "Ask", "--by", "{}"],
    ["talk-edit", "{}", "--note", "x"],
    ["talk-edit", "1", "--note", "{}"],
    ["talk-edit", "1", "--how", "{}"],
    ["talk-edit", "1", "--on", "{}"],
    ["talk-edit", "1", "--member", "{}"],
    ["talk-delete", "{}"],
    ["history", "{}"],
    ["suggest", "{}"],
    ["suggest", "Arun", "--limit", "{}"],
    ["due", "--within", "{}"],
    ["due", "--today", "{}"],
    ["snooze", "{}"],
    ["snooze", "talk:1", "--days", "{}"],
    ["done", "{}"],
    ["export", "ics", "{out}", "--within", "{}"],
    ["export", "ics", "{out}", "--today", "{}"],
    ["export", "pdf", "{out}", "--kind", "carer", "--contact", "{}"],
    ["export", "pdf", "{out}", "--kind", "carer", "--backup-contact", "{}"],
    ["export", "pdf", "{out}", "--kind", "carer", "--away", "{}"],
    ["export", "pdf", "{out}", "--kind", "carer", "--address", "{}"],
    ["export", "pdf", "{out}", "--kind", "agreement", "--home", "{}"],
    ["export", "pdf", "{out}", "--kind", "plan", "--member", "{}"],
    ["export", "pdf", "{out}", "--kind", "cards", "--topic", "{}"],
    ["export", "pdf", "{out}", "--kind", "plan", "--section", "{}"],
    ["agreement", "show", "--today", "{}"],
    ["agreement", "suggestions", "--today", "{}"],
    ["agreement", "add", "{}", "--text", "We ask first"],
    ["agreement", "add", "screen-time", "--suggestion", "{}"],
    ["agreement", "add", "screen-time", "--text", "{}"],
    ["agreement", "remove", "{}"],
    ["agreement", "agree", "--by", "Arun", "--on", "{}"],
    ["agreement", "agree", "--by", "Arun", "--review-on", "{}"],
    ["agreement", "agree", "--by", "{}"],
    ["agreement", "add", "screen-time", "--text", "Ask first", "--for", "{}"],
    ["agreement", "versions", "--today", "{}"],
    ["agreement", "specifics", "{}"],
    ["agreement", "specifics", "Arun", "--bedtime", "{}"],
    ["agreement", "specifics", "Arun", "--screen-free", "{}"],
    ["agreement", "specifics", "Arun", "--play-time", "{}"],
    ["agreement", "specifics", "Arun", "--devices", "{}"],
    ["agreement", "trusted-adult", "add", "{}"],
    ["agreement", "trusted-adult", "add", "Mei", "--phone", "{}"],
    ["agreement", "trusted-adult", "remove", "{}"],
    ["agreement", "trusted-adult", "list", "--today", "{}"],
    ["settings", "get", "{}"],
    ["settings", "set", "{}", "x"],
    ["settings", "set", "family-name", "{}"],
    ["settings", "set", "contact", "{}"],
    ["settings", "set", "backup-contact", "{}"],
    ["settings", "set", "checkin-day", "{}"],
    ["settings", "list", "--today", "{}"],
    ["backup", "now", "--today", "{}"],
    ["backup", "list", "--today", "{}"],
    ["backup", "restore", "{}", "--yes"],
]
SLOW = {"pdf"}  # a PDF takes a while: it gets the values that reach the check, not all of them


def commands() -> set[tuple[str, ...]]:
    """Every command and action the parser knows, e.g. ("member", "add"), ("due",)."""
    found = set()
    parser = cli_parser.build(all_groups())
    for action in parser._subparsers._group_actions:
        for name, sub in action.choices.items():
            inner = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
            if inner:
                found |= {(name, action_name) for action_name in inner[0].choices}
            else:
                found.add((name,))
    return found


def test_every_command_is_in_the_fuzz_table():
    covered = {tuple(t[:2]) for t in TEMPLATES} | {(t[0],) for t in TEMPLATES}
    missing = sorted(c for c in commands() if c not in covered)
    assert not missing, f"add these commands to TEMPLATES in {__file__}: {missing}"


@pytest.fixture(autouse=True)
def one_parser(monkeypatch):
    """Build the parser once for the whole table (building it is most of a command's time)."""
    parser = cli_parser.build(all_groups())
    monkeypatch.setattr(cli_parser, "build", lambda groups, wanted=None, listed=True: parser)


@pytest.fixture(scope="module")
def household(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    data = folder / "data"
    base = ["--data-dir", str(data), "--today", "2026-11-23"]
    for argv in (
        ["member", "add", "Arun", "--born", "2017-03"],
        ["member", "add", "Priya", "--adult"],
        ["app", "add", "Arun", "roblox"],
        ["talk", "Arun", "--topic", "strangers-in-games", "--note", "First"],
    ):
        assert main([*base, *argv]) == 0
    return folder


def run(household, capsys, argv: list[str]) -> tuple[int, str, str]:
    argv = [a.replace("{out}", str(household / "out.file")) for a in argv]
    try:
        code = main(["--data-dir", str(household / "data"), "--today", "2026-11-23", *argv])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: " ".join(t))
def test_hostile_values_are_refused_in_one_line(household, capsys, template):
    values = HOSTILE if not SLOW & set(template) else [INVALID_UTF8, "a\u202eevil", "x" * 6000]
    for value in values:
        argv = [value if part == "{}" else part for part in template]
        code, out, err = run(household, capsys, argv)
        shown = repr(argv)[:200]
        assert code in ((0, 2, 3) if "due" in template else (0, 2)), (shown, code, err)
        assert "Traceback" not in err + out, shown
        if code in (1, 2):
            assert len(err.strip().splitlines()) == 1, (shown, err)
        for stream in (out, err):
            assert not {"\x1b", "\x9b", "\u202e", "\u2066", "\x00"} & set(stream), (shown, stream)


def test_stored_words_are_escaped_when_printed(tmp_path, capsys):
    """Text stored before these rules (or by another program) is shown, never obeyed."""
    from familysafe.core.clock import FixedClock
    from familysafe.services import open_services
    from familysafe.store import planner as repo

    data = tmp_path / "data"
    base = ["--data-dir", str(data), "--today", "2026-11-23"]
    assert main([*base, "member", "add", "Arun", "--born", "2017-03"]) == 0
    services = open_services(data, FixedClock.on(date(2026, 11, 23)))
    with services.db.transaction() as conn:
        repo.insert_talk(
            conn,
            date(2026, 11, 1),
            [services.household.get("Arun").id],
            ["strangers-in-games"],
            "\x1b]0;owned\x07\x1b[2J",
            "\u202egood",
        )
        conn.execute("UPDATE member SET name = ? WHERE name = 'Arun'", ("Ar\x1b[31mun",))
    services.close()
    capsys.readouterr()
    for argv in (
        ["history"],
        ["member", "list"],
        ["history", "--json"],
        ["member", "list", "--json"],
    ):
        assert main([*base, *argv]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
        assert "\\u001b" in out


def test_the_terminal_sees_escapes_and_json_reads_them_back():
    import io
    import json

    from familysafe.cli.terminal import SafeStream

    buffer = io.StringIO()
    stream = SafeStream(buffer)
    stream.writelines(["Ar\x1b[31mun\n"])
    json.dump({"note": "\u202egood\x9b"}, stream, ensure_ascii=False)
    text = buffer.getvalue()
    assert text.startswith("Ar\\u001b[31mun\n")
    assert not {"\x1b", "\u202e", "\x9b"} & set(text)
    assert json.loads(text.split("\n", 1)[1]) == {"note": "\u202egood\x9b"}
