"""Opening the services for a command, with the shared options applied."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QLocale

from familysafe.core.clock import Clock, FixedClock, SystemClock
from familysafe.services import Services, open_services


def clock_for(args: argparse.Namespace) -> Clock:
    today = getattr(args, "today", None)
    return FixedClock.on(today) if today else SystemClock()


def content_language() -> str:
    """The language content is shown in: the user's locale (English when not translated)."""
    return QLocale().name().split("_")[0]


def locale_country() -> str:
    return QLocale.territoryToCode(QLocale().territory())


def services_for(args: argparse.Namespace) -> Services:
    return open_services(getattr(args, "data_dir", None), clock_for(args), content_language())
