"""Every command: its name, its line in ``familysafe --help`` and the command modules that add
its options, in the order ``--help`` lists them.

``familysafe --help`` (or a command that does not exist) needs only this list: no command
module is imported for it. A command's own parser is built when it is named.
"""

from __future__ import annotations

from familysafe.cli import helptext

# The command modules (``familysafe.cli.NAME``), in the order they add their commands.
GROUPS = ("members", "library", "planner", "export", "agreement", "settings", "backups")
_PLANNER = ("planner",)


def outline() -> list[tuple[str, str, tuple[str, ...]]]:
    """(command, its line in ``--help``, the modules that add it) for every command."""
    return [
        (
            "member",
            helptext.translate(
                "cli-help", "add, list, rename, edit or remove the people in your household"
            ),
            ("members",),
        ),
        ("topic", helptext.translate("cli-help", "browse conversation topics"), ("library",)),
        (
            "app",
            helptext.translate("cli-help", "the app catalogue, and a child's apps"),
            ("library", "planner"),
        ),
        (
            "helplines",
            helptext.translate("cli-help", "helplines and reporting routes for a country"),
            ("library",),
        ),
        ("apps", helptext.translate("cli-help", "the apps a member uses"), _PLANNER),
        (
            "checklist",
            helptext.translate(
                "cli-help",
                "privacy checklists: 'checklist MEMBER [APP_ID]', "
                "'checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]'",
            ),
            _PLANNER,
        ),
        ("talk", helptext.translate("cli-help", "log a talk"), _PLANNER),
        (
            "talk-edit",
            helptext.translate("cli-help", "change a logged talk (what you leave out stays)"),
            _PLANNER,
        ),
        ("talk-delete", helptext.translate("cli-help", "delete a logged talk"), _PLANNER),
        ("history", helptext.translate("cli-help", "talks logged"), _PLANNER),
        ("suggest", helptext.translate("cli-help", "what to talk about next"), _PLANNER),
        (
            "due",
            helptext.translate(
                "cli-help", "what is overdue and coming up (exit 3 when something is overdue)"
            ),
            _PLANNER,
        ),
        ("snooze", helptext.translate("cli-help", "hide a due item for a while"), _PLANNER),
        ("done", helptext.translate("cli-help", "mark a due item done"), _PLANNER),
        (
            "export",
            helptext.translate(
                "cli-help", "save files for other programs: a calendar file, PDF documents"
            ),
            ("export",),
        ),
        (
            "agreement",
            helptext.translate("cli-help", "the family agreement: build it, agree it, review it"),
            ("agreement",),
        ),
        (
            "settings",
            helptext.translate(
                "cli-help", "read and change settings: country, language, check-in, ..."
            ),
            ("settings",),
        ),
        (
            "backup",
            helptext.translate("cli-help", "make, list or restore backups of your data"),
            ("backups",),
        ),
    ]


# Which modules each command needs (the help lines are looked up only when help is shown).
COMMANDS: dict[str, tuple[str, ...]] = {name: modules for name, _, modules in outline()}
