"""Words for desktop notifications. They name children (unless the parent hid names) and topic,
app and setting titles, and nothing else: never notes, never a follow-up's own words."""

from __future__ import annotations

from collections.abc import Callable

from familysafe.core.due import DueItem, grouped
from familysafe.core.reminders import Notification
from familysafe.words.catalogue import translate
from familysafe.words.planner import entry_text

MAX_LINES = 3


def _entry_text(entry: tuple[DueItem, ...], name: str | None) -> str:
    if entry[0].kind == "follow-up":  # the parent's own words may be private
        return translate("Reminders", "A follow-up from a talk is due")
    return entry_text(entry, name)


def notification_text(
    note: Notification, name_of: Callable[[int | None], str | None], show_names: bool
) -> tuple[str, str]:
    """(title, body) for ``note``; ``name_of`` turns a member id into a name."""

    def name(member_id: int | None) -> str | None:
        if member_id is None:
            return None
        return name_of(member_id) if show_names else translate("Reminders", "your child")

    if note.kind == "check-in":
        return (
            translate("Reminders", "Family check-in"),
            translate(
                "Reminders",
                "Time for your family check-in: a few minutes on what everyone has been "
                "doing online.",
            ),
        )
    entries = grouped(note.items)  # an app's settings to check count as one thing
    if len(entries) == 1:
        entry = entries[0]
        return translate("Reminders", "FamilySafe reminder"), _entry_text(
            entry, name(entry[0].member_id)
        )
    lines = [_entry_text(e, name(e[0].member_id)) for e in entries[:MAX_LINES]]
    more = len(entries) - MAX_LINES
    if more > 0:
        lines.append(translate("Reminders", "and {count} more").format(count=more))
    title = translate("Reminders", "FamilySafe: {count} things are due").format(count=len(entries))
    return title, "\n".join(lines)
