"""The argument parser: options every sub-command shares, and one-line usage errors."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from familysafe.about import __version__
from familysafe.cli import helptext
from familysafe.cli.terminal import one_line
from familysafe.words import translate

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import
if TYPE_CHECKING:
    from typing import Any


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2, and help is written
    in the language in use (:mod:`familysafe.cli.helptext`)."""

    def __init__(self, *args: Any, listed_only: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", helptext.Formatter)
        super().__init__(*args, **kwargs)
        self.listed_only = listed_only  # a command's place in --help, until its module makes it

    def error(self, message: str) -> None:  # type: ignore[override]
        text = translate("cli", "{program}: {message} (see --help)")
        print(text.format(program=self.prog, message=one_line(message)), file=sys.stderr)
        raise SystemExit(2)


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)  # the days FamilySafe works with
LARGEST_ID = 2**63 - 1  # SQLite's largest integer


def iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        message = translate("cli", "“{text}” is not a date: use YYYY-MM-DD")
        raise argparse.ArgumentTypeError(message.format(text=text)) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        message = translate(
            "cli", "{text} is outside the dates FamilySafe works with ({first} to {last})"
        )
        raise argparse.ArgumentTypeError(message.format(text=text, first=FIRST_DAY, last=LAST_DAY))
    return day


def _number_words(kind: str) -> tuple[str, str]:
    """What is said when a text is not a whole number of ``kind``, and when it is out of range."""
    if kind == "id":
        return (
            translate("cli", "“{text}” is not an id"),
            translate("cli", "use an id from {low} to {high} (not {text})"),
        )
    if kind == "days":
        return (
            translate("cli", "“{text}” is not a number of days"),
            translate("cli", "use a number of days from {low} to {high} (not {text})"),
        )
    if kind == "topics":
        return (
            translate("cli", "“{text}” is not a number of topics"),
            translate("cli", "use a number of topics from {low} to {high} (not {text})"),
        )
    return (
        translate("cli", "“{text}” is not a number"),
        translate("cli", "use a number from {low} to {high} (not {text})"),
    )


def whole_number(low: int, high: int, kind: str = "number"):
    """An argparse type: a whole number of ``kind`` (number, id, days, topics) from ``low`` to
    ``high``, else a one-line usage error in the language in use."""

    def parse(text: str) -> int:
        not_one, out_of_range = _number_words(kind)
        try:
            value = int(text, 10)
        except ValueError:
            raise argparse.ArgumentTypeError(not_one.format(text=text)) from None
        if not low <= value <= high:
            message = out_of_range.format(low=low, high=high, text=text)
            raise argparse.ArgumentTypeError(message)
        return value

    parse.__name__ = kind  # argparse names the type in its messages
    return parse


def identifier(text: str) -> int:
    """An id from a listing (a talk's, a line's)."""
    return whole_number(1, LARGEST_ID, "id")(text)


class Commands:
    """The sub-commands, as the CLI modules add them: ``add_parser(name, ...)`` for a command,
    ``actions(name, ...)`` for a command with actions of its own that several modules may add to
    ("app catalogue", "app add").

    Every command is listed at once, with its line of help (:mod:`familysafe.cli.commands`), so
    ``--help`` and a mistyped command need no command module. A command's own parser is made when
    its module adds it; built for one ``wanted`` command, the parsers of every other command are
    not made at all (what is added to them is dropped), so a command does not pay for the
    others' options."""

    def __init__(
        self, parser: argparse.ArgumentParser, wanted: str | None = None, listed: bool = True
    ) -> None:
        from familysafe.cli.commands import outline

        self._sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
        for name, help, _ in outline() if listed else ():
            self._sub.add_parser(name, help=help, add_help=False, listed_only=True)
        self._wanted = wanted
        self._groups: dict[str, Any] = {}

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self._wanted is not None and name != self._wanted:
            return _SKIPPED
        if not getattr(self._sub.choices.get(name), "listed_only", False):
            raise ValueError(f"the command {name!r} is not in familysafe.cli.commands, or twice")
        del self._sub.choices[name]  # listed with its help already: now made in full
        return self._sub.add_parser(name, **kwargs)

    def actions(self, name: str, common: argparse.ArgumentParser) -> Any:
        if name not in self._groups:
            command = self.add_parser(name, parents=[common])
            self._groups[name] = command.add_subparsers(
                dest="action", metavar="ACTION", required=True, parser_class=Parser
            )
        return self._groups[name]


class _Skipped:
    """Stands in for the parser of a command this run does not need: takes anything, keeps
    nothing."""

    def __getattr__(self, name: str) -> Any:
        return self._take

    def _take(self, *args: Any, **kwargs: Any) -> _Skipped:
        return self


_SKIPPED = _Skipped()


def command_in(argv) -> str | None:
    """The sub-command ``argv`` names (its first word that is not an option), if any."""
    takes_value = {"--data-dir", "--today"}
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in takes_value:
            skip = True
        elif word == "--":
            return None
        elif not word.startswith("-"):
            return word
    return None


def _shared(defaults: bool) -> argparse.ArgumentParser:
    """--data-dir and --today, accepted before or after the sub-command."""
    shared = Parser(add_help=False)
    default = None if defaults else argparse.SUPPRESS
    shared.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=helptext.translate(
            "cli-help",
            "where FamilySafe keeps its data (default: the user's data folder; "
            "or set FAMILYSAFE_DATA_DIR)",
        ),
    )
    shared.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=iso_date,
        default=default,
        help=helptext.translate("cli-help", "pretend today is this date (for planning ahead)"),
    )
    return shared


def build(groups, wanted: str | None = None, listed: bool = True) -> Parser:
    """The parser with the commands ``groups`` add; only ``wanted``'s when it is given. Without
    ``listed``, the other commands are not even listed (opening the window needs none)."""
    parser = Parser(
        prog="familysafe",
        parents=[_shared(True)],
        description=helptext.translate(
            "cli-help",
            "FamilySafe helps you keep your children safe online by talking with them. "
            "Without a command it opens the window. Everything stays on this computer.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"FamilySafe {__version__}",
        help=helptext.translate("cli-help", "show FamilySafe's version and exit"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=helptext.translate(
            "cli-help", "open the window on a sample family in a temporary folder"
        ),
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help=helptext.translate(
            "cli-help", "start in the system tray (used when starting at login)"
        ),
    )
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    sub = Commands(parser, wanted, listed)
    common = _shared(False)
    for group in groups:
        group.register(sub, common)
    return parser


def json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--json",
        action="store_true",
        help=helptext.translate("cli-help", "print JSON (UTF-8) instead of text"),
    )


def text_options(p: argparse.ArgumentParser, *rows: tuple[str, str, str]) -> None:
    """Options that each take one value, as rows of (flag, metavar, help), in the order given
    (``--help`` lists them so)."""
    for flag, metavar, help_text in rows:
        p.add_argument(flag, metavar=metavar, help=help_text)


def list_options(p: argparse.ArgumentParser, *rows: tuple[str, str, str]) -> None:
    """Options that take one or more values, and may be given again to add more, as rows of
    (flag, metavar, help)."""
    for flag, metavar, help_text in rows:
        p.add_argument(flag, action="extend", nargs="+", metavar=metavar, help=help_text)


def switches(p: argparse.ArgumentParser, *rows: tuple[str, str]) -> None:
    """Options that take no value and switch something on, as rows of (flag, help)."""
    for flag, help_text in rows:
        p.add_argument(flag, action="store_true", help=help_text)
