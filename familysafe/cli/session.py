"""Opening the services for a command, with the shared options applied.

Imported by every command module when the parser is built, so it imports the services only when
a command runs."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from familysafe import words
from familysafe.words.languages import chosen_language, language_of

if TYPE_CHECKING:
    from familysafe.core.clock import Clock
    from familysafe.services import Services


def clock_for(args: argparse.Namespace) -> Clock:
    from familysafe.core.clock import FixedClock, SystemClock

    today = getattr(args, "today", None)
    return FixedClock.on(today) if today else SystemClock()


def content_language() -> str:
    """The language content is shown in: the user's locale (English when not translated)."""
    return language_of(words.current_locale() or "en")


def services_for(args: argparse.Namespace) -> Services:
    """The services for a command, in the language the family chose in Settings (unless
    ``FAMILYSAFE_LANG`` says otherwise for this run)."""
    from familysafe.services import open_services

    services = open_services(getattr(args, "data_dir", None), clock_for(args), content_language())
    if services.folder_exposed:
        print(folder_warning(services.data_dir), file=sys.stderr)
    language = chosen_language(services.settings.language())
    if language and language != content_language():
        words.use_language(language)
        services.library.set_language(language)
    return services


def folder_warning(folder: object) -> str:
    return words.translate(
        "cli",
        "familysafe: warning: other users of this computer can read the folder {folder}; "
        "FamilySafe leaves its permissions as they are (chmod 700 makes it private).",
    ).format(folder=folder)
