"""Use cases. Each public method is one thing a user does, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from familysafe import paths
from familysafe.core.clock import Clock, SystemClock
from familysafe.services.agreement import AgreementService
from familysafe.services.calendar import CalendarService
from familysafe.services.exports import ExportService
from familysafe.services.household import HouseholdService
from familysafe.services.library import LibraryService
from familysafe.services.planner import PlannerService
from familysafe.services.reminders import ReminderService
from familysafe.services.settings import SettingsService
from familysafe.services.startup import StartupService
from familysafe.store.db import Database


@dataclass
class Services:
    """Everything a front end needs, built over one database and one clock."""

    db: Database
    clock: Clock
    data_dir: Path
    household: HouseholdService
    settings: SettingsService
    library: LibraryService
    planner: PlannerService
    agreement: AgreementService
    reminders: ReminderService
    calendar: CalendarService
    startup: StartupService
    exports: ExportService

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_services(
    data_dir: Path | str | None = None, clock: Clock | None = None, language: str | None = None
) -> Services:
    folder = paths.ensure_private_dir(paths.data_dir(data_dir))
    db = Database(folder / paths.DATABASE_NAME)
    clock = clock or SystemClock()
    household = HouseholdService(db, clock)
    library = LibraryService(language)
    settings = SettingsService(db, library)
    planner = PlannerService(db, clock, household, library, settings)
    agreement = AgreementService(db, clock, household, library)
    return Services(
        db=db,
        clock=clock,
        data_dir=folder,
        household=household,
        settings=settings,
        library=library,
        planner=planner,
        agreement=agreement,
        reminders=ReminderService(clock, settings, planner),
        calendar=CalendarService(db, clock, household, planner, settings),
        startup=StartupService(),
        exports=ExportService(clock, household, settings, library, planner, agreement),
    )
