"""``familysafe topic|app catalogue|helplines``: reading the content library."""

from __future__ import annotations

import argparse

from familysafe.cli import helptext
from familysafe.cli.app_show import show_app
from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import json_flag
from familysafe.cli.session import services_for
from familysafe.core.errors import ValidationError
from familysafe.words import translate

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.core.bands import Band
    from familysafe.core.library import Topic


def register(sub, common: argparse.ArgumentParser) -> None:
    topic = sub.add_parser("topic", parents=[common])
    actions = topic.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(topic)
    )
    listing = actions.add_parser(
        "list", parents=[common], help=helptext.translate("cli-help", "list topics")
    )
    listing.add_argument(
        "--band",
        metavar="BAND",
        help=helptext.translate("cli-help", "only topics for this age band"),
    )
    json_flag(listing)
    listing.set_defaults(handler=_topic_list)
    show = actions.add_parser(
        "show", parents=[common], help=helptext.translate("cli-help", "a topic's whole guide")
    )
    show.add_argument("id")
    show.add_argument(
        "--band",
        metavar="BAND",
        help=helptext.translate("cli-help", "show the starters for this band"),
    )
    json_flag(show)
    show.set_defaults(handler=_topic_show)

    app_actions = sub.actions("app", common)
    catalogue = app_actions.add_parser(
        "catalogue",
        parents=[common],
        help=helptext.translate("cli-help", "every app FamilySafe knows, with its checklist"),
    )
    json_flag(catalogue)
    catalogue.set_defaults(handler=_catalogue)
    show = app_actions.add_parser(
        "show",
        parents=[common],
        help=helptext.translate(
            "cli-help", "one app's whole entry: ages, rules, checklist, sources"
        ),
    )
    show.add_argument("app_id", metavar="APP_ID")
    json_flag(show)
    show.set_defaults(handler=show_app)

    helplines = sub.add_parser("helplines", parents=[common])
    which = helplines.add_mutually_exclusive_group()
    which.add_argument(
        "--country",
        metavar="CC",
        help=helptext.translate(
            "cli-help",
            "another country's, by ISO code, e.g. GB, US, AU (default: the family's country)",
        ),
    )
    which.add_argument(
        "--all",
        action="store_true",
        help=helptext.translate("cli-help", "every country's helplines"),
    )
    json_flag(helplines)
    helplines.set_defaults(handler=_helplines)


def band_arg(text: str | None) -> Band | None:
    from familysafe.core.bands import Band

    if text is None:
        return None
    try:
        return Band.parse(text)
    except ValueError as exc:
        raise ValidationError("band", "band-invalid", str(exc), band=text) from None


def _topic_list(args: argparse.Namespace) -> int:
    band = band_arg(args.band)
    with services_for(args) as s:
        topics = s.library.topics(band)
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "title": t.title,
                    "bands": [b.value for b in t.bands],
                    "features": list(t.features),
                    "revisit_days": t.revisit_days,
                }
                for t in topics
            ]
        )
        return 0
    print_table(
        [translate("cli", "Id"), translate("cli", "Title"), translate("cli", "Bands")],
        [(x.id, x.title, " ".join(b.value for b in x.bands)) for x in topics],
    )
    return 0


def topic_dict(topic: Topic, band: Band | None) -> dict[str, object]:
    bands = [band] if band else list(topic.bands)
    return {
        "id": topic.id,
        "title": topic.title,
        "strand": topic.strand,
        "bands": [b.value for b in topic.bands],
        "features": list(topic.features),
        "revisit_days": topic.revisit_days,
        "written": topic.written.isoformat(),
        "checked": topic.checked.isoformat(),
        "sources": list(topic.sources),
        "summary": topic.parents.summary,
        "why": topic.parents.why,
        "key_messages": list(topic.parents.key_messages),
        "warning_signs": list(topic.parents.warning_signs),
        "if_it_happens": list(topic.parents.if_it_happens),
        "starters": {b.value: list(topic.starters[b]) for b in bands},
        "activities": {b.value: topic.activities[b] for b in bands if b in topic.activities},
    }


def _topic_show(args: argparse.Namespace) -> int:
    band = band_arg(args.band)
    with services_for(args) as s:
        topic = s.library.topic(args.id)
        if band:
            s.library.check_band(topic, band)
    data = topic_dict(topic, band)
    if args.json:
        print_json(data)
        return 0
    print(topic.title)
    print("=" * len(topic.title))
    if not topic.translated:
        print(translate("Content", "Not yet translated into your language: shown in English."))
    print(topic.parents.summary, "\n")
    _section(translate("cli", "Why it matters"), [topic.parents.why])
    _section(translate("cli", "Key messages"), topic.parents.key_messages)
    _section(translate("cli", "Signs something may be wrong"), topic.parents.warning_signs)
    _section(translate("cli", "If it happens"), topic.parents.if_it_happens, numbered=True)
    for b in [band] if band else topic.bands:
        starters = topic.starters[b]
        _section(translate("cli", "Conversation starters ({band})").format(band=b.value), starters)
        if b in topic.activities:
            activity = topic.activities[b]
            _section(translate("cli", "Activity ({band})").format(band=b.value), [activity])
    return 0


def _section(title: str, lines, numbered: bool = False) -> None:
    print(title)
    for i, line in enumerate(lines, 1):
        print(f"  {i}. {line}" if numbered else f"  - {line}")
    print()


def _catalogue(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        apps = s.library.apps()
    if args.json:
        print_json(
            [
                {
                    "id": a.id,
                    "name": a.name,
                    "min_age": a.min_age,
                    "features": list(a.features),
                    "parental_tool": a.parental_tool,
                    "checklist": [{"id": i.id, "title": i.title} for i in a.checklist],
                    "written": a.written.isoformat(),
                    "checked": a.checked.isoformat(),
                }
                for a in apps
            ]
        )
        return 0
    print_table(
        [
            translate("cli", "Id"),
            translate("cli", "Name"),
            translate("cli", "Min. age"),
            translate("cli", "Checklist"),
        ],
        [(a.id, a.name, a.min_age or "-", len(a.checklist)) for a in apps],
    )
    return 0


def _helplines(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        if args.country:
            countries = [s.library.country(args.country)]
        elif args.all:
            home = s.settings.helpline_country()
            countries = [home] + [c for c in s.library.countries() if c is not home]
        else:
            countries = [s.settings.helpline_country()]
    rows = [
        {
            "country": c.code,
            "name": r.name,
            "purpose": r.purpose,
            "audience": r.audience,
            "phone": r.phone,
            "url": r.url,
        }
        for c in countries
        for r in c.routes
    ]
    if args.json:
        print_json(rows)
        return 0
    for country in countries:
        print(
            f"{country.name} ({country.code}) · "
            + translate("cli", "emergency: {number}").format(number=country.emergency)
        )
        for r in country.routes:
            contact = " · ".join(x for x in (r.phone, r.url) if x)
            print(f"  {r.name}: {contact}\n    {r.purpose}")
        print()
    return 0
