"""The command line's help texts, translated only when help is shown.

Each command's options are built on every run, but their help is read only for ``--help``:
``helptext.translate("cli-help", "...")`` keeps the English (what argparse stores) and looks
the translation up when :class:`Formatter` writes the help, so a run that shows no help pays
for no look-up. Written as a ``translate`` call with literals, so ``pyside6-lupdate`` lists it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

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


class Formatter(argparse.HelpFormatter):
    """argparse's formatter, writing each help text and description in the language in use."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return shown(action.help) if isinstance(action.help, str) else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(shown(text) if isinstance(text, str) else text)
