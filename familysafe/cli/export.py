"""``familysafe export ics PATH``: files made from the family's data, for other programs.

Each kind of file is one action of the ``export`` group: write a ``_register_<kind>`` function
that adds its parser to ``actions`` and list it in ``ACTIONS`` at the bottom.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from familysafe.cli.session import services_for
from familysafe.planner_texts import due_text
from familysafe.services.calendar import DEFAULT_WITHIN


def register(sub, common: argparse.ArgumentParser) -> None:
    actions = sub.actions(
        "export", common, help="save files for other programs: a calendar file, PDF documents"
    )
    for add_action in ACTIONS:
        add_action(actions, common)


# --- ics ------------------------------------------------------------------------------------


def _register_ics(actions, common: argparse.ArgumentParser) -> None:
    ics = actions.add_parser(
        "ics",
        parents=[common],
        help="a calendar file (.ics) with the family check-in and what is due: "
        "import it into your calendar app; importing it again updates the same events",
    )
    ics.add_argument("path", metavar="PATH", help="the file to write, e.g. familysafe.ics")
    ics.add_argument(
        "--within",
        type=int,
        default=DEFAULT_WITHIN,
        metavar="DAYS",
        help=f"include what is due in the next DAYS days (default {DEFAULT_WITHIN})",
    )
    ics.set_defaults(handler=_ics)


def _ics(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        done = s.calendar.export_ics(args.path, due_text, args.within)
    print(
        QCoreApplication.translate("cli", "Saved the calendar to {path} (events: {count}).").format(
            count=done.events, path=done.path
        )
    )
    return 0


ACTIONS = (_register_ics,)
