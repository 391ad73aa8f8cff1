"""Where each privacy checklist item stands for a child on a given day.

Settings drift: apps change their menus and defaults, children change them back. So a ticked item
is only trusted for a re-check interval (six months unless the parent chooses otherwise) and at
once stops being trusted when the wording of that item was written after the parent ticked it
(the app changed, so the advice did). That is the item's ``written`` date, not ``checked``:
comparing the same facts with the source again changes nothing the parent has to redo. An item
never ticked is due from the day the app was added.

Items with a ``min_age`` above the child's age do not apply yet (``applies`` is False): they are
reported, so a front end can show them greyed, but are never due.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from dateutil.relativedelta import relativedelta

from familysafe.core.library import App, ChecklistItem
from familysafe.core.planning import ChecklistMark, ChildPlan
from familysafe.core.records import record

DEFAULT_RECHECK = relativedelta(months=6)


@record
class ItemState:
    """One checklist item for one child on one day.

    ``code`` says why it needs attention: ``to-do`` (never ticked, or unticked), ``recheck``
    (the interval passed), ``changed`` (the content is newer than the tick) or ``ok``.
    ``due_on`` is when it needs (or needed) attention; for an ``ok`` item, its re-check day.
    """

    member_id: int
    app_id: str
    item_id: str
    title: str
    applies: bool
    done: bool
    checked_on: date | None
    recheck_on: date | None
    stale: bool
    code: str
    due_on: date

    @property
    def needs_attention(self) -> bool:
        return self.applies and (not self.done or self.stale)


def latest_marks(
    marks: Iterable[ChecklistMark], today: date
) -> dict[tuple[int, str, str], ChecklistMark]:
    """The mark in force for each (member, app, item) on ``today``: the latest not after today.

    Marks on the same day keep their given order, the last one winning (a tick then an untick).
    """
    latest: dict[tuple[int, str, str], ChecklistMark] = {}
    for mark in sorted((m for m in marks if m.checked_on <= today), key=lambda m: m.checked_on):
        latest[(mark.member_id, mark.app_id, mark.item_id)] = mark
    return latest


def item_state(
    child: ChildPlan,
    app: App,
    item: ChecklistItem,
    mark: ChecklistMark | None,
    today: date,
    recheck: relativedelta = DEFAULT_RECHECK,
) -> ItemState:
    applies = item.min_age is None or child.age_on(today) >= item.min_age
    checked_on = recheck_on = None
    if mark is None or not mark.done:
        code, due_on = "to-do", child.app_added_on(app.id) or today
    else:
        checked_on, recheck_on = mark.checked_on, mark.checked_on + recheck
        if checked_on < item.written <= today:  # new wording dated after today: not yet
            code, due_on = "changed", min(item.written, recheck_on, today)
        elif recheck_on <= today:
            code, due_on = "recheck", recheck_on
        else:
            code, due_on = "ok", recheck_on
    return ItemState(
        member_id=child.member_id,
        app_id=app.id,
        item_id=item.id,
        title=item.title,
        applies=applies,
        done=code != "to-do",
        checked_on=checked_on,
        recheck_on=recheck_on,
        stale=code in ("changed", "recheck"),
        code=code,
        due_on=due_on,
    )


def item_states(
    child: ChildPlan,
    app: App,
    marks: Iterable[ChecklistMark],
    today: date,
    recheck: relativedelta = DEFAULT_RECHECK,
) -> list[ItemState]:
    """Every item of ``app``'s checklist for ``child`` on ``today``, in the content's order."""
    latest = latest_marks(marks, today)
    return [
        item_state(child, app, item, latest.get((child.member_id, app.id, item.id)), today, recheck)
        for item in app.checklist
    ]


def progress(states: Iterable[ItemState]) -> tuple[int, int]:
    """(in place, total) over the items that apply to the child. A tick due a re-check is
    still in place (the setting was not undone): :func:`recheck_due` counts those."""
    applying = [s for s in states if s.applies]
    return sum(1 for s in applying if s.done), len(applying)


def recheck_due(states: Iterable[ItemState]) -> int:
    """How many of the settings in place are due a re-check (the interval passed, or the
    wording of the item changed since the tick)."""
    return sum(1 for s in states if s.applies and s.done and s.stale)
