"""Exporting the family's reminders as a calendar file (``familysafe export ics``, the window's
"Add to calendar").

What goes in: the family check-in as one repeating event, and every other entry of the due plan
the Today page shows (each child's next talk, each app's settings as one event, follow-ups, a new
age band, the agreement's review), overdue ones on today. One event per entry, never one per
setting, so the calendar and the Today page agree.

What never goes in: talk notes and "how it went". A follow-up's own text does, because it *is*
the reminder (the parent wrote it as a short action, and the Today page and the tray show it
too); every event is marked private, for calendars shared with others.

Words come from the caller's ``describe(entry)`` (the front ends pass
``words.planner.entry_title``), so this layer stays free of Qt. UIDs are the due item's key plus a
random id kept for this household, so re-importing updates events and two families' files never
collide.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from familysafe.about import APP_NAME, __version__
from familysafe.core.clock import Clock
from familysafe.core.due import CheckInDue, DueEntry, DueKind
from familysafe.core.errors import FamilySafeError, ValidationError
from familysafe.core.records import record
from familysafe.core.schedule import CheckInSchedule
from familysafe.export.calendar import DEFAULT_WITHIN, CalendarDocument, CalendarEvent, write_ics
from familysafe.files import NotAFileError, not_a_file
from familysafe.services.household import HouseholdService
from familysafe.services.planner import PlannerService
from familysafe.services.settings import SettingsService
from familysafe.store.db import Database
from familysafe.system.localzone import local_zone_name

Describe = Callable[[DueEntry], str]

HOUSEHOLD_UID = "household_uid"  # random, made on first use; names this household's files
SEQUENCE = "calendar_sequence"  # how many calendar files were exported: each one's SEQUENCE

CHECK_IN_LENGTH = timedelta(minutes=30)
CHECK_IN_ALARM = -timedelta(minutes=15)
ALL_DAY_ALARM = timedelta(hours=9)  # 09:00 on the day
CHECK_IN_KEY = "check-in"


@record
class CalendarExport:
    path: Path
    events: int


class CalendarService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        household: HouseholdService,
        planner: PlannerService,
        settings: SettingsService,
        local_zone: Callable[[], str | None] = local_zone_name,
    ) -> None:
        self._db = db
        self._clock = clock
        self._household = household
        self._planner = planner
        self._settings = settings
        self._local_zone = local_zone

    def export_ics(
        self, path: Path | str, describe: Describe, within: int = DEFAULT_WITHIN
    ) -> CalendarExport:
        """Write the calendar file; FamilySafeError when the folder is missing or the file cannot
        be written (nothing partial is left), ValidationError when there is nothing to export."""
        path = Path(path)
        if not path.parent.is_dir():
            raise FamilySafeError(
                "export-folder-missing",
                f"the folder {path.parent} does not exist",
                folder=str(path.parent),
            )
        with self._db.transaction():
            sequence = int(self._settings.get(SEQUENCE, "0")) + 1
            self._settings.put(SEQUENCE, str(sequence))
            document = self.document(describe, within, sequence)
            if not document.events:
                raise ValidationError(
                    "household", "calendar-empty", "nothing to put in a calendar: add a child"
                )
            try:
                write_ics(path, document)
            except NotAFileError as exc:
                raise not_a_file(path) from exc
            except OSError as exc:
                reason = exc.strerror or str(exc)
                raise FamilySafeError(
                    "export-failed",
                    f"could not write {path}: {reason}",
                    path=str(path),
                    reason=reason,
                ) from exc
        return CalendarExport(path, len(document.events))

    def document(
        self, describe: Describe, within: int = DEFAULT_WITHIN, sequence: int = 0
    ) -> CalendarDocument:
        """The calendar as plain data (for a preview, or for another writer). Makes the
        household's random id the first time."""
        household = self._household_uid()
        today = self._clock.today()
        events: list[CalendarEvent] = []
        if self._household.children():  # as the due list: no children, no check-in
            events.append(self._check_in(self._planner.schedule(), today, household, describe))
        for item in self._planner.due(within):
            if item.kind is DueKind.CHECK_IN:  # the repeating event above
                continue
            events.append(
                CalendarEvent(
                    uid=_uid(item.key, household),
                    summary=describe(item),
                    start=max(item.due_on, today),  # overdue: today, not a day already past
                    duration=timedelta(days=1),
                    alarm=ALL_DAY_ALARM,
                )
            )
        return CalendarDocument(
            prodid=f"-//{APP_NAME}//{APP_NAME} {__version__}//EN",
            uid=_uid("calendar", household),
            name=APP_NAME,
            stamp=self._clock.now().astimezone(UTC).replace(microsecond=0),
            sequence=sequence,
            events=tuple(events),
        )

    def _check_in(
        self, schedule: CheckInSchedule, today: date, household: str, describe: Describe
    ) -> CalendarEvent:
        """The check-in as one repeating event from its next day on. DTSTART is the schedule's
        wall time in its zone (else the computer's zone, else floating), matching the RRULE."""
        day = schedule.next_date_on_or_after(today)
        zone = schedule.zone or self._local_zone()
        start = datetime.combine(day, schedule.at)
        if zone:
            start = start.replace(tzinfo=ZoneInfo(zone))
        item = CheckInDue(
            key=CHECK_IN_KEY, member_id=None, due_on=day, overdue_days=0, at=schedule.at
        )
        return CalendarEvent(
            uid=_uid(CHECK_IN_KEY, household),
            summary=describe(item),
            start=start,
            duration=CHECK_IN_LENGTH,
            alarm=CHECK_IN_ALARM,
            rrule=schedule.to_rrule_string(),
            busy=True,
        )

    def _household_uid(self) -> str:
        uid = self._settings.get(HOUSEHOLD_UID)
        if not uid:
            uid = secrets.token_hex(8)
            self._settings.put(HOUSEHOLD_UID, uid)
        return uid


def _uid(key: str, household: str) -> str:
    return f"{key}.{household}@familysafe"
