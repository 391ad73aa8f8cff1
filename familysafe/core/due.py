"""What the family has due on a day: overdue first, then what is coming up.

One list feeds the Today page, ``familysafe due`` and the daily reminder, so they always agree.
Each item has a stable ``key`` that snoozing and marking done refer to.

Kinds and where their ``due_on`` comes from:

- ``check-in``: the next family check-in on or after today (only the next one, to keep the list
  short); key ``check-in:YYYY-MM-DD``.
- ``agreement-review``: the latest agreed version of the family agreement, on its review date
  (``agreement-review:VERSION``); for the whole family, so no member. Done means the family went
  through it and kept it (the next review comes three months on); a changed agreement is agreed
  as a new version, which brings its own key.
- ``talk``: the child's talk cadence after the last talk held (``talk:ID``); a child never talked
  with is due from the day they were added.
- ``topic``: at most ``MAX_TOPICS_PER_CHILD`` per child, in suggestion order, so the list is never
  flooded with the whole library. A topic qualifies when it was discussed and its revisit interval
  has passed (due on last talk + ``revisit_days``), or it was never discussed and shares a
  feature with an app the child uses (due from the day that app was added: adding an app brings
  its topics forward). Untouched topics without an app tie stay on the child's suggestions page.
- ``checklist``: every applying item not done, stale, or due for its re-check in the window.
- ``follow-up``: each open follow-up on its due date (``follow-up:ID``).
- ``new-band``: a child who moved into a new band in the last ``NEW_BAND_DAYS`` days, or will
  within the window, listing the topics that opened up (``new-band:ID:13-15``).

Snoozed items (``until`` after today) are left out before the topic cap applies, so snoozing a
topic lets the next one show. Sorted by ``due_on``, then kind in the order above, then key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from familysafe.core.bands import Band
from familysafe.core.checklist import DEFAULT_RECHECK, item_states
from familysafe.core.library import Library
from familysafe.core.planning import (
    AgreementReview,
    BandChange,
    ChildPlan,
    FamilyPlan,
    last_band_change,
    last_discussed,
    opened_topics,
    snoozed_keys,
    talks_with,
)
from familysafe.core.schedule import CheckInSchedule, TalkCadence
from familysafe.core.suggestions import suggest

KINDS = ("check-in", "agreement-review", "talk", "topic", "checklist", "follow-up", "new-band")
MAX_TOPICS_PER_CHILD = 3
NEW_BAND_DAYS = 30


@dataclass(frozen=True)
class DueItem:
    """Something due. ``code`` and ``values`` are for the front end to word; ``title`` is a
    content title (topic, checklist item) or the parent's own follow-up text, else None."""

    kind: str
    key: str
    member_id: int | None
    due_on: date
    overdue_days: int
    code: str
    values: dict[str, object] = field(default_factory=dict)
    title: str | None = None
    topic_id: str | None = None
    app_id: str | None = None
    item_id: str | None = None
    follow_up_id: int | None = None

    @property
    def is_due(self) -> bool:
        """Due today or overdue (as opposed to coming up)."""
        return self.overdue_days >= 0

    def sort_key(self) -> tuple[date, int, str]:
        return self.due_on, KINDS.index(self.kind), self.key


def _item(
    kind: str, key: str, member: int | None, due_on: date, today: date, **kw: object
) -> DueItem:
    return DueItem(kind, key, member, due_on, (today - due_on).days, **kw)  # type: ignore[arg-type]


def _talk(child: ChildPlan, family: FamilyPlan, cadence: TalkCadence, today: date) -> DueItem:
    held = talks_with(child.member_id, family.talks, today)
    last = held[-1].on if held else None
    due_on = (child.cadence or cadence).due_on([t.on for t in held], today, child.added_on or today)
    values = {"name": child.name, "last_talk": last}
    return _item(
        "talk",
        f"talk:{child.member_id}",
        child.member_id,
        due_on,
        today,
        code="talk",
        values=values,
    )


def _topics(child: ChildPlan, family: FamilyPlan, library: Library, today: date) -> list[DueItem]:
    last = last_discussed(child.member_id, family.talks, today)
    added: dict[str, date] = {}
    for use in child.apps:
        app = library.app(use.app_id)
        for feature in app.features if app else ():
            added[feature] = min(added.get(feature, use.added_on), use.added_on)
    items = []
    for s in suggest(child, library, today, family.talks, family.follow_ups):
        topic = library.topics[s.topic_id]
        values: dict[str, object] = {"name": child.name, "topic": topic.title}
        if s.topic_id in last:
            due_on = last[s.topic_id] + timedelta(days=topic.revisit_days)
            code = "topic-due-again"
            values.update(last_discussed=last[s.topic_id], revisit_days=topic.revisit_days)
        else:
            tied = [added[f] for f in topic.features if f in added]
            if not tied:
                continue
            due_on, code = min(tied), "topic-for-app"
            values["features"] = tuple(f for f in topic.features if f in added)
        key = f"topic:{child.member_id}:{topic.id}"
        items.append(
            _item(
                "topic",
                key,
                child.member_id,
                due_on,
                today,
                code=code,
                values=values,
                title=topic.title,
                topic_id=topic.id,
            )
        )
    return items


