"""``familysafe app add|remove``, ``apps``, ``checklist``, ``talk``, ``talk-edit``,
``talk-delete``, ``history``, ``suggest``, ``due``, ``snooze`` and ``done``: the planner from
the command line."""

from __future__ import annotations

import argparse

from familysafe.cli import helptext
from familysafe.cli.output import print_json, print_table
from familysafe.cli.parser import identifier, iso_date, json_flag, whole_number
from familysafe.cli.session import member_id, services_for
from familysafe.core.due import DueEntry, SettingsDue, TalkDue
from familysafe.core.errors import ValidationError
from familysafe.words.catalogue import long_date, translate
from familysafe.words.lists import join_list
from familysafe.words.planner import entry_title, reason_text, talk_topic, when_text

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.core.library import AgeRule

EXIT_OVERDUE = 3


def register(sub, common: argparse.ArgumentParser) -> None:
    actions = sub.actions("app", common)
    add = actions.add_parser(
        "add", parents=[common], help=helptext.translate("cli-help", "add apps a child uses")
    )
    add.add_argument("member")
    add.add_argument("app_ids", nargs="+", metavar="APP_ID")
    add.set_defaults(handler=_app_add)
    remove = actions.add_parser(
        "remove",
        parents=[common],
        help=helptext.translate("cli-help", "remove an app from a child"),
    )
    remove.add_argument("member")
    remove.add_argument("app_id")
    remove.set_defaults(handler=_app_remove)

    apps = sub.add_parser("apps", parents=[common])
    apps.add_argument("member")
    json_flag(apps)
    apps.set_defaults(handler=_apps)

    checklist = sub.add_parser(
        "checklist",
        parents=[common],
    )
    checklist.add_argument("words", nargs="+", metavar="ARG")
    checklist.add_argument(
        "--on",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=helptext.translate("cli-help", "the day it was checked (default today)"),
    )
    json_flag(checklist)
    checklist.set_defaults(handler=_checklist)

    talk = sub.add_parser("talk", parents=[common])
    talk.add_argument("members", nargs="+", metavar="MEMBER")
    talk.add_argument("--topic", action="append", required=True, metavar="ID")
    talk.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD")
    talk.add_argument(
        "--note",
        default="",
        help=helptext.translate("cli-help", "private notes (never shown in reminders)"),
    )
    talk.add_argument("--how", default="", help=helptext.translate("cli-help", "how it went"))
    talk.add_argument("--follow-up", metavar="TEXT")
    talk.add_argument(
        "--by",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=helptext.translate("cli-help", "follow-up due date"),
    )
    talk.set_defaults(handler=_talk)

    edit = sub.add_parser("talk-edit", parents=[common])
    edit.add_argument(
        "talk_id",
        type=identifier,
        metavar="TALK_ID",
        help=helptext.translate("cli-help", "from 'familysafe history'"),
    )
    edit.add_argument(
        "--member",
        action="append",
        metavar="NAME",
        help=helptext.translate("cli-help", "who took part"),
    )
    edit.add_argument("--topic", action="append", metavar="ID")
    edit.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD")
    edit.add_argument(
        "--note", help=helptext.translate("cli-help", "private notes ('' clears them)")
    )
    edit.add_argument("--how", help=helptext.translate("cli-help", "how it went ('' clears it)"))
    edit.set_defaults(handler=_talk_edit)

    delete = sub.add_parser("talk-delete", parents=[common])
    delete.add_argument(
        "talk_id",
        type=identifier,
        metavar="TALK_ID",
        help=helptext.translate("cli-help", "from 'familysafe history'"),
    )
    delete.set_defaults(handler=_talk_delete)

    history = sub.add_parser("history", parents=[common])
    history.add_argument("member", nargs="?")
    json_flag(history)
    history.set_defaults(handler=_history)

    suggest = sub.add_parser("suggest", parents=[common])
    suggest.add_argument("member")
    suggest.add_argument("--limit", type=whole_number(1, 1000, "topics"), default=5)
    json_flag(suggest)
    suggest.set_defaults(handler=_suggest)

    due = sub.add_parser("due", parents=[common])
    due.add_argument("--within", type=whole_number(0, 3660, "days"), default=7, metavar="DAYS")
    due.add_argument(
        "--quiet",
        action="store_true",
        help=helptext.translate("cli-help", "print nothing when nothing is overdue"),
    )
    json_flag(due)
    due.set_defaults(handler=_due)

    snooze = sub.add_parser("snooze", parents=[common])
    snooze.add_argument(
        "key", help=helptext.translate("cli-help", "the item's key, from 'familysafe due --json'")
    )
    snooze.add_argument(
        "--days",
        type=whole_number(1, 365, "days"),
        default=1,
        help=helptext.translate("cli-help", "1 for a day, 7 for a week"),
    )
    snooze.set_defaults(handler=_snooze)

    done = sub.add_parser("done", parents=[common])
    done.add_argument("key")
    done.set_defaults(handler=_done)


