"""Where the family lives, decided in one place.

Helplines, the emergency number, the carer handout, the agreement, calendar text and the
paper size all follow the family's country: the one chosen in Settings, else the country of the
computer's locale (``LC_ALL``, ``LC_PAPER`` for paper, ``LANG``; the same variables Qt reads,
so the window and the command line agree), else :data:`DEFAULT_COUNTRY`.

Plain Python: no Qt below the window.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping

DEFAULT_COUNTRY = "GB"
# Countries that print on US Letter by custom (CLDR's paper size data); everywhere else A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "GT", "CR", "SV"})
A4, LETTER = "a4", "letter"
PAPER_SIZES = (A4, LETTER)

_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@]|$)")


def territory(tag: str | None) -> str | None:
    """The country of a POSIX locale name or a language tag: "en_AU.UTF-8" -> "AU"."""
    if not tag:
        return None
    match = _TERRITORY.match(tag.strip())
    return match.group(1).upper() if match else None


def system_country(environ: Mapping[str, str] | None = None, *, category: str = "") -> str | None:
    """The country of the computer's locale, or None when it names none ("C", "POSIX").

    ``category`` (such as ``"LC_PAPER"``) is consulted after ``LC_ALL`` and before ``LANG``,
    as POSIX does."""
    env = os.environ if environ is None else environ
    names = ["LC_ALL", category, "LANG"] if category else ["LC_ALL", "LANG"]
    for name in names:
        value = env.get(name) if name else None
        if value:
            return territory(value)
    if environ is None:  # Windows and macOS keep the locale outside the environment
        try:
            return territory(locale.getlocale()[0])
        except ValueError:
            return None
    return None


def default_paper(country: str | None) -> str:
    """The paper a family in ``country`` prints on: US Letter in the Americas' Letter
    countries and the Philippines, A4 everywhere else."""
    return LETTER if (country or "").upper() in LETTER_COUNTRIES else A4