def _checklists(
    child: ChildPlan, family: FamilyPlan, library: Library, today: date, recheck: relativedelta
) -> list[DueItem]:
    items = []
    for app_id in child.app_ids:
        app = library.app(app_id)
        if app is None:
            continue
        for state in item_states(child, app, family.marks, today, recheck):
            if not state.applies:
                continue
            key = f"checklist:{child.member_id}:{app.id}:{state.item_id}"
            values = {
                "name": child.name,
                "app": app.name,
                "item": state.title,
                "checked_on": state.checked_on,
            }
            items.append(
                _item(
                    "checklist",
                    key,
                    child.member_id,
                    state.due_on,
                    today,
                    code=f"checklist-{state.code}",
                    values=values,
                    title=state.title,
                    app_id=app.id,
                    item_id=state.item_id,
                )
            )
    return items


def _new_band(child: ChildPlan, library: Library, today: date, horizon: date) -> list[DueItem]:
    change = last_band_change(child.born, today)
    if change is None or (today - change.on).days > NEW_BAND_DAYS:
        upcoming = child.born.next_band_change(today)
        change = None
        if upcoming is not None and upcoming[0] <= horizon:
            previous = child.band_on(today)
            change = BandChange(upcoming[0], upcoming[1], previous)
    if change is None or change.band is Band.ADULT:
        return []
    opened = opened_topics(library, change.previous, change.band)
    if not opened:
        return []
    values = {
        "name": child.name,
        "band": change.band.value,
        "previous": change.previous.value,
        "topics": tuple(t.id for t in opened),
        "titles": tuple(t.title for t in opened),
    }
    key = f"new-band:{child.member_id}:{change.band.value}"
    return [
        _item("new-band", key, child.member_id, change.on, today, code="new-band", values=values)
    ]


def _agreement_review(review: AgreementReview, today: date) -> DueItem:
    """Rules agreed months ago are forgotten: the agreement comes back on its review date."""
    values = {"version": review.version, "agreed_on": review.agreed_on}
    key = f"agreement-review:{review.version}"
    return _item(
        "agreement-review",
        key,
        None,
        review.review_on,
        today,
        code="agreement-review",
        values=values,
    )


def due_items(
    family: FamilyPlan,
    library: Library,
    today: date,
    *,
    schedule: CheckInSchedule | None = None,
    cadence: TalkCadence | None = None,
    recheck: relativedelta = DEFAULT_RECHECK,
    within: int = 7,
) -> list[DueItem]:
    """Everything overdue or due by ``today + within`` days, soonest first, snoozes left out.

    ``schedule`` None means the family has no check-in; ``cadence`` defaults to monthly.
    """
    if within < 0:
        raise ValueError("within must be 0 or more days")
    horizon = today + timedelta(days=within)
    hidden = snoozed_keys(family.snoozes, today)
    cadence = cadence or TalkCadence()
    items: list[DueItem] = []
    if schedule is not None:
        day = schedule.next_date_on_or_after(today)
        items.append(
            _item(
                "check-in",
                f"check-in:{day.isoformat()}",
                None,
                day,
                today,
                code="check-in",
                values={"at": schedule.at},
            )
        )
    if family.agreement is not None:
        items.append(_agreement_review(family.agreement, today))
    for child in family.children:
        items.append(_talk(child, family, cadence, today))
        topics = [
            t
            for t in _topics(child, family, library, today)
            if t.due_on <= horizon and t.key not in hidden
        ]
        items += topics[:MAX_TOPICS_PER_CHILD]
        items += _checklists(child, family, library, today, recheck)
        items += _new_band(child, library, today, horizon)
    names = {c.member_id: c.name for c in family.children}
    for f in family.follow_ups:
        if f.open_on(today):
            values = {"text": f.text, "name": names.get(f.member_id)}
            items.append(
                _item(
                    "follow-up",
                    f"follow-up:{f.id}",
                    f.member_id,
                    f.due_on,
                    today,
                    code="follow-up",
                    values=values,
                    title=f.text,
                    follow_up_id=f.id,
                )
            )
    kept = [i for i in items if i.due_on <= horizon and i.key not in hidden]
    return sorted(kept, key=DueItem.sort_key)


def grouped(items: Iterable[DueItem]) -> list[tuple[DueItem, ...]]:
    """The due list as a parent reads it: a child's settings to check in one app on one day
    become one entry ("Roblox for Arun: 5 settings to check") rather than five lines, since they
    are dealt with together on the app's checklist. Everything else stays one entry per item.
    Order is kept: each entry stands where its first item stood."""
    entries: dict[object, list[DueItem]] = {}
    for item in items:
        if item.kind == "checklist":
            slot: object = ("checklist", item.member_id, item.app_id, item.due_on, item.code)
        else:
            slot = item.key
        entries.setdefault(slot, []).append(item)
    return [tuple(group) for group in entries.values()]
