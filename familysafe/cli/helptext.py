"""The command line's help texts, translated only when help is shown.

Each command's options are built on every run, but their help is read only for ``--help``:
``helptext.translate("cli-help", "...")`` keeps the English (what argparse stores) and looks
the translation up when :class:`Formatter` writes the help, so a run that shows no help pays
for no look-up. Written as a ``translate`` call with literals, so ``pyside6-lupdate`` lists it.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Callable
from functools import cache

from familysafe import words


class Later(str):
    """English text whose words in the language in use come from ``resolve`` when shown."""

    resolve: Callable[[], str]

    def __new__(cls, english: str, resolve: Callable[[], str]) -> Later:
        text = super().__new__(cls, english)
        text.resolve = resolve
        return text


def translate(context: str, text: str) -> str:
    """``text`` for argparse: shown in the language in use when help is written."""
    return Later(text, lambda: words.translate(context, text))


def shown(text: str) -> str:
    """``text`` as help shows it."""
    return text.resolve() if isinstance(text, Later) else text


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@cache
def _pieces():
    """A wide character alone, a run of other characters, or spaces (compiled when first
    needed: only help in Chinese, Japanese or Korean uses it)."""
    import re

    return re.compile(
        r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|\s+"
    )


_NO_LINE_START = frozenset("，。、；：？！）」』》〉”’")


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns: as ``textwrap`` for alphabetic
    text; Chinese is broken between characters (never before a closing mark)."""
    text = " ".join(text.split())
    if _columns(text) == len(text):
        import textwrap

        return textwrap.wrap(text, width)
    lines: list[str] = []
    line = ""
    for piece in _pieces().findall(text):
        if piece.isspace():
            line += " " if line else ""
            continue
        if line and _columns(line + piece) > width and piece[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = ""
        line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


def terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` gives it (``COLUMNS``, else the
    terminal of standard output, else 80), without importing ``shutil``: argparse makes a
    formatter for every option it is given, and ``shutil`` loads three compression modules."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Formatter(argparse.HelpFormatter):
    """argparse's formatter, writing each help text and description in the language in use, in
    lines that fit the terminal's columns (a Chinese character takes two)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = terminal_columns() - 2  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return shown(action.help) if isinstance(action.help, str) else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(shown(text) if isinstance(text, str) else text)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))
