"""``familysafe member ...``: the people in the household."""

from __future__ import annotations

import argparse

from familysafe.cli import helptext
from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import json_flag
from familysafe.cli.session import services_for
from familysafe.core.bands import BirthMonth
from familysafe.core.errors import ValidationError
from familysafe.core.household import Role
from familysafe.words import translate


def register(sub, common: argparse.ArgumentParser) -> None:
    member = sub.add_parser("member", parents=[common])
    actions = member.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(member)
    )

    add = actions.add_parser(
        "add", parents=[common], help=helptext.translate("cli-help", "add a child or an adult")
    )
    add.add_argument(
        "name", help=helptext.translate("cli-help", "a display name; a nickname is enough")
    )
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument(
        "--born",
        metavar="YYYY-MM[-DD]",
        help=helptext.translate("cli-help", "a child's birth month"),
    )
    kind.add_argument(
        "--adult", action="store_true", help=helptext.translate("cli-help", "an adult or carer")
    )
    add.set_defaults(handler=_add)

    listing = actions.add_parser(
        "list", parents=[common], help=helptext.translate("cli-help", "list the household")
    )
    json_flag(listing)
    listing.set_defaults(handler=_list)

    rename = actions.add_parser(
        "rename", parents=[common], help=helptext.translate("cli-help", "change someone's name")
    )
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(handler=_rename)

    edit = actions.add_parser(
        "edit",
        parents=[common],
        help=helptext.translate("cli-help", "change a child's birth month"),
    )
    edit.add_argument("name")
    edit.add_argument("--born", metavar="YYYY-MM[-DD]", required=True)
    edit.set_defaults(handler=_edit)

    remove = actions.add_parser(
        "remove",
        parents=[common],
        help=helptext.translate(
            "cli-help",
            "remove someone and everything about them (backups keep them until they rotate "
            "out, unless --from-backups)",
        ),
    )
    remove.add_argument("name")
    remove.add_argument(
        "--yes", action="store_true", help=helptext.translate("cli-help", "confirm the removal")
    )
    remove.add_argument(
        "--from-backups",
        action="store_true",
        help=helptext.translate(
            "cli-help",
            "also rewrite every backup without them (and delete the copies kept before upgrades)",
        ),
    )
    remove.set_defaults(handler=_remove)


def _birth_month(text: str) -> BirthMonth:
    try:
        return BirthMonth.parse(text)
    except ValueError as exc:
        raise ValidationError("born", "born-invalid", str(exc), born=text) from None


def _add(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        if args.adult:
            member = s.household.add(args.name, Role.ADULT)
        else:
            member = s.household.add(args.name, Role.CHILD, _birth_month(args.born))
        view = s.household.view(member)
    print(translate("cli", "Added {name} ({band}).").format(name=view.name, band=view.band.value))
    return 0


def _list(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        views = s.household.members()
    if args.json:
        print_json([v.as_dict() for v in views])
        return 0
    if not views:
        print(
            translate(
                "cli", "No one yet. Add someone with: familysafe member add NAME --born YYYY-MM"
            )
        )
        return 0
    roles = {Role.CHILD: translate("cli", "child"), Role.ADULT: translate("cli", "adult or carer")}
    print_table(
        [
            translate("cli", "Name"),
            translate("cli", "Role"),
            translate("cli", "Born"),
            translate("cli", "Age"),
            translate("cli", "Band"),
        ],
        [(v.name, roles[v.role], v.born, v.age, v.band.value) for v in views],
    )
    return 0


def _rename(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        member = s.household.rename(s.household.get(args.old).id, args.new)
    print(translate("cli", "Renamed to {name}.").format(name=member.name))
    return 0


def _edit(args: argparse.Namespace) -> int:
    born = _birth_month(args.born)
    with services_for(args) as s:
        member = s.household.get(args.name)
        if member.role is Role.ADULT:
            raise ValidationError("born", "born-adult", "adults have no birth month in FamilySafe")
        s.household.edit(member.id, member.name, member.role, born)
    print(translate("cli", "Saved {name}.").format(name=member.name))
    return 0


def _remove(args: argparse.Namespace) -> int:
    if not args.yes:
        raise ValidationError(
            "yes",
            "confirm-needed",
            "removing someone deletes everything about them: add --yes to confirm",
        )
    with services_for(args) as s:
        removed = s.household.remove(s.household.get(args.name).id)
        name = removed.member.name
        if args.from_backups:
            changed = s.backups.remove_member(removed.member.id, removed.added_on)
            print(
                translate("cli", "Removed {name}, also from {count} backup files.").format(
                    name=name, count=changed
                )
            )
            return 0
    print(
        translate(
            "cli",
            "Removed {name}. Backups keep them until they rotate out, within a year.",
        ).format(name=name)
    )
    return 0
