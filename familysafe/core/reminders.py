"""When to show a desktop notification, decided without Qt so it can be tested with any clock.

Two things ever notify:

- the family check-in, once per occurrence, when its time arrives. If the computer slept through
  it, it still shows on waking, unless it is more than ``STALE_AFTER`` (12 hours) old: a
  notification about last night's check-in the next afternoon helps nobody;
- one daily summary at the parent's chosen time, collapsing everything due today or overdue into
  a single notification (never one per item), and leaving out what the parent snoozed or
  dismissed. A missed summary is caught up on waking under the same 12-hour rule.

Times are local wall-clock times in the zone of ``now`` (or the one given): a 23:30 summary
whose moment is caught at 00:10 still belongs to the day before, and a daily time the clocks skip
(01:30 on the day they go forward) happens when they land (02:30). Each slot notifies once: the
state remembers the last check-in and the last summary day handled. The result is data: the
front end words it and must never add a child's notes (the items carry none).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo

from familysafe.core.due import DueEntry, DueKind
from familysafe.core.planning import Snooze, snoozed_keys
from familysafe.core.records import field, record, replace
from familysafe.core.schedule import CheckInSchedule, utc, wall_time

STALE_AFTER = timedelta(hours=12)


@record
class ReminderState:
    """What the reminders remember between runs (stored by the settings service)."""

    check_in_at: datetime | None = None
    summary_on: date | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "check_in_at": self.check_in_at.isoformat() if self.check_in_at else None,
            "summary_on": self.summary_on.isoformat() if self.summary_on else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ReminderState:
        """The state ``to_dict`` wrote; anything unreadable starts afresh rather than failing."""
        try:
            at, on = data.get("check_in_at"), data.get("summary_on")
            check_in_at = datetime.fromisoformat(str(at)) if at else None
            if check_in_at is not None and check_in_at.tzinfo is None:
                check_in_at = None
            return cls(check_in_at, date.fromisoformat(str(on)) if on else None)
        except ValueError:
            return cls()


@record
class Dismissal:
    """The parent dismissed the item ``key`` while it was due on ``due_on``. When the item comes
    round again with a new due date (the next talk, the next re-check) it may notify again."""

    key: str
    due_on: date


@record
class Notification:
    """What to show. ``kind`` is ``check-in`` or ``summary``; ``code`` is ``check-in``,
    ``summary-one`` or ``summary-many``; ``key`` is where clicking it should lead (the item's
    key, or ``due`` for the whole list on the Today page)."""

    kind: str
    code: str
    key: str
    values: dict[str, object] = field(default_factory=dict)
    items: tuple[DueEntry, ...] = ()


@record
class ReminderDecision:
    notifications: tuple[Notification, ...]
    state: ReminderState
    wake_at: datetime | None


def _local(now: datetime, tz: tzinfo | None) -> tuple[datetime, tzinfo]:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    zone = tz or now.tzinfo
    return now.astimezone(zone), zone


def summary_slot(now: datetime, daily_at: time, tz: tzinfo | None = None) -> datetime:
    """The latest daily summary moment at or before ``now``."""
    local, zone = _local(now, tz)
    slot = wall_time(local.date(), daily_at, zone)
    return (
        slot
        if utc(slot) <= utc(now)
        else wall_time(local.date() - timedelta(days=1), daily_at, zone)
    )


def next_wake_up(
    now: datetime,
    schedule: CheckInSchedule | None,
    daily_at: time | None,
    tz: tzinfo | None = None,
) -> datetime | None:
    """The next moment after ``now`` when something may notify, for a single UI timer."""
    local, zone = _local(now, tz)
    moments = []
    if schedule is not None:
        moments.append(schedule.next_after(local))
    if daily_at is not None:
        slot = summary_slot(now, daily_at, zone)
        day = slot.astimezone(zone).date() + timedelta(days=1)
        moments.append(wall_time(day, daily_at, zone))
    return min(moments, key=utc) if moments else None


def _summary(items: list[DueEntry]) -> Notification:
    first = items[0]
    if len(items) == 1:
        return Notification("summary", "summary-one", first.key, {"kind": first.kind}, (first,))
    kinds = sorted({i.kind for i in items})
    members = sorted({i.member_id for i in items if i.member_id is not None})
    values = {"count": len(items), "kinds": tuple(kinds), "member_ids": tuple(members)}
    return Notification("summary", "summary-many", "due", values, tuple(items))


def decide(
    now: datetime,
    state: ReminderState,
    *,
    schedule: CheckInSchedule | None,
    daily_at: time | None,
    due: Iterable[DueEntry] = (),
    snoozes: Iterable[Snooze] = (),
    dismissed: Iterable[Dismissal] = (),
    tz: tzinfo | None = None,
) -> ReminderDecision:
    """What to notify at ``now`` and the state to store afterwards.

    ``due`` is the due plan's entries for today; ``schedule`` or ``daily_at`` None turns that
    kind off.
    """
    local, zone = _local(now, tz)
    today = local.date()
    hidden = snoozed_keys(snoozes, today)
    gone = {(d.key, d.due_on) for d in dismissed}
    shown: list[Notification] = []

    if schedule is not None:
        occurrence = schedule.last_at_or_before(local)
        handled = state.check_in_at is not None and utc(occurrence) <= utc(state.check_in_at)
        if not handled:
            key = f"check-in:{occurrence.date().isoformat()}"
            quiet = key in hidden or any(k == key for k, _ in gone)
            if utc(now) - utc(occurrence) <= STALE_AFTER and not quiet:
                values: dict[str, object] = {"at": occurrence}
                shown.append(Notification("check-in", "check-in", key, values))
            state = replace(state, check_in_at=occurrence)

    if daily_at is not None:
        slot = summary_slot(now, daily_at, zone)
        slot_day = slot.astimezone(zone).date()
        if state.summary_on is None or state.summary_on < slot_day:
            items = [
                i
                for i in due
                if i.kind is not DueKind.CHECK_IN
                and i.due_on <= today
                and i.key not in hidden
                and (i.key, i.due_on) not in gone
            ]
            if items and utc(now) - utc(slot) <= STALE_AFTER:
                shown.append(_summary(items))
            state = replace(state, summary_on=slot_day)

    return ReminderDecision(tuple(shown), state, next_wake_up(now, schedule, daily_at, zone))
