"""argparse's own words (``usage:``, its headings, its error messages) in the language in use.

argparse asks ``gettext`` for them; while the command line reads its arguments,
:func:`speaking` answers from FamilySafe's own catalogue instead (``familysafe.words``, the same
Linguist files as every other sentence), and puts gettext back afterwards.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from familysafe.words import current_locale, translate
from familysafe.words.catalogue import Counted

Argparse = Counted("Argparse")


@cache
def _messages(locale: str | None) -> dict[str, str]:
    """argparse's sentences (its English, as Python 3.11 writes it) -> the same in ``locale``:
    looked up once for each language."""
    return {
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "show this help message and exit": translate("Argparse", "show this help message and exit"),
        "argument %(argument_name)s: %(message)s": translate(
            "Argparse", "argument %(argument_name)s: %(message)s"
        ),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "the following arguments are required: %s": translate(
            "Argparse", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": translate(
            "Argparse", "one of the arguments %s is required"
        ),
        "not allowed with argument %s": translate("Argparse", "not allowed with argument %s"),
        "expected one argument": translate("Argparse", "expected one argument"),
        "expected at most one argument": translate("Argparse", "expected at most one argument"),
        "expected at least one argument": translate("Argparse", "expected at least one argument"),
        "ignored explicit argument %r": translate("Argparse", "ignored explicit argument %r"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "unexpected option string: %s": translate("Argparse", "unexpected option string: %s"),
        "invalid %(type)s value: %(value)r": translate(
            "Argparse", "invalid %(type)s value: %(value)r"
        ),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
    }


def gettext(message: str) -> str:
    """argparse's ``_``: ``message`` in the language in use (as it is when not known)."""
    return _messages(current_locale()).get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``, for "expected N argument(s)" (argparse then applies ``% n``)."""
    if singular == "expected %s argument":
        counted = Argparse.tr("expected %n argument(s)", None, n)
        return counted.replace("%", "%%") + "%.0s"  # the number is in already: take n, show none
    return singular if n == 1 else plural


@contextmanager
def speaking() -> Iterator[None]:
    """argparse speaks the language in use while this lasts."""
    module = vars(argparse)
    before = module["_"], module["ngettext"]
    module["_"], module["ngettext"] = gettext, ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = before
