"""Words for the planner's reasons and due items (shared by the CLI, the window and the
printed documents; no Qt: ``familysafe.words.translate`` translates).

The core says *why* with codes and values; here they become translated sentences, with the same
feature names the window shows.
"""

from __future__ import annotations

from familysafe.core.due import DueItem
from familysafe.core.suggestions import Reason
from familysafe.words import vocabulary
from familysafe.words.catalogue import long_date, translate


def reason_text(reason: Reason) -> str:
    v = reason.values
    if reason.code == "suits-band":
        return translate("Planner", "Suits their age")
    if reason.code == "app-feature":
        return translate("Planner", "{feature} on {apps}").format(
            apps=", ".join(v["apps"]), feature=vocabulary.feature(v["feature"])
        )
    if reason.code == "never-discussed":
        return translate("Planner", "Not talked about yet")
    if reason.code == "last-discussed":
        return translate(
            "Planner", "Talked about {days} days ago (worth revisiting every {revisit} days)"
        ).format(days=v["days"], revisit=v["revisit_days"])
    if reason.code == "due-again":
        return translate("Planner", "Due for another talk ({days} days past)").format(
            days=v["days_over"]
        )
    if reason.code == "new-band":
        return translate("Planner", "New at their age: {band}").format(
            band=vocabulary.band(v["band"])
        )
    if reason.code == "follow-up-pending":
        return translate("Planner", "Follow-up still open: {text}").format(text=v["text"])
    return reason.code


def entry_text(entry: tuple[DueItem, ...], member: str | None) -> str:
    """One entry of ``core.due.grouped``: an item's own words, or a whole app's settings."""
    first = entry[0]
    if len(entry) == 1:
        return due_text(first, member)
    app = first.values.get("app", first.app_id)
    if first.code == "checklist-to-do":
        text = translate("Planner", "{app} for {name}: {count} privacy settings to check")
    else:
        text = translate("Planner", "Re-check {app} for {name}: {count} privacy settings")
    return text.format(app=app, name=member, count=len(entry))


def due_text(item: DueItem, member: str | None) -> str:
    v = item.values
    if item.kind == "check-in":
        return translate("Planner", "Family check-in")
    if item.kind == "agreement-review":
        return translate("Planner", "Look at the family agreement again (agreed {date})").format(
            date=long_date(v["agreed_on"])
        )
    if item.kind == "talk":
        return translate("Planner", "Talk with {name}").format(name=member)
    if item.kind == "topic":
        return translate("Planner", "Talk with {name} about “{topic}”").format(
            name=member, topic=item.title
        )
    if item.kind == "checklist":
        app = v.get("app", item.app_id)
        if item.code == "checklist-to-do":
            text = translate("Planner", "{app} for {name}: {item}")
        else:
            text = translate("Planner", "Re-check {app} for {name}: {item}")
        return text.format(app=app, name=member, item=item.title)
    if item.kind == "follow-up":
        return translate("Planner", "Follow-up: {text}").format(text=item.title)
    if item.kind == "new-band":
        return translate("Planner", "{name} is now in a new age band ({band})").format(
            name=member, band=vocabulary.band(v["band"])
        )
    return item.key
