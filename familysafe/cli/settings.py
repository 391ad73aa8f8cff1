"""``familysafe settings get KEY``, ``settings set KEY VALUE``, ``settings list [--json]``: the
Settings page from the command line, with the window's own checks
(:mod:`familysafe.services.setting_keys`)."""

from __future__ import annotations

import argparse

from familysafe.cli import helptext
from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import json_flag
from familysafe.cli.session import services_for
from familysafe.services import setting_keys
from familysafe.words import translate


def register(sub, common: argparse.ArgumentParser) -> None:
    actions = sub.actions("settings", common)
    get = actions.add_parser(
        "get", parents=[common], help=helptext.translate("cli-help", "print one setting's value")
    )
    get.add_argument(
        "key",
        metavar="KEY",
        help=helptext.translate("cli-help", "a name from 'familysafe settings list'"),
    )
    get.set_defaults(handler=_get)
    put = actions.add_parser(
        "set",
        parents=[common],
        help=helptext.translate(
            "cli-help", "change a setting (an empty VALUE goes back to the default)"
        ),
        description=helptext.Later("", _keys_described),
    )
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(handler=_set)
    listing = actions.add_parser(
        "list", parents=[common], help=helptext.translate("cli-help", "every setting and its value")
    )
    json_flag(listing)
    listing.set_defaults(handler=_list)


def _keys_described() -> str:
    """What each setting's value means (``settings set --help``), in the language in use."""
    meaning = {
        "country": helptext.translate(
            "cli-help",
            "the family's country for helplines and paper, e.g. GB, US, AU (auto: the computer's)",
        ),
        "language": helptext.translate(
            "cli-help", "FamilySafe's language, e.g. en, es (auto: the computer's)"
        ),
        "text-size": helptext.translate(
            "cli-help", "the window's text size in per cent: 100, 125 or 150"
        ),
        "paper": helptext.translate(
            "cli-help", "the paper documents print on: a4 or letter (auto: the country's custom)"
        ),
        "family-name": helptext.translate(
            "cli-help", "how printed documents name the family (empty: 'Our family')"
        ),
        "contact": helptext.translate(
            "cli-help", "how a carer reaches the parents, printed on the carer handout"
        ),
        "author": helptext.translate("cli-help", "the author written into PDF files (empty: none)"),
        "checkin-frequency": helptext.translate(
            "cli-help", "how often the family check-in is: weekly, fortnightly or monthly"
        ),
        "checkin-day": helptext.translate("cli-help", "the check-in's day: monday ... sunday"),
        "checkin-week": helptext.translate(
            "cli-help", "for a monthly check-in, which week: 1, 2, 3, 4 or last"
        ),
        "checkin-time": helptext.translate("cli-help", "the check-in's time, e.g. 18:00"),
        "cadence": helptext.translate(
            "cli-help", "how often to talk with each child: 1w, 2w, 1m, 2m or 3m"
        ),
        "recheck-months": helptext.translate(
            "cli-help", "how often to check privacy settings again, in months (1 to 24)"
        ),
        "reminders": helptext.translate(
            "cli-help", "desktop reminders while FamilySafe runs: on or off"
        ),
        "reminder-names": helptext.translate(
            "cli-help", "whether reminders show the children's first names: on or off"
        ),
        "reminder-time": helptext.translate(
            "cli-help", "when the daily summary of what is overdue comes, e.g. 09:00"
        ),
    }
    parts = [f"{k.name}: {helptext.shown(meaning.get(k.name, k.help))}" for k in setting_keys.KEYS]
    parts.append(
        "cadence.NAME: "
        + helptext.shown(helptext.translate("cli-help", "a child's own talk cadence (or family)"))
    )
    return "; ".join(parts)


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