def _app_add(args) -> int:
    with services_for(args) as s:
        for status in s.planner.add_apps(member_id(s, args.member), args.app_ids):
            print(translate("cli", "Added {app}.").format(app=status.app.name))
            if status.below_min_age:
                print(
                    "  "
                    + translate(
                        "cli",
                        "Note: {app} asks users to be at least {age}. Age limits exist "
                        "because of the features and contact the app allows; you know your child "
                        "best, and the checklist helps make it safer.",
                    ).format(app=status.app.name, age=status.min_age)
                )
            for line in _rule_lines([status]):
                print("  " + line)
    return 0


def _app_remove(args) -> int:
    with services_for(args) as s:
        s.planner.remove_app(member_id(s, args.member), args.app_id)
    print(translate("cli", "Removed {app}.").format(app=args.app_id))
    return 0


def _apps(args) -> int:
    with services_for(args) as s:
        rows = s.planner.apps(member_id(s, args.member))
    if args.json:
        print_json(
            [
                {
                    "id": r.app.id,
                    "name": r.app.name,
                    "below_min_age": r.below_min_age,
                    "min_age": r.min_age,
                    "age_rules": [_rule_dict(x) for x in r.age_rules],
                    "features": list(r.app.features),
                    "checklist_done": r.checklist_done,
                    "checklist_total": r.checklist_total,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        [translate("cli", "Id"), translate("cli", "Name"), translate("cli", "Checklist"), ""],
        [
            (
                r.app.id,
                r.app.name,
                f"{r.checklist_done}/{r.checklist_total}",
                translate("cli", "below its minimum age") if r.below_min_age else "",
            )
            for r in rows
        ],
    )
    _print_rules(rows)
    return 0


def _rule_dict(rule: AgeRule) -> dict[str, object]:
    return {
        "feature": rule.feature,
        "min_age": rule.min_age,
        "text": rule.text,
        "source": rule.source,
        "checked": rule.checked.isoformat(),
    }


def _rule_lines(statuses) -> list[str]:
    """ "TikTok: Going LIVE needs 18+" for each age rule the child is still too young for."""
    return [
        translate("cli", "{app}: {rule}").format(app=s.app.name, rule=rule.text)
        for s in statuses
        for rule in s.age_rules
    ]


def _print_rules(statuses) -> None:
    lines = _rule_lines(statuses)
    if lines:
        print()
        print(translate("cli", "Age rules that apply:"))
        for line in lines:
            print("  " + line)


def _checklist(args) -> int:
    words = args.words
    if words[0] in ("done", "undo"):
        if len(words) != 4:
            raise ValidationError(
                "args", "checklist-usage", "use: checklist done|undo MEMBER APP_ID ITEM_ID"
            )
        with services_for(args) as s:
            who = member_id(s, words[1])
            s.planner.mark(who, words[2], words[3], done=words[0] == "done", on=args.on)
        print(translate("cli", "Saved."))
        return 0
    if len(words) > 2:
        raise ValidationError("args", "checklist-usage", "use: checklist MEMBER [APP_ID]")
    with services_for(args) as s:
        who = member_id(s, words[0])
        states = s.planner.checklist(who, words[1] if len(words) == 2 else None)
        statuses = [a for a in s.planner.apps(who) if len(words) == 1 or a.app.id == words[1]]
    rows = [
        {
            "app_id": x.app_id,
            "item_id": x.item_id,
            "title": x.title,
            "done": x.done,
            "checked_on": x.checked_on,
            "recheck_on": x.recheck_on,
        }
        for x in states
    ]
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            translate("cli", "App"),
            translate("cli", "Item"),
            translate("cli", "Done"),
            translate("cli", "Re-check"),
        ],
        [(r["app_id"], r["title"], "✓" if r["done"] else "", r["recheck_on"] or "") for r in rows],
    )
    _print_rules(statuses)
    return 0


def _talk(args) -> int:
    follow_ups = []
    if args.follow_up or args.by:
        if not (args.follow_up and args.by):
            raise ValidationError(
                "follow_up", "follow-up-needs-date", "--follow-up and --by go together"
            )
        follow_ups.append((args.follow_up, args.by))
    with services_for(args) as s:
        talk_id = s.planner.log_talk(
            [member_id(s, name) for name in args.members],
            args.topic,
            args.on,
            args.note,
            args.how,
            follow_ups,
        )
    print(translate("cli", "Logged talk {id}.").format(id=talk_id))
    return 0


