"""``familysafe agreement show|suggestions|add|remove|agree|versions|specifics|trusted-adult``:
the family agreement.

A family builds its agreement from suggestions and its own words, then agrees it: each agreement
is kept as a numbered version, with a review date that ``familysafe due`` brings back.
"""

from __future__ import annotations

import argparse

from familysafe.cli import helptext, specifics
from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import identifier, iso_date, json_flag
from familysafe.cli.session import member_id, services_for
from familysafe.words import translate
from familysafe.words.lists import join_list

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.services.agreement import AgreedVersion, ShownLine, ShownSection


def register(sub, common: argparse.ArgumentParser) -> None:
    agreement = sub.add_parser("agreement", parents=[common])
    actions = agreement.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(agreement)
    )

    show = actions.add_parser(
        "show", parents=[common], help=helptext.translate("cli-help", "the agreement as it stands")
    )
    json_flag(show)
    show.set_defaults(handler=_show)

    suggestions = actions.add_parser(
        "suggestions",
        parents=[common],
        help=helptext.translate("cli-help", "suggested lines for your children's ages"),
    )
    json_flag(suggestions)
    suggestions.set_defaults(handler=_suggestions)

    add = actions.add_parser(
        "add", parents=[common], help=helptext.translate("cli-help", "add a line to a section")
    )
    add.add_argument(
        "section",
        help=helptext.translate(
            "cli-help", "a section id, from 'familysafe agreement suggestions'"
        ),
    )
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--suggestion", metavar="ID", help=helptext.translate("cli-help", "a suggestion's id")
    )
    source.add_argument(
        "--text",
        metavar="TEXT",
        help=helptext.translate("cli-help", "your own words (up to 300 characters)"),
    )
    add.add_argument(
        "--for",
        dest="children",
        nargs="+",
        action="extend",
        metavar="NAME",
        help=helptext.translate("cli-help", "only for these children (default: everyone)"),
    )
    add.set_defaults(handler=_add)

    remove = actions.add_parser(
        "remove", parents=[common], help=helptext.translate("cli-help", "remove a line")
    )
    remove.add_argument("line_id", type=identifier, metavar="LINE_ID")
    remove.set_defaults(handler=_remove)

    agree = actions.add_parser(
        "agree",
        parents=[common],
        help=helptext.translate("cli-help", "agree the agreement as it stands (a new version)"),
    )
    agree.add_argument(
        "--by",
        action="append",
        required=True,
        metavar="NAME",
        help=helptext.translate("cli-help", "someone who agreed"),
    )
    agree.add_argument(
        "--on",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=helptext.translate("cli-help", "the day it was agreed (default today)"),
    )
    agree.add_argument(
        "--review-on",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=helptext.translate("cli-help", "when to look at it again (default three months on)"),
    )
    agree.set_defaults(handler=_agree)

    versions = actions.add_parser(
        "versions", parents=[common], help=helptext.translate("cli-help", "every version agreed")
    )
    json_flag(versions)
    versions.set_defaults(handler=_versions)

    specifics.register(actions, common)


def _line_json(line: ShownLine) -> dict[str, object]:
    row: dict[str, object] = {"id": line.id} if line.id is not None else {}
    row.update(
        text=line.text,
        suggestion_id=line.suggestion_id,
        own=line.own,
        children=list(line.children),
    )
    return row


def _section_json(section: ShownSection) -> dict[str, object]:
    return {
        "id": section.id,
        "title": section.title,
        "voice": section.voice,
        "lines": [_line_json(x) for x in section.lines],
    }


def _version_json(version: AgreedVersion) -> dict[str, object]:
    return {
        "version": version.number,
        "agreed_on": version.agreed_on.isoformat(),
        "review_on": version.review_on.isoformat(),
        "reviewed_on": version.reviewed_on.isoformat() if version.reviewed_on else None,
        "signed_by": list(version.signed_by),
        "sections": [_section_json(s) for s in version.sections],
    }


