"""What FamilySafe accepts as the family's words and dates: one table, one set of checks.

The services apply these checks, so the window and the command line refuse the same things with
the same words. Lengths are in characters, after trimming:

    =====================================  ========  ===========================
    What                                   Longest   Kind
    =====================================  ========  ===========================
    a member's name                        40        a name (one line)
    talk notes                             5,000     text (new lines allowed)
    "how it went"                          5,000     text (new lines allowed)
    a follow-up                            200       one line
    an agreement line in your own words    300       one line
    family name, document author, contact  120       one line
    a home's name (carer handout)          60        one line
    =====================================  ========  ===========================

Refused in all of them: control characters (a new line is allowed in notes and "how it went"),
the direction overrides and isolates (U+202A to U+202E, U+2066 to U+2069), the byte-order mark,
and text that is not valid Unicode (invalid UTF-8 from the command line). A name also refuses
zero-width and other invisible formatting characters, and private-use characters. Spaces,
tabs and line breaks around a text are trimmed before it is checked.

Dates: a talk happened between 1900-01-01 and today; a follow-up is due by at most
``FOLLOW_UP_YEARS_AHEAD`` years from today.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from familysafe.core.errors import ValidationError

NAME_MAX = 40
NOTES_MAX = 5000
HOW_IT_WENT_MAX = 5000
FOLLOW_UP_MAX = 200
AGREEMENT_LINE_MAX = 300
SHORT_TEXT_MAX = 120
HOME_MAX = 60

EARLIEST = date(1900, 1, 1)
FOLLOW_UP_YEARS_AHEAD = 3

# Characters that reorder or hide what is shown around them.
DIRECTION_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))) | {
    "\ufeff"
}
_NAME_REFUSED = ("Cc", "Cf", "Co", "Cs", "Zl", "Zp")


def refused_in_text(ch: str, multiline: bool = False) -> bool:
    """True for a character no text of the family's may hold (``multiline``: new lines are fine)."""
    if multiline and ch in "\n\t":
        return False
    if ch in DIRECTION_CONTROLS:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")


def refused_in_name(ch: str) -> bool:
    return unicodedata.category(ch) in _NAME_REFUSED or ch in DIRECTION_CONTROLS


def holds_invalid_unicode(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cs" for ch in text)


def check_name_characters(name: str, field: str = "name") -> None:
    if holds_invalid_unicode(name):
        raise ValidationError(field, "text-not-unicode", "the text is not valid Unicode")
    if any(refused_in_name(ch) for ch in name):
        raise ValidationError(
            field, "name-control", "a name cannot hold control or invisible characters"
        )


def clean_line(raw: str | None, field: str, limit: int) -> str:
    """One line of the family's words: spaces collapsed, at most ``limit`` characters; may be
    empty (the caller decides whether empty is allowed)."""
    text = unicodedata.normalize("NFC", raw or "").strip()
    _check_characters(text, field, multiline=False)
    text = " ".join(text.split())
    _check_length(text, field, limit)
    return text


def clean_text(raw: str | None, field: str, limit: int) -> str:
    """Several lines of the family's words (notes): trimmed, new lines kept, at most ``limit``."""
    text = unicodedata.normalize("NFC", raw or "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    _check_characters(text, field, multiline=True)
    _check_length(text, field, limit)
    return text


def _check_characters(text: str, field: str, multiline: bool) -> None:
    if holds_invalid_unicode(text):
        raise ValidationError(field, "text-not-unicode", "the text is not valid Unicode")
    if any(refused_in_text(ch, multiline) for ch in text):
        raise ValidationError(
            field, "text-control", "the text holds control characters or direction overrides"
        )


def _check_length(text: str, field: str, limit: int) -> None:
    if len(text) > limit:
        raise ValidationError(
            field, "text-too-long", f"at most {limit} characters", limit=limit, length=len(text)
        )


def check_talk_date(on: date, today: date, field: str = "on") -> date:
    """A talk (or a tick, an agreement) happened on a day between 1900 and today."""
    if on > today:
        raise ValidationError(field, "date-future", "that date is in the future", date=str(on))
    if on < EARLIEST:
        raise ValidationError(
            field, "date-too-early", "that date is before 1900", date=str(on), limit=str(EARLIEST)
        )
    return on


def latest_follow_up(today: date) -> date:
    try:
        return today.replace(year=today.year + FOLLOW_UP_YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + FOLLOW_UP_YEARS_AHEAD, day=28)


def check_follow_up_date(due: date, today: date, field: str = "follow_up") -> date:
    """A follow-up is due some day after 1900 and at most a few years from today."""
    if due < EARLIEST:
        raise ValidationError(
            field, "date-too-early", "that date is before 1900", date=str(due), limit=str(EARLIEST)
        )
    latest = latest_follow_up(today)
    if due > latest:
        raise ValidationError(
            field,
            "follow-up-too-far",
            f"a follow-up is due within {FOLLOW_UP_YEARS_AHEAD} years",
            date=str(due),
            limit=str(latest),
            years=FOLLOW_UP_YEARS_AHEAD,
        )
    return due
