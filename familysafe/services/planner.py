"""The planner's use cases: a child's apps and checklists, talks, suggestions and what is due."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from familysafe.core import agreement as agreement_rules
from familysafe.core import checklist as checklist_rules
from familysafe.core.clock import Clock
from familysafe.core.due import DueEntry, DueKind, DuePlan, SettingsDue
from familysafe.core.due_plan import DONE_PREFIX, due_plan
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.household import Member
from familysafe.core.input_rules import (
    FOLLOW_UP_MAX,
    HOW_IT_WENT_MAX,
    NOTES_MAX,
    check_follow_up_date,
    check_talk_date,
    clean_line,
    clean_text,
)
from familysafe.core.library import AgeRule, App
from familysafe.core.planning import AppUse, ChecklistMark, ChildPlan, FamilyPlan, TalkEntry
from familysafe.core.records import record
from familysafe.core.schedule import CheckInSchedule, TalkCadence
from familysafe.core.suggestions import Suggestion, suggest
from familysafe.services.household import HouseholdService
from familysafe.services.library import LibraryService
from familysafe.services.settings import SettingsService
from familysafe.store import agreement as agreement_repo
from familysafe.store import members as member_repo
from familysafe.store import planner as repo
from familysafe.store.db import Database

SCHEDULE = "checkin_schedule"
CADENCE = "talk_cadence"
RECHECK_MONTHS = "recheck_months"


@record
class AppStatus:
    """A child's app: ``min_age`` is the one for the family's country; ``age_rules`` are the
    app's feature age rules the child is still too young for (none for an adult)."""

    app: App
    below_min_age: bool
    checklist_done: int  # in place, including those due a re-check
    checklist_total: int
    added_on: date
    min_age: int = 0
    age_rules: tuple[AgeRule, ...] = ()
    checklist_due: int = 0  # in place but due a re-check


