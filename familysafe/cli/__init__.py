"""The command line: ``familysafe`` opens the window; sub-commands work on the same data.

Exit codes: 0 success, 1 a failure that is not the user's input, 2 bad input or usage,
3 (``due``) something is overdue, 130 stopped by Ctrl+C, 143 stopped by SIGTERM.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sqlite3
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from familysafe.cli import language
from familysafe.cli import parser as cli_parser
from familysafe.cli.argparse_words import speaking
from familysafe.cli.arguments import check_arguments
from familysafe.cli.commands import COMMANDS, GROUPS
from familysafe.cli.output import fail
from familysafe.cli.terminal import SafeStream
from familysafe.core.errors import FamilySafeError, NotFoundError, ValidationError
from familysafe.words import translate

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # Ctrl+C, SIGTERM: as shells report them


def all_groups() -> list[ModuleType]:
    """Every command module (for the whole parser with every command's options)."""
    return [importlib.import_module(f"familysafe.cli.{name}") for name in GROUPS]


def groups_for(argv: Sequence[str]) -> list[ModuleType]:
    """The command modules needed to parse ``argv``: the command's own; none for the window,
    ``--version``, ``--help`` or a command that does not exist (the list of commands, with
    their help, is enough for those)."""
    command = cli_parser.command_in(argv)
    return [
        importlib.import_module(f"familysafe.cli.{name}")
        for name in COMMANDS.get(command or "", ())
    ]


class Terminated(BaseException):
    """SIGTERM during a command: unwound like Ctrl+C, so a file being written is removed."""


def _terminated(signum, frame) -> None:
    raise Terminated


def main(
    argv: Sequence[str] | None = None,
    open_window: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run the command in ``argv``. Without one, ``open_window`` (given by ``familysafe.main``,
    which knows the window) opens the window; the command line itself never imports it."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        previous = signal.signal(signal.SIGTERM, _terminated)
    except ValueError:  # not the main thread (a test's): signals are the program's to handle
        previous = None
    try:
        return _main(argv, open_window)
    except KeyboardInterrupt:  # Ctrl+C: one line, the shell's code for it, no traceback
        print(_interrupted(), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print(_interrupted(), file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if isinstance(sys.stdout, SafeStream):
            sys.stdout = out
        if isinstance(sys.stderr, SafeStream):
            sys.stderr = err


def _main(
    argv: Sequence[str] | None, open_window: Callable[[argparse.Namespace], int] | None
) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = cli_parser.command_in(argv)
    wanted = command if command in COMMANDS else None
    if argv != ["--version"]:
        language.choose(argv)  # before parsing: --help and usage errors speak it too
    # The list of commands is needed for a command (a known one, or one to refuse) and --help;
    # not to open the window.
    listed = command is not None or not {"-h", "--help"}.isdisjoint(argv)
    with speaking():
        args = cli_parser.build(groups_for(argv), wanted, listed).parse_args(argv)
    if args.command is None:
        if open_window is None:
            print(translate("cli", "familysafe: a command is needed (see --help)"), file=sys.stderr)
            return EXIT_USAGE
        return open_window(args)
    try:
        check_arguments(args)
        return args.handler(args) or EXIT_OK
    except (ValidationError, NotFoundError) as exc:
        return fail(exc, EXIT_USAGE)
    except FamilySafeError as exc:
        return fail(exc, EXIT_FAILURE)
    except BrokenPipeError:  # e.g. piped into `head`: the reader has what it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stdout stays open until exit)
        return EXIT_OK
    except sqlite3.Error as exc:  # damage found, or a lock held too long, in mid-action
        from familysafe.cli.backups import backups_for

        return fail(backups_for(args).failure(exc, args.data_dir), EXIT_FAILURE)
    except OSError as exc:
        print(
            f"familysafe: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return EXIT_FAILURE
    except (OverflowError, RecursionError, MemoryError, UnicodeError, ValueError) as exc:
        # A case no check foresaw: one line, never a traceback (and it is a bug to report).
        print(f"familysafe: {_unexpected()} ({type(exc).__name__})", file=sys.stderr)
        return EXIT_FAILURE


def _interrupted() -> str:
    from familysafe.words import translate

    return "familysafe: " + translate("cli", "Stopped.")


def _unexpected() -> str:
    from familysafe.words import translate

    return translate("cli", "Something unexpected went wrong. Please report it.")
