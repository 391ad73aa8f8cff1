"""Opening the services for a command, with the shared options applied (the start-up itself is
``familysafe.services.session``, shared with the window).

Imported by every command module when the parser is built, so it imports the services only when
a command runs."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.services import Services


def services_for(args: argparse.Namespace) -> Services:
    """The services for a command, in the language the family chose in Settings (unless
    ``FAMILYSAFE_LANG`` says otherwise for this run)."""
    from familysafe import words
    from familysafe.services.session import content_language, family_language, open_session

    services = open_session(getattr(args, "data_dir", None), getattr(args, "today", None))
    if services.folder_exposed:
        print(folder_warning(services.data_dir), file=sys.stderr)
    language = family_language(services)
    if language and language != content_language():
        words.use_language(language)
    return services


def folder_warning(folder: object) -> str:
    from familysafe import words

    return words.translate(
        "cli",
        "familysafe: warning: other users of this computer can read the folder {folder}; "
        "FamilySafe leaves its permissions as they are (chmod 700 makes it private).",
    ).format(folder=folder)


def member_id(services: Services, name: str) -> int:
    """The id of the member a command names (names are how people type them; the services
    take ids). NotFoundError, with the name, when no one is called that."""
    return services.household.get(name).id
