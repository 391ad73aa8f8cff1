"""Opening the services for a command, with the shared options applied."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QLocale

from familysafe.core.clock import Clock, FixedClock, SystemClock
from familysafe.i18n import chosen_language, install_translators, user_locale
from familysafe.services import Services, open_services


def clock_for(args: argparse.Namespace) -> Clock:
    today = getattr(args, "today", None)
    return FixedClock.on(today) if today else SystemClock()


def content_language() -> str:
    """The language content is shown in: the user's locale (English when not translated)."""
    return QLocale().name().split("_")[0]


def services_for(args: argparse.Namespace) -> Services:
    """The services for a command, in the language the family chose in Settings (unless
    ``FAMILYSAFE_LANG`` says otherwise for this run)."""
    services = open_services(getattr(args, "data_dir", None), clock_for(args), content_language())
    language = chosen_language(services.settings.language())
    if language and language != content_language():
        install_translators(user_locale(language))
        services.library.set_language(language)
    return services