def _print_lines(sections, with_ids: bool) -> None:
    for section in sections:
        if not section.lines:
            continue
        print(section.title)
        for line in section.lines:
            mark = f"[{line.id}] " if with_ids else "- "
            who = translate("cli", " (for {names})").format(names=join_list(line.children))
            print(f"  {mark}{line.text}{who if line.children else ''}")


def _show(args) -> int:
    with services_for(args) as s:
        draft, current = s.agreement.draft(), s.agreement.current()
    if args.json:
        print_json(
            {
                "agreed_version": draft.agreed_version,
                "agreed_on": current.agreed_on.isoformat() if current else None,
                "review_on": current.review_on.isoformat() if current else None,
                "changed": draft.changed,
                "sections": [dict(_section_json(x), purpose=x.purpose) for x in draft.sections],
            }
        )
        return 0
    if current is None:
        print(translate("cli", "Not agreed yet."))
    else:
        print(
            translate(
                "cli", "Version {version}, agreed on {agreed}; look at it again on {review}."
            ).format(version=current.number, agreed=current.agreed_on, review=current.review_on)
        )
    if draft.is_empty:
        print(translate("cli", "No lines yet. See: familysafe agreement suggestions"))
        return 0
    if draft.changed and current is not None:
        print(
            translate(
                "cli",
                "Changed since it was agreed: agree it again with: familysafe agreement agree",
            )
        )
    print()
    _print_lines(draft.sections, with_ids=True)
    return 0


def _suggestions(args) -> int:
    with services_for(args) as s:
        sections = s.agreement.suggestions()
    if args.json:
        print_json(
            [
                {
                    "id": x.id,
                    "title": x.title,
                    "purpose": x.purpose,
                    "voice": x.voice,
                    "suggestions": [
                        {
                            "id": g.id,
                            "text": g.text,
                            "bands": [b.value for b in g.bands],
                            "children": list(g.children),
                            "added": g.added,
                        }
                        for g in x.suggestions
                    ],
                }
                for x in sections
            ]
        )
        return 0
    for section in sections:
        print(f"{section.title}  [{section.id}]")
        print(f"  {section.purpose}")
        print_table(
            ["", translate("cli", "Id"), translate("cli", "Suggestion"), translate("cli", "Suits")],
            [
                ("✓" if g.added else "", g.id, g.text, join_list(g.children))
                for g in section.suggestions
            ],
        )
        print()
    return 0


def _add(args) -> int:
    with services_for(args) as s:
        children = [member_id(s, name) for name in args.children or ()]
        line = s.agreement.add_line(
            args.section, suggestion_id=args.suggestion, text=args.text, children=children
        )
    print(translate("cli", "Added line {id}: {text}").format(id=line.id, text=line.text))
    return 0


def _remove(args) -> int:
    with services_for(args) as s:
        s.agreement.remove_line(args.line_id)
    print(translate("cli", "Removed line {id}.").format(id=args.line_id))
    return 0


def _agree(args) -> int:
    with services_for(args) as s:
        signers = [member_id(s, name) for name in args.by]
        version = s.agreement.agree(signers, args.on, args.review_on)
    print(
        translate("cli", "Agreed: version {version}, to look at again on {date}.").format(
            version=version.number, date=version.review_on
        )
    )
    return 0


def _versions(args) -> int:
    with services_for(args) as s:
        versions = s.agreement.versions()
    if args.json:
        print_json([_version_json(v) for v in versions])
        return 0
    if not versions:
        print(translate("cli", "Not agreed yet."))
        return 0
    print_table(
        [
            translate("cli", "Version"),
            translate("cli", "Agreed on"),
            translate("cli", "Review on"),
            translate("cli", "Agreed by"),
            translate("cli", "Lines"),
        ],
        [
            (v.number, v.agreed_on, v.review_on, join_list(v.signed_by), len(v.lines))
            for v in versions
        ],
    )
    return 0
