"""Use cases. Each public method is one thing a user does, in one transaction."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from familysafe import paths
from familysafe.core.clock import Clock, SystemClock
from familysafe.store.db import Database

if TYPE_CHECKING:
    from familysafe.services.agreement import AgreementService
    from familysafe.services.calendar import CalendarService
    from familysafe.services.exports import ExportService
    from familysafe.services.household import HouseholdService
    from familysafe.services.library import LibraryService
    from familysafe.services.planner import PlannerService
    from familysafe.services.reminders import ReminderService
    from familysafe.services.settings import SettingsService
    from familysafe.services.startup import StartupService


class Services:
    """Everything a front end needs, built over one database and one clock.

    Each service is made (and its module imported) on first use, so a command that lists the
    household never loads the PDF or calendar code."""

    def __init__(
        self, db: Database, clock: Clock, data_dir: Path, language: str | None = None
    ) -> None:
        self.db = db
        self.clock = clock
        self.data_dir = data_dir
        self._language = language

    @cached_property
    def household(self) -> HouseholdService:
        from familysafe.services.household import HouseholdService

        return HouseholdService(self.db, self.clock)

    @cached_property
    def library(self) -> LibraryService:
        from familysafe.services.library import LibraryService

        return LibraryService(self._language)

    @cached_property
    def settings(self) -> SettingsService:
        from familysafe.services.settings import SettingsService

        return SettingsService(self.db, self.library)

    @cached_property
    def planner(self) -> PlannerService:
        from familysafe.services.planner import PlannerService

        return PlannerService(self.db, self.clock, self.household, self.library, self.settings)

    @cached_property
    def agreement(self) -> AgreementService:
        from familysafe.services.agreement import AgreementService

        return AgreementService(self.db, self.clock, self.household, self.library)

    @cached_property
    def reminders(self) -> ReminderService:
        from familysafe.services.reminders import ReminderService

        return ReminderService(self.clock, self.settings, self.planner)

    @cached_property
    def calendar(self) -> CalendarService:
        from familysafe.services.calendar import CalendarService

        return CalendarService(self.db, self.clock, self.household, self.planner, self.settings)

    @cached_property
    def startup(self) -> StartupService:
        from familysafe.services.startup import StartupService

        return StartupService()

    @cached_property
    def exports(self) -> ExportService:
        from familysafe.services.exports import ExportService

        return ExportService(
            self.clock, self.household, self.settings, self.library, self.planner, self.agreement
        )

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
    return Services(db, clock or SystemClock(), folder, language)
