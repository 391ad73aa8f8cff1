"""Working out the family's plan for a day (the entries are described in ``core.due``).

Calm by design:

- one talk entry per child, carrying its suggested topic (the ranking is ``core.suggestions``);
- an app's settings are one entry, and a big first set-up is paced: a child's apps with settings
  never set up are taken one at a time, each ``FIRST_SET_UP_GAP`` days after the one before (an
  app finished brings the next one forward at once, as it no longer waits in the queue), so a
  child with three new apps meets one on day one, not three;
- a snooze moves an entry to its day: it leaves what is due now, shows as coming up on that day
  when it falls in the window, and then counts from that day ("since" the snooze ended), so the
  clock restarts. A single setting snoozed is left out of its app's entry until then. Marking a
  check-in or a new band done is recorded as a snooze under ``done:KEY`` and leaves the entry
  out until then.

Within a child, and within the family's items, entries come soonest first, then by kind in
``core.due.KIND_ORDER``, then by key.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from familysafe.core.bands import Band
from familysafe.core.checklist import DEFAULT_RECHECK, ItemState, item_states, progress
from familysafe.core.due import (
    AgreementReviewDue,
    CheckInDue,
    ChildDue,
    DueEntry,
    DuePlan,
    FollowUpDue,
    NewBandDue,
    SettingDue,
    SettingsDue,
    TalkDue,
)
from familysafe.core.library import Library
from familysafe.core.planning import (
    BandChange,
    ChildPlan,
    FamilyPlan,
    Snooze,
    last_band_change,
    opened_topics,
    talks_with,
)
from familysafe.core.records import replace
from familysafe.core.schedule import CheckInSchedule, TalkCadence
from familysafe.core.suggestions import suggest

FIRST_SET_UP_GAP = 14
NEW_BAND_DAYS = 30
MORE_TOPICS = 3
DONE_PREFIX = "done:"


class _Snoozes:
    """The latest snooze per key: ``until`` is when the entry or setting is due again."""

    def __init__(self, snoozes: Iterable[Snooze], today: date) -> None:
        self.until: dict[str, date] = {}
        for s in snoozes:
            self.until[s.key] = max(s.until, self.until.get(s.key, s.until))
        self.today = today

    def done(self, key: str) -> bool:
        return self.until.get(DONE_PREFIX + key, date.min) > self.today

    def hidden(self, key: str) -> bool:
        return self.done(key) or self.until.get(key, date.min) > self.today

    def shifted(self, key: str, due_on: date) -> date:
        return max(due_on, self.until.get(key, due_on))


def _talk(
    child: ChildPlan, family: FamilyPlan, library: Library, cadence: TalkCadence, today: date
) -> TalkDue:
    held = talks_with(child.member_id, family.talks, today)
    due_on = (child.cadence or cadence).due_on([t.on for t in held], today, child.added_on or today)
    ranked = suggest(child, library, today, family.talks, family.follow_ups, 1 + MORE_TOPICS)
    return TalkDue(
        key=f"talk:{child.member_id}",
        member_id=child.member_id,
        due_on=due_on,
        overdue_days=0,
        name=child.name,
        last_talk=held[-1].on if held else None,
        topic=ranked[0] if ranked else None,
        more=tuple(ranked[1:]),
    )


def _settings(
    child: ChildPlan,
    library: Library,
    states: dict[str, list[ItemState]],
    snoozes: _Snoozes,
    horizon: date,
) -> list[SettingsDue]:
    """One entry per app, with the settings due by ``horizon``; first set-ups paced."""
    first_set_up: dict[str, date] = {}
    waiting = sorted(
        (
            use
            for use in child.apps
            if any(s.applies and s.code == "to-do" for s in states.get(use.app_id, ()))
        ),
        key=lambda use: (use.added_on, use.app_id),
    )
    slot: date | None = None
    for use in waiting:
        slot = (
            use.added_on if slot is None else max(use.added_on, slot + timedelta(FIRST_SET_UP_GAP))
        )
        first_set_up[use.app_id] = slot
    entries = []
    for use in child.apps:
        app = library.app(use.app_id)
        if app is None:
            continue
        settings = []
        for s in states.get(app.id, ()):
            if not s.applies:  # "ok" ones count too: their re-check may fall in the window
                continue
            key = f"checklist:{child.member_id}:{app.id}:{s.item_id}"
            if snoozes.hidden(key):
                continue
            due_on = first_set_up.get(app.id, s.due_on) if s.code == "to-do" else s.due_on
            due_on = snoozes.shifted(key, due_on)
            if due_on <= horizon:
                settings.append(
                    SettingDue(key, app.id, s.item_id, s.title, s.code, due_on, s.checked_on)
                )
        key = f"settings:{child.member_id}:{app.id}"
        if not settings:
            continue
        entries.append(
            SettingsDue(
                key=key,
                member_id=child.member_id,
                due_on=snoozes.shifted(key, min(s.due_on for s in settings)),
                overdue_days=0,
                name=child.name,
                app_id=app.id,
                app_name=app.name,
                settings=tuple(settings),
            )
        )
    return entries


def _new_band(child: ChildPlan, library: Library, today: date, horizon: date) -> list[NewBandDue]:
    change = last_band_change(child.born, today)
    if change is None or (today - change.on).days > NEW_BAND_DAYS:
        upcoming = child.born.next_band_change(today)
        change = None
        if upcoming is not None and upcoming[0] <= horizon:
            change = BandChange(upcoming[0], upcoming[1], child.band_on(today))
    if change is None or change.band is Band.ADULT:
        return []
    opened = opened_topics(library, change.previous, change.band)
    if not opened:
        return []
    return [
        NewBandDue(
            key=f"new-band:{child.member_id}:{change.band.value}",
            member_id=child.member_id,
            due_on=change.on,
            overdue_days=0,
            name=child.name,
            band=change.band,
            previous=change.previous,
            topic_ids=tuple(t.id for t in opened),
            titles=tuple(t.title for t in opened),
        )
    ]


def _family_items(
    family: FamilyPlan, today: date, schedule: CheckInSchedule | None
) -> list[DueEntry]:
    items: list[DueEntry] = []
    if schedule is not None:
        day = schedule.next_date_on_or_after(today)
        items.append(
            CheckInDue(
                key=f"check-in:{day.isoformat()}",
                member_id=None,
                due_on=day,
                overdue_days=0,
                at=schedule.at,
            )
        )
    review = family.agreement
    if review is not None:
        items.append(
            AgreementReviewDue(
                key=f"agreement-review:{review.version}",
                member_id=None,
                due_on=review.review_on,
                overdue_days=0,
                version=review.version,
                agreed_on=review.agreed_on,
            )
        )
    for f in family.follow_ups:
        if f.open_on(today):
            items.append(
                FollowUpDue(
                    key=f"follow-up:{f.id}",
                    member_id=f.member_id,
                    due_on=f.due_on,
                    overdue_days=0,
                    follow_up_id=f.id,
                    text=f.text,
                )
            )
    return items


def _kept(
    entries: Iterable[DueEntry], snoozes: _Snoozes, today: date, horizon: date
) -> tuple[DueEntry, ...]:
    """Snoozes applied, the window cut, ``overdue_days`` filled in, sorted."""
    kept = []
    for entry in entries:
        if snoozes.done(entry.key):
            continue
        due_on = snoozes.shifted(entry.key, entry.due_on)
        if due_on <= horizon:
            kept.append(replace(entry, due_on=due_on, overdue_days=(today - due_on).days))
    return tuple(sorted(kept, key=DueEntry.sort_key))


def due_plan(
    family: FamilyPlan,
    library: Library,
    today: date,
    *,
    schedule: CheckInSchedule | None = None,
    cadence: TalkCadence | None = None,
    recheck: relativedelta = DEFAULT_RECHECK,
    within: int = 7,
) -> DuePlan:
    """The plan for ``today``: everything overdue or due by ``today + within`` days.

    ``schedule`` None means the family has no check-in; ``cadence`` defaults to monthly.
    """
    if within < 0:
        raise ValueError("within must be 0 or more days")
    horizon = today + timedelta(days=within)
    snoozes = _Snoozes(family.snoozes, today)
    cadence = cadence or TalkCadence()
    family_items = _family_items(family, today, schedule)
    children = []
    for child in family.children:
        states: dict[str, list[ItemState]] = {}
        marks = [m for m in family.marks if m.member_id == child.member_id]
        for use in child.apps:
            app = library.app(use.app_id)
            if app is not None:
                states[app.id] = item_states(child, app, marks, today, recheck)
        talk = _talk(child, family, library, cadence, today)
        entries: list[DueEntry] = [talk]
        entries += _settings(child, library, states, snoozes, horizon)
        entries += _new_band(child, library, today, horizon)
        entries += [e for e in family_items if e.member_id == child.member_id]
        done, total = progress(s for found in states.values() for s in found)
        children.append(
            ChildDue(
                member_id=child.member_id,
                name=child.name,
                band=child.band_on(today),
                settings_done=done,
                settings_total=total,
                next_talk_on=snoozes.shifted(talk.key, talk.due_on),
                entries=_kept(entries, snoozes, today, horizon),
            )
        )
    ids = {c.member_id for c in family.children}
    own = [e for e in family_items if e.member_id is None or e.member_id not in ids]
    return DuePlan(today, tuple(children), _kept(own, snoozes, today, horizon))
