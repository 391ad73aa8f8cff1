"""Commands start in a blink: they never load Qt (or the PDF engine), each builds only its own
parser, and the content comes from the compiled cache once it exists."""

import argparse
import os
import subprocess
import sys

import pytest

from familysafe.cli import COMMANDS, GROUPS, all_groups, groups_for
from familysafe.cli.parser import build

LIGHT = [
    ["--version"],
    ["--help"],
    ["due", "--json"],
    ["member", "list", "--json"],
    ["suggest", "Arun", "--json"],
]


def imported(argv, data_dir, env_cache, codes=(0, 3)) -> set[str]:
    """The modules ``familysafe ARGV`` imports, run as its own process."""
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "familysafe",
            "--data-dir",
            str(data_dir),
            *argv,
        ],
        capture_output=True,
        text=True,
        env=env_cache,
    )
    assert done.returncode in codes, done.stderr
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


@pytest.fixture
def family(cli, data_dir, tmp_path):
    cli("member", "add", "Arun", "--born", "2017-03")
    cli("app", "add", "Arun", "roblox")
    return dict(os.environ, FAMILYSAFE_CACHE_DIR=str(tmp_path / "cache"))


@pytest.mark.parametrize("argv", LIGHT, ids=" ".join)
def test_commands_never_load_qt(family, data_dir, argv):
    imported(["due"], data_dir, family)  # builds the content cache
    modules = imported(argv, data_dir, family)
    assert "familysafe.cli" in modules
    heavy = {m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6", "reportlab")}
    assert not heavy
    assert "tomllib" not in modules  # the content came from the cache
    assert "familysafe.services.exports" not in modules


def test_the_first_run_builds_the_cache_and_the_next_reads_it(family, data_dir):
    assert "tomllib" in imported(["due", "--json"], data_dir, family)
    assert "tomllib" not in imported(["due", "--json"], data_dir, family)


def full_help_commands() -> set[str]:
    text = build(all_groups()).format_help()
    listing = text.split("COMMAND", 2)[2]
    return {
        line.split()[0]
        for line in listing.splitlines()
        if line.startswith("    ") and not line.startswith("     ")  # not a wrapped help line
    }


def test_every_command_knows_its_modules():
    assert full_help_commands() == set(COMMANDS)
    assert {m for modules in COMMANDS.values() for m in modules} == set(GROUPS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_built_alone_parses_as_in_the_whole_parser(command, capsys):
    helps = []
    for groups, wanted in ((all_groups(), None), (groups_for([command]), command)):
        with pytest.raises(SystemExit):
            build(groups, wanted).parse_args([command, "--help"])
        helps.append(capsys.readouterr().out)
    assert helps[0] == helps[1]
    assert "usage: familysafe " + command in helps[0]


def test_the_command_is_found_among_the_options():
    from familysafe.cli.parser import command_in

    assert command_in(["--data-dir", "due", "member", "list"]) == "member"
    assert command_in(["--today", "2026-01-01", "due"]) == "due"
    assert command_in(["--data-dir=x", "due"]) == "due"
    assert command_in(["--version"]) is None
    assert command_in(["--", "due"]) is None
    assert groups_for(["--version"]) == []
    assert groups_for(["--help"]) == []
    assert groups_for(["no-such-command"]) == []
    assert len(groups_for(["app"])) == 2


@pytest.mark.parametrize(
    ("argv", "code"), [(["--help"], 0), (["no-such-command"], 2), (["--version"], 0)], ids=str
)
def test_the_list_of_commands_needs_no_command_module(family, data_dir, argv, code):
    modules = imported(argv, data_dir, family, codes=(code,))
    assert "familysafe.cli.commands" in modules or argv == ["--version"]
    groups = {f"familysafe.cli.{name}" for name in GROUPS}
    assert not groups & modules
    assert not {m for m in modules if m.startswith(("familysafe.services", "familysafe.store"))}
    assert not {"familysafe.core.records", "familysafe.content", "dataclasses"} & modules
    assert not {"shutil", "logging", "typing", "threading", "json"} & modules


@pytest.mark.parametrize("columns", [None, "0", "57", "132", "wide", "-3"])
def test_help_is_as_wide_as_argparse_makes_it(monkeypatch, columns):
    import shutil

    from familysafe.cli.helptext import terminal_columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_the_help_without_command_modules_is_the_whole_parsers():
    whole = build(all_groups()).format_help()
    assert build([]).format_help() == whole
    assert build(groups_for(["due"]), "due").format_help() == whole  # familysafe --help due


def test_each_command_listed_is_made_by_its_modules():
    def made(parser) -> dict[str, bool]:
        (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return {name: not command.listed_only for name, command in sub.choices.items()}

    assert made(build([])) == dict.fromkeys(COMMANDS, False)
    assert made(build(all_groups())) == dict.fromkeys(COMMANDS, True)
    for command in COMMANDS:
        assert made(build(groups_for([command]), command))[command]


def test_a_command_missing_from_the_list_is_refused():
    class Stray:
        @staticmethod
        def register(sub, common):
            sub.add_parser("stray", parents=[common])

    with pytest.raises(ValueError, match="stray"):
        build([Stray])


def test_opening_the_window_lists_no_commands():
    def listed(parser) -> list[str]:
        (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return list(sub.choices)

    assert listed(build([], None, listed=False)) == []
    assert listed(build([])) == list(COMMANDS)


def test_help_in_the_familys_saved_language_reads_it_without_the_database_code(
    family, data_dir, cli
):
    cli("settings", "set", "language", "fr")
    env = {k: v for k, v in family.items() if k != "FAMILYSAFE_LANG"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "familysafe", "--data-dir", str(data_dir),
         "--help"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 0 and "FamilySafe vous aide" in done.stdout
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "familysafe.services.settings" in modules
    assert (
        not {"familysafe.services.backups", "familysafe.store.db", "familysafe.core.records"}
        & modules
    )