class PlannerService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        household: HouseholdService,
        library: LibraryService,
        settings: SettingsService,
    ) -> None:
        self._db = db
        self._clock = clock
        self._household = household
        self._library = library
        self._settings = settings

    # Settings the planner reads --------------------------------------------------------------

    def schedule(self) -> CheckInSchedule:
        raw = self._settings.get(SCHEDULE)
        return CheckInSchedule.from_dict(json.loads(raw)) if raw else CheckInSchedule()

    def set_schedule(self, schedule: CheckInSchedule) -> None:
        self._settings.put(SCHEDULE, json.dumps(schedule.to_dict()))

    def cadence(self) -> TalkCadence:
        raw = self._settings.get(CADENCE)
        return TalkCadence.from_dict(json.loads(raw)) if raw else TalkCadence()

    def set_cadence(self, cadence: TalkCadence) -> None:
        self._settings.put(CADENCE, json.dumps(cadence.to_dict()))

    def child_cadence(self, member_id: int) -> TalkCadence | None:
        """The child's own talk cadence, or None when they follow the family's."""
        raw = self._settings.get(f"{CADENCE}:{self._child(member_id).id}")
        return TalkCadence.from_dict(json.loads(raw)) if raw else None

    def set_child_cadence(self, member_id: int, cadence: TalkCadence | None) -> None:
        key = f"{CADENCE}:{self._child(member_id).id}"
        if cadence is None:
            self._settings.remove(key)
        else:
            self._settings.put(key, json.dumps(cadence.to_dict()))

    def recheck(self) -> relativedelta:
        return relativedelta(months=self.recheck_months())

    def recheck_months(self) -> int:
        return int(self._settings.get(RECHECK_MONTHS, "6"))

    def set_recheck_months(self, months: int) -> None:
        if not 1 <= months <= 24:
            raise ValidationError("recheck", "recheck-range", "from 1 to 24 months", low=1, high=24)
        self._settings.put(RECHECK_MONTHS, str(months))

    # The family as the planner sees it ---------------------------------------------------------

    def _child(self, member_id: int) -> Member:
        return self._household.child(member_id, "member")

    def child_plan(
        self,
        member: Member,
        added: dict[int, date] | None = None,
        apps: dict[int, tuple[AppUse, ...]] | None = None,
    ) -> ChildPlan:
        """The child as the planner sees it (``added``: every member's first day, ``apps``:
        every member's apps, when the caller has read them for the whole family)."""
        conn = self._db.conn
        own = self._settings.get(f"{CADENCE}:{member.id}")
        if added is None:
            added = member_repo.added_on(conn)
        uses = repo.apps_of(conn, member.id) if apps is None else apps.get(member.id, ())
        if member.born is None:  # only children are planned for; a child has a birth month
            raise ValueError(f"member {member.id} is not a child")
        return ChildPlan(
            member.id,
            member.name,
            member.born,
            uses,
            added.get(member.id),
            TalkCadence.from_dict(json.loads(own)) if own else None,
        )

    def family_plan(self) -> FamilyPlan:
        """The whole family as the planner sees it, in a few queries whatever its size."""
        conn = self._db.conn
        added, apps = member_repo.added_on(conn), repo.apps_by_member(conn)
        with self._settings.reading():  # each child's own cadence, without a query each
            children = tuple(
                self.child_plan(v.member, added, apps) for v in self._household.children()
            )
        return FamilyPlan(
            children,
            repo.talks(conn),
            repo.follow_ups(conn),
            repo.marks(conn),
            repo.snoozes(conn),
            agreement_repo.review(conn),
        )

    # Apps ------------------------------------------------------------------------------------

    def add_apps(self, member_id: int, app_ids: list[str]) -> list[AppStatus]:
        member = self._household.by_id(member_id)
        apps = [self._library.app(a) for a in app_ids]  # NotFoundError before any write
        with self._db.transaction() as conn:
            for app in apps:
                repo.add_app(conn, member.id, app.id, self._clock.today())
        return [s for s in self.apps(member.id) if s.app.id in app_ids]

    def set_apps(self, member_id: int, app_ids: list[str]) -> list[AppStatus]:
        """Make ``app_ids`` the member's apps: add the new, remove the rest, in one transaction.
        Removing an app forgets its checklist marks, as ``remove_app`` does."""
        member = self._household.by_id(member_id)
        wanted = list(dict.fromkeys(self._library.app(a).id for a in app_ids))
        current = {use.app_id for use in repo.apps_of(self._db.conn, member.id)}
        with self._db.transaction() as conn:
            for app_id in current - set(wanted):
                repo.remove_app(conn, member.id, app_id)
            for app_id in wanted:
                if app_id not in current:
                    repo.add_app(conn, member.id, app_id, self._clock.today())
        return self.apps(member.id)

    def remove_app(self, member_id: int, app_id: str) -> None:
        member = self._household.by_id(member_id)
        with self._db.transaction() as conn:
            if not repo.remove_app(conn, member.id, app_id):
                raise NotFoundError(
                    "app-not-used",
                    f"{member.name} does not use {app_id!r}",
                    name=member.name,
                    id=app_id,
                )

    def apps(self, member_id: int) -> list[AppStatus]:
        member = self._household.by_id(member_id)
        today = self._clock.today()
        plan = self.child_plan(member) if member.born else None
        marks = repo.marks(self._db.conn, member.id)
        country = self._settings.family_country()  # decided once, as everywhere
        recheck = self.recheck()
        result = []
        for use in repo.apps_of(self._db.conn, member.id):
            app = self._library.library.app(use.app_id)
            if app is None:  # an app the content no longer has: keep the data, skip the row
                continue
            min_age = app.min_age_in(country)
            if plan is None:
                result.append(AppStatus(app, False, 0, 0, use.added_on, min_age))
                continue
            states = checklist_rules.item_states(plan, app, marks, today, recheck)
            done, total = checklist_rules.progress(states)
            due = checklist_rules.recheck_due(states)
            below = plan.below_min_age(app, today, country)
            rules = app.rules_above(plan.age_on(today))
            result.append(AppStatus(app, below, done, total, use.added_on, min_age, rules, due))
        return sorted(result, key=lambda s: s.app.name.casefold())

    # Checklists --------------------------------------------------------------------------------

    def checklist(
        self, member_id: int, app_id: str | None = None
    ) -> list[checklist_rules.ItemState]:
        member = self._child(member_id)
        plan = self.child_plan(member)
        if app_id is not None and app_id not in plan.app_ids:
            self._library.app(app_id)  # unknown app: NotFoundError
            raise NotFoundError(
                "app-not-used",
                f"{member.name} does not use {app_id!r}",
                name=member.name,
                id=app_id,
            )
        marks = repo.marks(self._db.conn, member.id)
        today, recheck = self._clock.today(), self.recheck()
        states = []
        for use in plan.apps:
            app = self._library.library.app(use.app_id)
            if app and (app_id is None or app.id == app_id):
                states += checklist_rules.item_states(plan, app, marks, today, recheck)
        return states

    def mark(
        self, member_id: int, app_id: str, item_id: str, done: bool = True, on: date | None = None
    ) -> None:
        member = self._child(member_id)
        app = self._library.app(app_id)
        if app.item(item_id) is None:
            raise NotFoundError(
                "item-not-found", f"{app.name} has no item {item_id!r}", app=app.name, id=item_id
            )
        if app_id not in self.child_plan(member).app_ids:
            raise NotFoundError(
                "app-not-used",
                f"{member.name} does not use {app_id!r}",
                name=member.name,
                id=app_id,
            )
        on = check_talk_date(on or self._clock.today(), self._clock.today())
        with self._db.transaction() as conn:
            repo.put_mark(conn, ChecklistMark(member.id, app_id, item_id, on, done))

    # Talks -----------------------------------------------------------------------------------

    def log_talk(
        self,
        member_ids: list[int],
        topic_ids: list[str],
        on: date | None = None,
        notes: str = "",
        how_it_went: str = "",
        follow_ups: Sequence[tuple[str, date]] = (),
    ) -> int:
        """Record a talk; returns its id. Everything or nothing is saved."""
        members, topics, follow_ups = self._check_talk(member_ids, topic_ids, follow_ups)
        on = check_talk_date(on or self._clock.today(), self._clock.today())
        notes, how_it_went = _talk_words(notes, how_it_went)
        with self._db.transaction() as conn:
            talk_id = repo.insert_talk(
                conn, on, [m.id for m in members], topics, notes, how_it_went
            )
            for text, due in follow_ups:
                member_id = members[0].id if len(members) == 1 else None
                repo.insert_follow_up(conn, talk_id, member_id, text, due)
        return talk_id

    def edit_talk(
        self,
        talk_id: int,
        member_ids: list[int],
        topic_ids: list[str],
        on: date,
        notes: str = "",
        how_it_went: str = "",
    ) -> None:
        members, topics, _ = self._check_talk(member_ids, topic_ids, [])
        on = check_talk_date(on, self._clock.today())
        notes, how_it_went = _talk_words(notes, how_it_went)
        with self._db.transaction() as conn:
            if repo.talk_entry(conn, talk_id) is None:
                raise NotFoundError("talk-not-found", f"no talk {talk_id}", id=talk_id)
            repo.update_talk(
                conn,
                talk_id,
                on,
                [m.id for m in members],
                topics,
                notes,
                how_it_went,
            )

    def talk(self, talk_id: int) -> TalkEntry:
        entry = repo.talk_entry(self._db.conn, talk_id)
        if entry is None:
            raise NotFoundError("talk-not-found", f"no talk {talk_id}", id=talk_id)
        return entry

    def talks(self, talk_ids: list[int]) -> dict[int, TalkEntry]:
        """The talks ``talk_ids`` with their private parts, read together (a few queries
        whatever their number); ids with no talk are left out."""
        return {e.record.id: e for e in repo.talk_entries(self._db.conn, talk_ids)}

    def delete_talk(self, talk_id: int) -> None:
        with self._db.transaction() as conn:
            if not repo.delete_talk(conn, talk_id):
                raise NotFoundError("talk-not-found", f"no talk {talk_id}", id=talk_id)

    def _check_talk(
        self,
        member_ids: Sequence[int],
        topic_ids: Sequence[str],
        follow_ups: Iterable[tuple[str, date]],
    ) -> tuple[list[Member], list[str], list[tuple[str, date]]]:
        if not member_ids:
            raise ValidationError("members", "talk-no-member", "a talk needs at least one person")
        if not topic_ids:
            raise ValidationError("topics", "talk-no-topic", "a talk needs at least one topic")
        members = [self._household.by_id(m) for m in dict.fromkeys(member_ids)]
        topics = list(dict.fromkeys(self._library.topic(t).id for t in topic_ids))
        checked: list[tuple[str, date]] = []
        for text, due in follow_ups:
            text = clean_line(text, "follow_up", FOLLOW_UP_MAX)
            check_follow_up_date(due, self._clock.today())
            if not text:
                raise ValidationError(
                    "follow_up",
                    "follow-up-text",
                    f"a follow-up needs 1 to {FOLLOW_UP_MAX} characters",
                    limit=FOLLOW_UP_MAX,
                )
            checked.append((text, due))
        return members, topics, checked

    def history(self, member_id: int | None = None) -> list[TalkEntry]:
        conn = self._db.conn
        member = self._household.by_id(member_id) if member_id is not None else None
        entries = [
            e for e in repo.talk_entries(conn) if member is None or e.record.includes(member.id)
        ]
        return sorted(entries, key=lambda e: (e.record.on, e.record.id), reverse=True)

    def complete_follow_up(self, follow_up_id: int, done: bool = True) -> None:
        with self._db.transaction() as conn:
            if not repo.set_follow_up_done(
                conn, follow_up_id, self._clock.today() if done else None
            ):
                raise NotFoundError(
                    "follow-up-not-found", f"no follow-up {follow_up_id}", id=follow_up_id
                )

    # Suggestions and what is due ---------------------------------------------------------------

    def suggest(self, member_id: int, limit: int | None = None) -> list[Suggestion]:
        member = self._child(member_id)
        conn = self._db.conn
        return suggest(
            self.child_plan(member),
            self._library.library,
            self._clock.today(),
            repo.talks(conn),
            repo.follow_ups(conn),
            limit,
        )

    def suggest_each(
        self, member_ids: list[int], limit: int | None = None
    ) -> dict[int, list[Suggestion]]:
        """:meth:`suggest` for several children, reading the talks and follow-ups once."""
        conn = self._db.conn
        talks, follow_ups = repo.talks(conn), repo.follow_ups(conn)
        added = member_repo.added_on(conn)
        today = self._clock.today()
        return {
            member_id: suggest(
                self.child_plan(self._child(member_id), added),
                self._library.library,
                today,
                talks,
                follow_ups,
                limit,
            )
            for member_id in member_ids
        }

    def plan(self, within: int = 7) -> DuePlan:
        """The family's plan for today: what the Today page, ``due``, the tray, the daily
        notification and the calendar file all show."""
        if within < 0:
            raise ValidationError("within", "within-negative", "within must be 0 or more days")
        with self._settings.reading():  # the settings in one query, not one per child
            family = self.family_plan()
            schedule = self.schedule() if family.children else None  # no children, no check-in
            cadence, recheck = self.cadence(), self.recheck()
        return due_plan(
            family,
            self._library.library,
            self._clock.today(),
            schedule=schedule,
            cadence=cadence,
            recheck=recheck,
            within=within,
        )

    def due(self, within: int = 7) -> tuple[DueEntry, ...]:
        """The plan's entries, in the order every front end lists them."""
        return self.plan(within).entries

    def snooze(self, key: str, days: int) -> date:
        return self.snooze_all([key], days)

    def snooze_all(self, keys: list[str], days: int) -> date:
        """Hide the entries (or single settings) ``keys`` for ``days`` days, all or none. They
        come back on that day and count from it."""
        if not 1 <= days <= 90:
            raise ValidationError("days", "snooze-range", "snooze for 1 to 90 days")
        plan = self.plan(within=60)
        for key in keys:
            if plan.find(key) is None:
                raise NotFoundError("due-not-found", f"nothing due with the key {key!r}", key=key)
        until = self._clock.today() + timedelta(days=days)
        with self._db.transaction() as conn:
            for key in keys:
                repo.put_snooze(conn, key, until)
        return until

    def done(self, key: str) -> DueEntry:
        """Mark something due done: one setting ticked, the follow-up completed, the check-in or
        new band acknowledged, the agreement reviewed and kept as it is (its next review three
        months on). A talk is done by logging it; an app's settings one by one."""
        entry = self._find_due(key)
        today = self._clock.today()
        if isinstance(entry, SettingsDue):
            if key == entry.key:
                raise ValidationError(
                    "key",
                    "done-needs-settings",
                    "tick its settings one by one (familysafe done checklist:...)",
                )
            setting = next(s for s in entry.settings if s.key == key)
            assert entry.member_id is not None  # a settings entry is always one child's
            self.mark(entry.member_id, setting.app_id, setting.item_id, True)
        elif entry.kind is DueKind.FOLLOW_UP:
            self.complete_follow_up(entry.follow_up_id)  # type: ignore[attr-defined]
        elif entry.kind in (DueKind.CHECK_IN, DueKind.NEW_BAND):
            days = 1 if entry.kind is DueKind.CHECK_IN else 31
            hide_until = max(entry.due_on + timedelta(days=days), today + timedelta(days=1))
            with self._db.transaction() as conn:
                repo.put_snooze(conn, DONE_PREFIX + key, hide_until)
        elif entry.kind is DueKind.AGREEMENT_REVIEW:
            with self._db.transaction() as conn:
                latest = agreement_repo.latest(conn)
                if latest is None:
                    raise NotFoundError(
                        "agreement-not-agreed", "the agreement has not been agreed yet"
                    )
                agreement_repo.set_review(conn, agreement_rules.reviewed(latest, today))
        else:
            raise ValidationError(
                "key", "done-needs-talk", "log a talk to mark this done (familysafe talk ...)"
            )
        return entry

    def _find_due(self, key: str) -> DueEntry:
        entry = self.plan(within=60).find(key)
        if entry is None:
            raise NotFoundError("due-not-found", f"nothing due with the key {key!r}", key=key)
        return entry

    def member_name(self, member_id: int | None) -> str | None:
        return self._household.by_id(member_id).name if member_id else None


def _talk_words(notes: str, how_it_went: str) -> tuple[str, str]:
    return clean_text(notes, "notes", NOTES_MAX), clean_text(how_it_went, "how", HOW_IT_WENT_MAX)
