"""Words for desktop notifications. They name children (unless the parent hid names) and topic,
app and setting titles, and nothing else: never notes, never a follow-up's own words."""

from __future__ import annotations

from collections.abc import Callable

from familysafe.core.due import DueItem
from familysafe.core.reminders import Notification
from familysafe.localization import translate
from familysafe.planner_texts import due_text

MAX_LINES = 3


def _item_text(item: DueItem, name: str | None) -> str:
    if item.kind == "follow-up":  # the parent's own words may be private
        return translate("Reminders", "A follow-up from a talk is due")
    return due_text(item, name)


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
    if len(note.items) == 1:
        item = note.items[0]
        return translate("Reminders", "FamilySafe reminder"), _item_text(item, name(item.member_id))
    lines = [_item_text(i, name(i.member_id)) for i in note.items[:MAX_LINES]]
    more = len(note.items) - MAX_LINES
    if more > 0:
        lines.append(translate("Reminders", "and {count} more").format(count=more))
    title = translate("Reminders", "FamilySafe: {count} things are due").format(
        count=len(note.items)
    )
    return title, "\n".join(lines)
