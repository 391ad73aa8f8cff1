"""The ``familysafe`` command: with a sub-command the command line runs it; without one the
window opens. This is the only module that knows both front ends; each of them imports neither
the other nor Qt before it is needed."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from familysafe.cli import main as command_line

    return command_line(argv, open_window=_window)


def _window(args: argparse.Namespace) -> int:
    from familysafe.ui.app import run  # the window and Qt Widgets load only here

    return run(args)
