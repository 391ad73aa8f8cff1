"""What the family has due: the kinds of entries and their typed details.

One plan (``core.due_plan.due_plan``) feeds the Today page, ``familysafe due``, the tray, the
daily notification and the calendar file, so they always agree. Each entry has a stable ``key``
that snoozing and marking done refer to; a settings entry also carries one key per setting, so a
single setting can be ticked or snoozed on its own.

The kinds, and what each entry holds:

- ``talk`` (``TalkDue``): one per child, due a cadence after the last talk held (monthly unless
  the family or the child has another), or from the day the child was added. It carries the
  best suggested topic and the next few; topics are never entries of their own. Logging a talk
  about any topic completes it. Key ``talk:MEMBER``.
- ``settings`` (``SettingsDue``): one per child and app, gathering the settings to set up (never
  ticked) or re-check (the interval passed, or the advice changed). Key ``settings:MEMBER:APP``;
  each setting keeps ``checklist:MEMBER:APP:ITEM``.
- ``follow-up`` (``FollowUpDue``): each open follow-up on its due date (``follow-up:ID``).
- ``new-band`` (``NewBandDue``): a child who moved into a new band lately, or will within the
  window, with the topics that opened up (``new-band:MEMBER:BAND``).
- ``check-in`` (``CheckInDue``): the family's next check-in (``check-in:YYYY-MM-DD``).
- ``agreement-review`` (``AgreementReviewDue``): the family agreement's review date
  (``agreement-review:VERSION``).
"""

from __future__ import annotations

import enum
from datetime import date, time

from familysafe.core.bands import Band
from familysafe.core.records import record
from familysafe.core.suggestions import Suggestion

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from typing import ClassVar


class DueKind(enum.StrEnum):
    TALK = "talk"
    SETTINGS = "settings"
    FOLLOW_UP = "follow-up"
    NEW_BAND = "new-band"
    CHECK_IN = "check-in"
    AGREEMENT_REVIEW = "agreement-review"


KIND_ORDER = tuple(DueKind)


class SettingsCode(enum.StrEnum):
    """Why an app's settings need attention: all to set up, all to re-check, or some of each."""

    SET_UP = "set-up"
    RECHECK = "re-check"
    MIXED = "check"


@record(kw_only=True)
class DueEntry:
    """What every entry has. ``overdue_days`` is positive when overdue, 0 today, negative for
    what is coming up; ``member_id`` is None for the whole family."""

    kind: ClassVar[DueKind]
    key: str
    member_id: int | None
    due_on: date
    overdue_days: int

    @property
    def is_due(self) -> bool:
        """Due today or overdue (as opposed to coming up)."""
        return self.overdue_days >= 0

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key this entry answers to (its own, and a settings entry's settings)."""
        return (self.key,)

    def sort_key(self) -> tuple[date, int, str]:
        return self.due_on, KIND_ORDER.index(self.kind), self.key


@record(kw_only=True)
class TalkDue(DueEntry):
    kind: ClassVar[DueKind] = DueKind.TALK
    name: str
    last_talk: date | None
    topic: Suggestion | None
    more: tuple[Suggestion, ...] = ()

    @property
    def topic_id(self) -> str | None:
        return self.topic.topic_id if self.topic else None


@record
class SettingDue:
    """One setting inside a settings entry. ``code`` is ``to-do``, ``recheck`` or ``changed``."""

    key: str
    app_id: str
    item_id: str
    title: str
    code: str
    due_on: date
    checked_on: date | None


@record(kw_only=True)
class SettingsDue(DueEntry):
    kind: ClassVar[DueKind] = DueKind.SETTINGS
    name: str
    app_id: str
    app_name: str
    settings: tuple[SettingDue, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *(s.key for s in self.settings))

    @property
    def code(self) -> SettingsCode:
        codes = {s.code == "to-do" for s in self.settings}
        if codes == {True}:
            return SettingsCode.SET_UP
        return SettingsCode.RECHECK if codes == {False} else SettingsCode.MIXED


@record(kw_only=True)
class FollowUpDue(DueEntry):
    kind: ClassVar[DueKind] = DueKind.FOLLOW_UP
    follow_up_id: int
    text: str


@record(kw_only=True)
class NewBandDue(DueEntry):
    kind: ClassVar[DueKind] = DueKind.NEW_BAND
    name: str
    band: Band
    previous: Band
    topic_ids: tuple[str, ...]
    titles: tuple[str, ...]


@record(kw_only=True)
class CheckInDue(DueEntry):
    kind: ClassVar[DueKind] = DueKind.CHECK_IN
    at: time


@record(kw_only=True)
class AgreementReviewDue(DueEntry):
    kind: ClassVar[DueKind] = DueKind.AGREEMENT_REVIEW
    version: int
    agreed_on: date


@record
class ChildDue:
    """One child's part of the plan: who they are, how far their settings are, their entries,
    and when their next talk is (even when it is beyond the window)."""

    member_id: int
    name: str
    band: Band
    settings_done: int
    settings_total: int
    next_talk_on: date
    entries: tuple[DueEntry, ...]


@record
class DuePlan:
    """The plan for a day: each child's entries (in the household's order), then the family's.
    ``entries`` is the one order every front end lists them in."""

    today: date
    children: tuple[ChildDue, ...]
    family: tuple[DueEntry, ...]

    @property
    def entries(self) -> tuple[DueEntry, ...]:
        return (*(e for c in self.children for e in c.entries), *self.family)

    def due_now(self) -> tuple[DueEntry, ...]:
        """What is due today or overdue."""
        return tuple(e for e in self.entries if e.is_due)

    def coming_up(self) -> tuple[DueEntry, ...]:
        """What falls due later in the window, soonest first."""
        later = [e for e in self.entries if not e.is_due]
        return tuple(sorted(later, key=DueEntry.sort_key))

    def next_talk(self) -> tuple[ChildDue, date] | None:
        """The child whose talk comes first, and its day (for "all done; next: ...")."""
        if not self.children:
            return None
        child = min(self.children, key=lambda c: (c.next_talk_on, c.name.casefold()))
        return child, child.next_talk_on

    def find(self, key: str) -> DueEntry | None:
        """The entry that answers to ``key`` (a settings entry for one of its settings)."""
        return next((e for e in self.entries if key in e.keys), None)
