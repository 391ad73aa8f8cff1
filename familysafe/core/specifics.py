"""What a family fills in for its agreement and its carer handout, in its own words.

Per child: the places and times without screens, a device bedtime (a time of day), how long
games and videos last, and the devices the child uses. For the family: the trusted adults it
names. Everything is optional and stored only when the parent enters it; an empty value clears
it. Pure rules: the store keeps the values, the services put them together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

from familysafe.core.bands import Band
from familysafe.core.errors import ValidationError
from familysafe.core.input_rules import NAME_MAX, SHORT_TEXT_MAX, check_name_characters, clean_line

DEVICE_MAX = 40  # characters in a device's name
DEVICES_MAX = 8  # devices per child
PHONE_MAX = 40
TRUSTED_MAX = 8  # trusted adults a family names
# The bands for which the agreement adds the sleep and activity balance (the AAP Family Media
# Plan weighs a night's sleep and an hour of moving about before screens for children).
YOUNGER = frozenset({Band.UNDER_5, Band.AGE_5_7, Band.AGE_8_10, Band.AGE_11_12})
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


@dataclass(frozen=True)
class ChildSpecifics:
    """One child's specifics; an empty text or None means the family has not said."""

    member_id: int
    screen_free: str = ""
    bedtime: time | None = None
    play_time: str = ""
    devices: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.screen_free or self.bedtime or self.play_time or self.devices)


@dataclass(frozen=True)
class TrustedAdult:
    """A grown-up the children can go to, named by the family; ``phone`` may be empty."""

    id: int
    name: str
    phone: str = ""


def clean_screen_free(raw: str | None) -> str:
    """Places and times without screens ("kitchen table, meals, after 19:00"); may be empty."""
    return clean_line(raw, "screen_free", SHORT_TEXT_MAX)


def clean_play_time(raw: str | None) -> str:
    """How long games and videos last ("1 hour on school days, 2 at weekends"); may be empty."""
    return clean_line(raw, "play_time", SHORT_TEXT_MAX)


def parse_bedtime(raw: str | time | None) -> time | None:
    """A device bedtime as a time of day: "20:00", "8:30", "20.00" or "20h00"; empty: none."""
    if raw is None or isinstance(raw, time):
        return raw.replace(second=0, microsecond=0) if raw else None
    text = raw.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValidationError(
            "bedtime", "bedtime-invalid", f"{text!r} is not a time of day: write it as 20:00"
        )
    return time(int(match.group(1)), int(match.group(2)))


_DEVICE_SEPARATORS = re.compile("[,;\u060c\u061b\uff0c\uff1b\u3001]")


def split_devices(text: str) -> list[str]:
    """Devices typed in one line, separated by commas or semicolons (Arabic and Chinese ones
    too: "tablet، Switch", "平板电脑，Switch")."""
    return _DEVICE_SEPARATORS.split(text)


def clean_devices(raw: Iterable[str] | None) -> tuple[str, ...]:
    """The devices a child uses, each once, in the order given (blank ones left out)."""
    found: dict[str, str] = {}
    for item in raw or ():
        name = clean_line(item, "devices", DEVICE_MAX)
        if name:
            found.setdefault(name.casefold(), name)
    if len(found) > DEVICES_MAX:
        raise ValidationError(
            "devices",
            "devices-too-many",
            f"list at most {DEVICES_MAX} devices for a child",
            limit=DEVICES_MAX,
        )
    return tuple(found.values())


def clean_trusted_name(raw: str | None) -> str:
    """A trusted adult's name as the family writes it ("Aunt Mei", "Mr Okafor, the coach")."""
    name = clean_line(raw, "name", NAME_MAX)
    if not name:
        raise ValidationError("name", "name-empty", "give the trusted adult's name")
    check_name_characters(name)
    return name


def clean_phone(raw: str | None) -> str:
    return clean_line(raw, "phone", PHONE_MAX)


def check_trusted_count(existing: int) -> None:
    if existing >= TRUSTED_MAX:
        raise ValidationError(
            "name",
            "trusted-too-many",
            f"name at most {TRUSTED_MAX} trusted adults",
            limit=TRUSTED_MAX,
        )
