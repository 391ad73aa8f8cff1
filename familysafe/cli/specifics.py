"""``familysafe agreement specifics`` and ``familysafe agreement trusted-adult ...``: what the
family fills in beside its agreement (each child's screen-free places and times, device bedtime,
time for games and videos, devices; the trusted adults it names). Stored only when entered."""

from __future__ import annotations

import argparse
import sys

from familysafe.cli import helptext
from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import json_flag, text_options
from familysafe.cli.session import member_id, services_for
from familysafe.core.specifics import split_devices
from familysafe.words import translate
from familysafe.words.lists import join_list

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.services.specifics import ChildDetails


def register(actions, common: argparse.ArgumentParser) -> None:
    specifics = actions.add_parser(
        "specifics",
        parents=[common],
        help=helptext.translate(
            "cli-help",
            "each child's screen-free places and times, device bedtime, time for games and "
            "videos, and devices (shown without options; an empty value clears one)",
        ),
    )
    specifics.add_argument(
        "child",
        nargs="?",
        metavar="NAME",
        help=helptext.translate("cli-help", "the child (default: all)"),
    )
    text_options(
        specifics,
        (
            "--screen-free",
            "TEXT",
            helptext.translate("cli-help", 'places and times without screens, e.g. "meals"'),
        ),
        (
            "--bedtime",
            "HH:MM",
            helptext.translate("cli-help", 'when devices go to bed, e.g. 20:00 ("" for none)'),
        ),
        (
            "--play-time",
            "TEXT",
            helptext.translate("cli-help", 'how long games and videos last, e.g. "1 hour a day"'),
        ),
        (
            "--devices",
            "LIST",
            helptext.translate(
                "cli-help", 'the devices the child uses, separated by commas, e.g. "tablet, Switch"'
            ),
        ),
    )
    json_flag(specifics)
    specifics.set_defaults(handler=_specifics)

    trusted = actions.add_parser(
        "trusted-adult",
        parents=[common],
        help=helptext.translate(
            "cli-help", "the trusted adults your family names on the agreement"
        ),
    )
    steps = trusted.add_subparsers(
        dest="step", metavar="STEP", required=True, parser_class=type(trusted)
    )
    add = steps.add_parser(
        "add", parents=[common], help=helptext.translate("cli-help", "name a trusted adult")
    )
    add.add_argument("name", metavar="NAME", help=helptext.translate("cli-help", 'e.g. "Aunt Mei"'))
    add.add_argument(
        "--phone",
        metavar="NUMBER",
        help=helptext.translate("cli-help", "a phone number to print beside the name"),
    )
    add.set_defaults(handler=_trusted_add)
    remove = steps.add_parser(
        "remove", parents=[common], help=helptext.translate("cli-help", "remove a trusted adult")
    )
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=_trusted_remove)
    listing = steps.add_parser(
        "list", parents=[common], help=helptext.translate("cli-help", "the trusted adults named")
    )
    json_flag(listing)
    listing.set_defaults(handler=_trusted_list)


def _json(child: ChildDetails) -> dict[str, object]:
    return {
        "name": child.name,
        "band": child.band.value,
        "apps": list(child.apps),
        "devices": list(child.devices),
        "screen_free": child.screen_free,
        "bedtime": child.bedtime.strftime("%H:%M") if child.bedtime else None,
        "play_time": child.play_time,
    }


def _specifics(args: argparse.Namespace) -> int:
    changes = {
        key: value
        for key, value in (
            ("screen_free", args.screen_free),
            ("bedtime", args.bedtime),
            ("play_time", args.play_time),
        )
        if value is not None
    }
    if args.devices is not None:
        changes["devices"] = split_devices(args.devices)
    if changes and not args.child:
        return _usage(translate("cli", "name the child to change"))
    with services_for(args) as s:
        chosen = [member_id(s, args.child)] if args.child else []
        if changes:
            s.specifics.set_specifics(chosen[0], **changes)
        children = s.specifics.children(chosen)
    if args.json:
        print_json([_json(c) for c in children])
        return 0
    if changes:
        print(translate("cli", "Saved for {name}.").format(name=children[0].name))
    print_table(
        [
            translate("cli", "Child"),
            translate("cli", "Screen-free"),
            translate("cli", "Device bedtime"),
            translate("cli", "Games and videos"),
            translate("cli", "Devices"),
        ],
        [
            (
                c.name,
                c.screen_free,
                c.bedtime.strftime("%H:%M") if c.bedtime else "",
                c.play_time,
                join_list(c.devices),
            )
            for c in children
        ],
    )
    return 0


def _usage(reason: str) -> int:
    print(f"familysafe agreement specifics: {reason}", file=sys.stderr)
    return 2


def _trusted_add(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        adult = s.specifics.add_trusted_adult(args.name, args.phone)
    print(translate("cli", "Trusted adult: {name}").format(name=adult.name))
    return 0


def _trusted_remove(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        removed = s.specifics.remove_trusted_adult(args.name)
    print(translate("cli", "Removed {name}.").format(name=removed.name))
    return 0


def _trusted_list(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        adults = s.specifics.trusted_adults()
    if args.json:
        print_json([{"name": a.name, "phone": a.phone} for a in adults])
        return 0
    if not adults:
        print(translate("cli", "No trusted adults named yet."))
        return 0
    print_table(
        [translate("cli", "Name"), translate("cli", "Phone")], [(a.name, a.phone) for a in adults]
    )
    return 0
