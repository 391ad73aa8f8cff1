"""``familysafe export ics PATH`` and ``familysafe export pdf PATH``: files made from the
family's data, for other programs and for paper.

Each kind of file is one action of the ``export`` group: write a ``_register_<kind>`` function
that adds its parser to ``actions`` and list it in ``ACTIONS`` at the bottom.
"""

from __future__ import annotations

import argparse

from familysafe.cli import helptext
from familysafe.cli.library import band_arg
from familysafe.cli.parser import list_options, switches, text_options, whole_number
from familysafe.cli.session import member_id, services_for
from familysafe.core.records import replace
from familysafe.words import translate


def register(sub, common: argparse.ArgumentParser) -> None:
    actions = sub.actions("export", common)
    for add_action in ACTIONS:
        add_action(actions, common)


# --- ics ------------------------------------------------------------------------------------


def _register_ics(actions, common: argparse.ArgumentParser) -> None:
    from familysafe.export.calendar import DEFAULT_WITHIN

    ics = actions.add_parser(
        "ics",
        parents=[common],
        help=helptext.translate(
            "cli-help",
            "a calendar file (.ics) with the family check-in and what is due: "
            "import it into your calendar app; importing it again updates the same events",
        ),
    )
    ics.add_argument(
        "path",
        metavar="PATH",
        help=helptext.translate("cli-help", "the file to write, e.g. familysafe.ics"),
    )
    ics.add_argument(
        "--within",
        type=whole_number(1, 3660, "days"),
        default=DEFAULT_WITHIN,
        metavar="DAYS",
        help=helptext.translate(
            "cli-help", "include what is due in the next DAYS days (default %(default)s)"
        ),
    )
    ics.set_defaults(handler=_ics)


def _ics(args: argparse.Namespace) -> int:
    from familysafe.words.planner import entry_title

    with services_for(args) as s:
        done = s.calendar.export_ics(args.path, entry_title, args.within)
    print(
        translate("cli", "Saved the calendar to {path} (events: {count}).").format(
            count=done.events, path=done.path
        )
    )
    return 0


# --- pdf ------------------------------------------------------------------------------------


def _register_pdf(actions, common: argparse.ArgumentParser) -> None:
    from familysafe.export.documents import KINDS
    from familysafe.services.country import PAPER_SIZES

    pdf = actions.add_parser(
        "pdf",
        parents=[common],
        help=helptext.translate(
            "cli-help",
            "a PDF to print or share: the family agreement, a handout for carers, the "
            "family plan or conversation cards",
        ),
        description=helptext.translate(
            "cli-help",
            "agreement: the agreement in words the children can read, with a place "
            "for everyone to sign. carer: for grandparents and sitters, each child's first name, "
            "age band, apps, rules and settings in place, what to do if something worries them, "
            "and whom to call. plan: for the parents, what to talk about next, the talks held, "
            "what is due and each app's checklist; private notes only with --include-notes. "
            "cards: one topic's conversation starters as cards to cut out.",
        ),
    )
    pdf.add_argument(
        "path",
        metavar="PATH",
        help=helptext.translate("cli-help", "the file to write, e.g. plan.pdf"),
    )
    pdf.add_argument(
        "--kind",
        choices=KINDS,
        default="plan",
        help=helptext.translate("cli-help", "the document (default plan)"),
    )
    list_options(
        pdf,
        (
            "--member",
            "NAME",
            helptext.translate("cli-help", "only these children (default: every child)"),
        ),
    )
    text_options(
        pdf,
        (
            "--topic",
            "ID",
            helptext.translate("cli-help", "cards: the topic (see: familysafe topic list)"),
        ),
        (
            "--band",
            "BAND",
            helptext.translate("cli-help", "cards: the age band whose words to use"),
        ),
    )
    switches(
        pdf,
        (
            "--include-notes",
            helptext.translate("cli-help", "plan: include the talks' private notes"),
        ),
        ("--large-print", helptext.translate("cli-help", "larger text throughout")),
    )
    list_options(
        pdf,
        (
            "--section",
            "ID",
            helptext.translate(
                "cli-help",
                "only these sections (plan: suggestions, history, due, checklists, follow-ups; "
                "carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, "
                "helplines, contact; agreement: its section ids, specifics, trusted-adults and "
                "signatures)",
            ),
        ),
        (
            "--home",
            "NAME",
            helptext.translate(
                "cli-help", "agreement: one copy for each home, headed with its name"
            ),
        ),
    )
    text_options(
        pdf,
        (
            "--contact",
            "TEXT",
            helptext.translate("cli-help", "carer: how to reach you (default: the saved one)"),
        ),
        (
            "--backup-contact",
            "TEXT",
            helptext.translate(
                "cli-help",
                "carer: a neighbour or relative to call (default: the saved one; "
                "else a blank line)",
            ),
        ),
        (
            "--away",
            "TEXT",
            helptext.translate(
                "cli-help",
                "carer: where you are and when you will be back (never saved; "
                "default: blank lines)",
            ),
        ),
        (
            "--address",
            "TEXT",
            helptext.translate(
                "cli-help",
                "carer: your home address for emergency services (never saved; "
                "default: a blank line)",
            ),
        ),
    )
    pdf.add_argument(
        "--paper",
        choices=PAPER_SIZES,
        help=helptext.translate(
            "cli-help",
            "a4 or letter (US Letter); default: the saved choice, else the country's custom",
        ),
    )
    pdf.set_defaults(handler=_pdf)


def _pdf(args: argparse.Namespace) -> int:
    from familysafe.services.exports import ExportOptions

    options = ExportOptions(
        kind=args.kind,
        sections=tuple(args.section) if args.section else None,
        include_notes=args.include_notes,
        large_print=args.large_print,
        topic_id=args.topic,
        band=band_arg(args.band),
        homes=tuple(args.home or ()),
        contact=args.contact,
        backup=args.backup_contact,
        away=args.away,
        address=args.address,
        paper=args.paper,
    )
    with services_for(args) as s:
        children = tuple(member_id(s, name) for name in args.member or ())
        done = s.exports.export_pdf(args.path, replace(options, members=children))
    print(
        translate("cli", "Saved {path}. Pages: {pages}.").format(path=done.path, pages=done.pages)
    )
    return 0


ACTIONS = (_register_ics, _register_pdf)
