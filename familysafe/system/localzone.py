"""The computer's time zone as an IANA name ("Europe/London"), for calendar files.

A calendar needs the zone's *name* (a TZID) to keep the check-in at 18:00 when the clocks change;
``datetime.astimezone()`` only gives today's fixed offset. Python has no portable way to ask, so
this reads what Linux and macOS use: ``TZ``, the ``/etc/localtime`` link, then Debian's
``/etc/timezone``. It answers None when it cannot tell (Windows, or a ``TZ`` rule that is not a
zone name); calendars then get floating local times, which keep the wall-clock time wherever the
calendar is opened, and that is right for a family at home.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MARKER = "zoneinfo/"
_VARIANTS = ("posix/", "right/")  # tzdata's alternative trees hold the same names


def local_zone_name(environ: Mapping[str, str] | None = None, root: Path = Path("/")) -> str | None:
    """The IANA name of the local zone, or None. ``root`` lets tests supply their own ``/etc``."""
    env = os.environ if environ is None else environ
    tz = env.get("TZ")
    if tz:
        # TZ wins over /etc/localtime, so a TZ that is not a zone name means "unknown".
        return _valid(_from_path(tz.removeprefix(":")))
    etc = root / "etc"
    try:
        link = os.readlink(etc / "localtime")
    except OSError:
        link = None
    if link:
        name = _valid(_from_path(link))
        if name:
            return name
    try:
        text = (etc / "timezone").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return _valid(text.strip())


def _from_path(text: str) -> str:
    """``/usr/share/zoneinfo/posix/Europe/Berlin`` (or ``Europe/Berlin``) to ``Europe/Berlin``."""
    if _MARKER in text:
        text = text.rsplit(_MARKER, 1)[1]
    for variant in _VARIANTS:
        text = text.removeprefix(variant)
    return text


def _valid(name: str) -> str | None:
    if not name or name.startswith("/") or ".." in name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name
