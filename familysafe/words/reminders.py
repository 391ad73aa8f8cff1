"""Words for desktop notifications. They name children (unless the parent hid names) and topic,
app and setting titles, and nothing else: never notes, never a follow-up's own words."""

from __future__ import annotations

from collections.abc import Callable

from familysafe.core.due import DueEntry, DueKind
from familysafe.core.reminders import Notification
from familysafe.words.catalogue import Counted, translate
from familysafe.words.planner import count_text, entry_title

MAX_LINES = 3
Reminders = Counted("Reminders")


def _entry_text(entry: DueEntry, name: str | None) -> str:
    if entry.kind is DueKind.FOLLOW_UP:  # the parent's own words may be private
        return translate("Reminders", "A follow-up from a talk is due")
    return entry_title(entry, name)


def notification_text(
    note: Notification, name_of: Callable[[int | None], str | None], show_names: bool
) -> tuple[str, str]:
    """(title, body) for ``note``; ``name_of`` turns a member id into a name. A summary's title
    counts what is due the way the Today page does: "2 talks and 1 app to check"."""

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
    entries = note.items
    if len(entries) == 1:
        entry = entries[0]
        return translate("Reminders", "FamilySafe reminder"), _entry_text(
            entry, name(entry.member_id)
        )
    lines = [_entry_text(e, name(e.member_id)) for e in entries[:MAX_LINES]]
    more = len(entries) - MAX_LINES
    if more > 0:
        lines.append(Reminders.tr("and %n more", None, more))
    title = translate("Reminders", "FamilySafe: {count}").format(count=count_text(entries))
    return title, "\n".join(lines)
