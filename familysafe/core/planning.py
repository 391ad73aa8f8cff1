"""What the planner knows about a family, as plain data.

The store turns its rows into these and the planner modules (``suggestions``, ``checklist``,
``schedule``, ``due``, ``reminders``) reason about them for a given day. Keeping them free of SQL
and Qt is what lets every planning rule be tested with a household built by hand.

One rule runs through all of them: something logged for a day after ``today`` (a talk entered in
advance, a checklist item ticked "on" a later date) has not happened yet and counts from that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from familysafe.core.bands import Band, BirthMonth
from familysafe.core.library import App, Library, Topic
from familysafe.core.records import record

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.core.schedule import TalkCadence


@record
class AppUse:
    """An app a child uses, and the day the parent added it (its checklist is due from then)."""

    app_id: str
    added_on: date


@record
class ChildPlan:
    """One child as the planner sees them.

    ``added_on`` is when the child joined the household in FamilySafe: a first talk is due from
    then. ``cadence`` overrides the family's talk cadence for this child when set.
    """

    member_id: int
    name: str
    born: BirthMonth
    apps: tuple[AppUse, ...] = ()
    added_on: date | None = None
    cadence: TalkCadence | None = None

    @property
    def app_ids(self) -> tuple[str, ...]:
        return tuple(a.app_id for a in self.apps)

    def band_on(self, on: date) -> Band:
        return self.born.band_on(on)

    def age_on(self, on: date) -> int:
        return self.born.age_on(on)

    def app_added_on(self, app_id: str) -> date | None:
        return next((a.added_on for a in self.apps if a.app_id == app_id), None)

    def below_min_age(self, app: App, on: date, country: str | None = None) -> bool:
        """True when the app's minimum age in the family's ``country`` (its worldwide one when
        None) is above the child's age: a warning, never a no."""
        return self.age_on(on) < app.min_age_in(country)


@record
class TalkRecord:
    """A talk: when, with whom, about what. Notes are deliberately absent: the planner never
    needs them, so nothing built from these can leak them into a notification."""

    id: int
    on: date
    member_ids: tuple[int, ...]
    topic_ids: tuple[str, ...]

    def includes(self, member_id: int) -> bool:
        return member_id in self.member_ids


@record
class FollowUp:
    """A short action agreed in a talk, with a due date; ``member_id`` None means the family."""

    id: int
    talk_id: int
    member_id: int | None
    text: str
    due_on: date
    done_on: date | None = None

    def open_on(self, today: date) -> bool:
        return self.done_on is None or self.done_on > today


@record
class TalkEntry:
    """A talk as the parent logged it: the planner's record plus the private parts."""

    record: TalkRecord
    notes: str
    how_it_went: str
    follow_ups: tuple[FollowUp, ...]


@record
class ChecklistMark:
    """The parent ticked (``done``) or unticked a checklist item for a child on ``checked_on``."""

    member_id: int
    app_id: str
    item_id: str
    checked_on: date
    done: bool = True


@record
class Snooze:
    """The item with this ``key`` is hidden while ``today < until``."""

    key: str
    until: date


@record
class AgreementReview:
    """The family agreement's latest version is due to be looked at again on ``review_on``."""

    version: int
    agreed_on: date
    review_on: date


@record
class FamilyPlan:
    """Everything the planner reads about the family, as the store hands it over."""

    children: tuple[ChildPlan, ...]
    talks: tuple[TalkRecord, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    marks: tuple[ChecklistMark, ...] = ()
    snoozes: tuple[Snooze, ...] = ()
    agreement: AgreementReview | None = None


@record
class BandChange:
    """A child moved from ``previous`` into ``band`` on ``on``."""

    on: date
    band: Band
    previous: Band


def talks_with(member_id: int, talks: Iterable[TalkRecord], today: date) -> list[TalkRecord]:
    """The talks held with the member by ``today`` (later ones have not happened), oldest first."""
    held = [t for t in talks if t.includes(member_id) and t.on <= today]
    return sorted(held, key=lambda t: (t.on, t.id))


def last_talk_on(member_id: int, talks: Iterable[TalkRecord], today: date) -> date | None:
    held = talks_with(member_id, talks, today)
    return held[-1].on if held else None


def last_discussed(member_id: int, talks: Iterable[TalkRecord], today: date) -> dict[str, date]:
    """For each topic talked about with the member by ``today``, the latest day it came up."""
    last: dict[str, date] = {}
    for talk in talks_with(member_id, talks, today):
        for topic_id in talk.topic_ids:
            last[topic_id] = talk.on
    return last


def snoozed_keys(snoozes: Iterable[Snooze], today: date) -> frozenset[str]:
    return frozenset(s.key for s in snoozes if s.until > today)


def pending_follow_ups(
    member_id: int, talks: Iterable[TalkRecord], follow_ups: Iterable[FollowUp], today: date
) -> dict[str, list[FollowUp]]:
    """Open follow-ups concerning the member, by the topics of the talk they came from.

    A family follow-up (no member) concerns every member who took part in its talk; a follow-up
    from a talk that has not happened yet is not pending.
    """
    held = {t.id: t for t in talks_with(member_id, talks, today)}
    pending: dict[str, list[FollowUp]] = {}
    for follow_up in sorted(follow_ups, key=lambda f: (f.due_on, f.id)):
        talk = held.get(follow_up.talk_id)
        if talk is None or not follow_up.open_on(today):
            continue
        if follow_up.member_id not in (None, member_id):
            continue
        for topic_id in talk.topic_ids:
            pending.setdefault(topic_id, []).append(follow_up)
    return pending


def last_band_change(born: BirthMonth, today: date) -> BandChange | None:
    """The move into the band the child is in today; None for the band they were born into."""
    started = born.band_started_on(today)
    if started <= born.first_day or started > today:
        return None
    previous = born.band_on(started - timedelta(days=1))
    return BandChange(started, born.band_on(today), previous)


def opened_topics(library: Library, previous: Band, band: Band) -> list[Topic]:
    """Topics that suit ``band`` but did not suit ``previous``, by id."""
    opened = [t for t in library.topics_for(band) if not t.suits(previous)]
    return sorted(opened, key=lambda t: t.id)


def features_in_use(child: ChildPlan, library: Library) -> dict[str, tuple[str, ...]]:
    """Each feature of the child's apps, with the names of the apps that have it (sorted)."""
    names: dict[str, set[str]] = {}
    for app_id in child.app_ids:
        app = library.app(app_id)
        if app is None:
            continue
        for feature in app.features:
            names.setdefault(feature, set()).add(app.name)
    return {f: tuple(sorted(n, key=str.casefold)) for f, n in names.items()}
