"""Words for the planner's reasons and due items (shared by the CLI, the window and the
printed documents; no Qt: ``familysafe.words.translate`` translates).

The core says *why* with codes and values; here they become translated sentences, with the same
feature names the window shows.
"""

from __future__ import annotations

from familysafe.core.due import (
    AgreementReviewDue,
    DueEntry,
    DueKind,
    FollowUpDue,
    NewBandDue,
    SettingsCode,
    SettingsDue,
    TalkDue,
)
from familysafe.core.suggestions import Reason
from familysafe.words import vocabulary
from familysafe.words.catalogue import Counted, day_date, long_date, translate
from familysafe.words.lists import join_and, join_list

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from typing import Any

Planner = Counted("Planner")


def reason_text(reason: Reason) -> str:
    v: dict[str, Any] = dict(reason.values)
    if reason.code == "suits-band":
        return translate("Planner", "Suits their age")
    if reason.code == "app-feature":
        return translate("Planner", "{feature} on {apps}").format(
            apps=join_list(v["apps"]), feature=vocabulary.feature(v["feature"])
        )
    if reason.code == "never-discussed":
        return translate("Planner", "Not talked about yet")
    if reason.code == "last-discussed":
        if v["days"] <= 0:
            ago = translate("Planner", "Talked about this today")
        else:
            ago = Planner.tr("Talked about this %n day(s) ago", None, v["days"])
        every = Planner.tr("worth revisiting every %n day(s)", None, v["revisit_days"])
        return translate("Planner", "{ago} ({every})").format(ago=ago, every=every)
    if reason.code == "due-again":
        return Planner.tr("Due for another talk (%n day(s) past)", None, v["days_over"])
    if reason.code == "new-band":
        return translate("Planner", "New at their age: {band}").format(
            band=vocabulary.band(v["band"])
        )
    if reason.code == "follow-up-pending":
        return translate("Planner", "Follow-up still open: {text}").format(text=v["text"])
    return reason.code


def entry_title(entry: DueEntry, member: str | None = None) -> str:
    """What the entry is, in a line: "Talk with Arun", "Roblox for Arun: 5 settings to set up"."""
    name = member or getattr(entry, "name", None) or ""
    if entry.kind is DueKind.CHECK_IN:
        return translate("Planner", "Family check-in")
    if isinstance(entry, AgreementReviewDue):
        return translate("Planner", "Look at the family agreement again (agreed {date})").format(
            date=long_date(entry.agreed_on)
        )
    if isinstance(entry, TalkDue):
        return translate("Planner", "Talk with {name}").format(name=name)
    if isinstance(entry, SettingsDue):
        count = len(entry.settings)
        if entry.code is SettingsCode.SET_UP:
            text = Planner.tr("{app} for {name}: %n setting(s) to set up", None, count)
        elif entry.code is SettingsCode.RECHECK:
            text = Planner.tr("{app} for {name}: %n setting(s) to re-check", None, count)
        else:
            text = Planner.tr("{app} for {name}: %n setting(s) to check", None, count)
        return text.format(app=entry.app_name, name=name)
    if isinstance(entry, FollowUpDue):
        return translate("Planner", "Follow-up: {text}").format(text=entry.text)
    if isinstance(entry, NewBandDue):
        if entry.is_due:
            text = translate("Planner", "{name} is now in a new age band ({band})")
        else:
            text = translate("Planner", "{name} moves into a new age band ({band})")
        return text.format(name=name, band=vocabulary.band(entry.band))
    return entry.key


def talk_topic(entry: TalkDue) -> str:
    """ "Suggested topic: “Being kind online”" (empty when no topic suits)."""
    if entry.topic is None:
        return ""
    return translate("Planner", "Suggested topic: “{topic}”").format(topic=entry.topic.title)


def when_text(entry: DueEntry) -> str:
    """Calm words for when: "Since 3 November 2026", "Today", "3 December 2026"."""
    if entry.overdue_days > 0:
        return translate("Planner", "Since {date}").format(date=day_date(entry.due_on))
    if entry.overdue_days == 0:
        return translate("Planner", "Today")
    return day_date(entry.due_on)


def count_text(entries: list[DueEntry] | tuple[DueEntry, ...]) -> str:
    """What is due, counted: "2 talks and 1 app to check", "1 talk, 1 app to check and 1 more
    thing"."""
    talks = sum(1 for e in entries if e.kind is DueKind.TALK)
    apps = sum(1 for e in entries if e.kind is DueKind.SETTINGS)
    others = len(entries) - talks - apps
    parts = []
    if talks:
        parts.append(Planner.tr("%n talk(s)", None, talks))
    if apps:
        parts.append(Planner.tr("%n app(s) to check", None, apps))
    if others and parts:
        parts.append(Planner.tr("%n more thing(s)", None, others))
    elif others:
        parts.append(Planner.tr("%n thing(s) to do", None, others))
    return join_and(parts)
