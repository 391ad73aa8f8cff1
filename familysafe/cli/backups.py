"""``familysafe backup ...``: make, list and restore backups of the family's data.

``list`` and ``restore`` never open the database through the normal path, so they work when it
is damaged (that is when they are needed).
"""

from __future__ import annotations

import argparse

from familysafe import logs, paths
from familysafe.cli import helptext
from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import json_flag
from familysafe.core.errors import ValidationError
from familysafe.services.backups import Backup, BackupService
from familysafe.words import translate
from familysafe.words.catalogue import day_date


def register(sub, common: argparse.ArgumentParser) -> None:
    actions = sub.actions("backup", common)
    now = actions.add_parser(
        "now", parents=[common], help=helptext.translate("cli-help", "back up your data now")
    )
    now.set_defaults(handler=_now)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help=helptext.translate("cli-help", "list the backups, newest first, with what each holds"),
    )
    json_flag(listing)
    listing.set_defaults(handler=_list)
    restore = actions.add_parser(
        "restore",
        parents=[common],
        help=helptext.translate(
            "cli-help", "put a backup back in place of your data (which is backed up first)"
        ),
    )
    restore.add_argument(
        "id", help=helptext.translate("cli-help", "the backup's id, from: familysafe backup list")
    )
    restore.add_argument(
        "--yes", action="store_true", help=helptext.translate("cli-help", "confirm the restore")
    )
    restore.set_defaults(handler=_restore)


def backups_for(args: argparse.Namespace) -> BackupService:
    """Backups of the data folder, without opening the database."""
    folder = paths.data_dir(getattr(args, "data_dir", None))
    if folder.is_dir():
        logs.setup(folder)
    from familysafe.services.session import clock_for

    return BackupService(folder, clock_for(getattr(args, "today", None)))


def _when(backup: Backup) -> str:
    return f"{day_date(backup.made.date())} {backup.made:%H:%M}"


def _size(size: int) -> str:
    return f"{max(1, round(size / 1024))} KB"


def _now(args: argparse.Namespace) -> int:
    backup = backups_for(args).make("manual")
    print(
        translate("cli", "Backed up as {id} ({size}).").format(
            id=backup.id, size=_size(backup.size)
        )
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    found = backups_for(args).list()
    if args.json:
        print_json([b.as_dict() for b in found])
        return 0
    if not found:
        print(translate("cli", "No backups yet. Make one with: familysafe backup now"))
        return 0
    unreadable = translate("cli", "cannot be read")
    print_table(
        [
            translate("cli", "Id"),
            translate("cli", "Made"),
            translate("cli", "Size"),
            translate("cli", "People"),
            translate("cli", "Talks"),
        ],
        [
            (
                b.id,
                _when(b),
                _size(b.size),
                b.contents.members if b.contents else unreadable,
                b.contents.talks if b.contents else "",
            )
            for b in found
        ],
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    service = backups_for(args)
    backup = service.get(args.id)
    if not args.yes:
        raise ValidationError(
            "yes",
            "restore-confirm-needed",
            "restoring replaces your data with the backup: add --yes to confirm",
            id=backup.id,
        )
    service.restore(backup.id)
    contents = backup.contents
    print(
        translate(
            "cli", "Restored the backup from {when}: {members} people and {talks} talks."
        ).format(
            when=_when(backup),
            members=contents.members if contents else "?",
            talks=contents.talks if contents else "?",
        )
    )
    return 0