def _talk_edit(args) -> int:
    with services_for(args) as s:
        entry = s.planner.talk(args.talk_id)
        if args.member:
            who = [member_id(s, name) for name in args.member]
        else:
            who = list(entry.record.member_ids)
        s.planner.edit_talk(
            args.talk_id,
            who,
            args.topic or list(entry.record.topic_ids),
            args.on or entry.record.on,
            entry.notes if args.note is None else args.note,
            entry.how_it_went if args.how is None else args.how,
        )
    print(translate("cli", "Saved talk {id}.").format(id=args.talk_id))
    return 0


def _talk_delete(args) -> int:
    with services_for(args) as s:
        s.planner.delete_talk(args.talk_id)
    print(translate("cli", "Deleted talk {id}.").format(id=args.talk_id))
    return 0


def _history(args) -> int:
    with services_for(args) as s:
        entries = s.planner.history(member_id(s, args.member) if args.member else None)
        names = {v.member.id: v.name for v in s.household.members()}
    rows = [
        {
            "id": e.record.id,
            "on": e.record.on.isoformat(),
            "members": [names.get(m) for m in e.record.member_ids],
            "topics": list(e.record.topic_ids),
            "how_it_went": e.how_it_went or None,
            "notes": e.notes or None,
            "follow_ups": [
                {
                    "id": f.id,
                    "text": f.text,
                    "due_on": f.due_on.isoformat(),
                    "done_on": f.done_on.isoformat() if f.done_on else None,
                }
                for f in e.follow_ups
            ],
        }
        for e in entries
    ]
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            translate("cli", "Id"),
            translate("cli", "Date"),
            translate("cli", "With"),
            translate("cli", "Topics"),
        ],
        [
            (
                e.record.id,
                e.record.on.isoformat(),
                join_list(names[m] for m in e.record.member_ids if m in names),
                ", ".join(e.record.topic_ids),
            )
            for e in entries
        ],
    )
    return 0


def _suggest(args) -> int:
    with services_for(args) as s:
        found = s.planner.suggest(member_id(s, args.member), args.limit)
    rows = [
        {
            "topic_id": x.topic_id,
            "title": x.title,
            "score": x.score,
            "reasons": [reason_text(r) for r in x.reasons],
            "last_discussed": x.last_discussed.isoformat() if x.last_discussed else None,
        }
        for x in found
    ]
    if args.json:
        print_json(rows)
        return 0
    for x in found:
        print(f"{x.score:>4}  {x.title}  [{x.topic_id}]")
        for reason in x.reasons:
            print(f"        - {reason_text(reason)}")
    return 0


def due_row(entry: DueEntry, member: str | None) -> dict[str, object]:
    """One entry as ``due --json`` writes it."""
    row: dict[str, object] = {
        "kind": str(entry.kind),
        "key": entry.key,
        "member": member,
        "title": entry_title(entry, member),
        "due_on": entry.due_on.isoformat(),
        "overdue_days": entry.overdue_days,
    }
    if isinstance(entry, TalkDue):
        row["topic_id"] = entry.topic_id
        row["topic_title"] = entry.topic.title if entry.topic else None
        row["reasons"] = [reason_text(r) for r in entry.topic.reasons] if entry.topic else []
        row["more_topics"] = [{"topic_id": s.topic_id, "title": s.title} for s in entry.more]
    if isinstance(entry, SettingsDue):
        row["app_id"] = entry.app_id
        row["settings"] = [
            {"app_id": x.app_id, "item_id": x.item_id, "title": x.title, "key": x.key}
            for x in entry.settings
        ]
    return row


def _due(args) -> int:
    with services_for(args) as s:
        entries = s.planner.due(args.within)
        names: dict[int | None, str] = {v.member.id: v.name for v in s.household.members()}
    overdue = any(e.overdue_days > 0 for e in entries)
    if args.quiet and not overdue:
        return 0
    if args.json:
        print_json([due_row(e, names.get(e.member_id)) for e in entries])
    elif not entries:
        print(translate("DueCommand", "Nothing is due. Well done."))
    else:
        rows = []
        for e in entries:
            what = entry_title(e, names.get(e.member_id))
            if isinstance(e, TalkDue) and e.topic:
                what += f" — {talk_topic(e)}"
            rows.append((when_text(e), what, e.key))
        print_table(
            [
                translate("DueCommand", "When"),
                translate("DueCommand", "What"),
                translate("DueCommand", "Key"),
            ],
            rows,
        )
    return EXIT_OVERDUE if overdue else 0


def _snooze(args) -> int:
    with services_for(args) as s:
        until = s.planner.snooze(args.key, args.days)
    print(translate("DueCommand", "Snoozed until {date}.").format(date=long_date(until)))
    return 0


def _done(args) -> int:
    with services_for(args) as s:
        s.planner.done(args.key)
    print(translate("cli", "Done."))
    return 0
