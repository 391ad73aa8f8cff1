"""``familysafe settings get KEY``, ``settings set KEY VALUE``, ``settings list [--json]``: the
Settings page from the command line, with the window's own checks
(:mod:`familysafe.services.setting_keys`)."""

from __future__ import annotations

import argparse

from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import json_flag
from familysafe.cli.session import services_for
from familysafe.services import setting_keys
from familysafe.words import translate


def register(sub, common: argparse.ArgumentParser) -> None:
    actions = sub.actions(
        "settings", common, help="read and change settings: country, language, check-in, ..."
    )
    get = actions.add_parser("get", parents=[common], help="print one setting's value")
    get.add_argument("key", metavar="KEY", help="a name from 'familysafe settings list'")
    get.set_defaults(handler=_get)
    put = actions.add_parser(
        "set",
        parents=[common],
        help="change a setting (an empty VALUE goes back to the default)",
        description="; ".join(f"{k.name}: {k.help}" for k in setting_keys.KEYS)
        + "; cadence.NAME: a child's own talk cadence (or family)",
    )
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(handler=_set)
    listing = actions.add_parser("list", parents=[common], help="every setting and its value")
    json_flag(listing)
    listing.set_defaults(handler=_list)


def _get(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        print(setting_keys.read(s, args.key))
    return 0


def _set(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        setting_keys.write(s, args.key, args.value)
        value = setting_keys.read(s, args.key)
    print(translate("cli", "{key} is now {value}").format(key=args.key, value=value or '""'))
    return 0


def _list(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        rows = [
            {"key": name, "value": setting_keys.read(s, name), "help": setting_keys.describe(name)}
            for name in setting_keys.names(s)
        ]
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [translate("cli", "Setting"), translate("cli", "Value")],
        [(r["key"], r["value"]) for r in rows],
    )
    return 0
