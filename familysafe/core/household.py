"""Members of the household and the rules for their names and birth months."""

from __future__ import annotations

import enum
import unicodedata
from datetime import date

from familysafe.core.bands import Band, BirthMonth
from familysafe.core.errors import ValidationError
from familysafe.core.input_rules import NAME_MAX, check_name_characters
from familysafe.core.records import record

OLDEST_CHILD_YEARS = 25


class Role(enum.Enum):
    CHILD = "child"
    ADULT = "adult"


@record
class Member:
    id: int
    name: str
    role: Role
    born: BirthMonth | None = None

    @property
    def is_child(self) -> bool:
        return self.role is Role.CHILD

    def band_on(self, on: date) -> Band:
        if self.born is None:
            return Band.ADULT
        return self.born.band_on(on)

    def age_on(self, on: date) -> int | None:
        return None if self.born is None else self.born.age_on(on)


def clean_name(raw: str) -> str:
    """Trim and normalise a display name; ValidationError when empty, too long or unprintable."""
    name = unicodedata.normalize("NFC", raw or "").strip()
    check_name_characters(name)
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "name-empty", "a name is needed (a nickname is enough)")
    if len(name) > NAME_MAX:
        raise ValidationError(
            "name",
            "name-too-long",
            f"a name can have at most {NAME_MAX} characters",
            limit=NAME_MAX,
        )
    return name


def name_key(name: str) -> str:
    """What makes two names the same: case-insensitive in every script."""
    return unicodedata.normalize("NFC", name.casefold())


def check_birth_month(born: BirthMonth, today: date) -> BirthMonth:
    """A child's birth month must not be in the future, nor implausibly long ago."""
    if born.first_day > today:
        raise ValidationError(
            "born", "born-future", "the birth month is in the future", born=str(born)
        )
    if born.age_on(today) > OLDEST_CHILD_YEARS:
        raise ValidationError(
            "born",
            "born-too-old",
            f"a child born in {born} is over {OLDEST_CHILD_YEARS}: add them as an adult",
            born=str(born),
            limit=OLDEST_CHILD_YEARS,
        )
    return born
