"""Use cases. Each public method is one thing a user does, in one transaction."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from familysafe import logs, paths
from familysafe.about import __version__

log = logs.log

# The package is light: a command that only peeks at a setting (the language, for --help) imports
# no backups or database code through it.
TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.core.clock import Clock
    from familysafe.services.agreement import AgreementService
    from familysafe.services.backups import BackupService
    from familysafe.services.calendar import CalendarService
    from familysafe.services.exports import ExportService
    from familysafe.services.household import HouseholdService
    from familysafe.services.library import LibraryService
    from familysafe.services.planner import PlannerService
    from familysafe.services.reminders import ReminderService
    from familysafe.services.settings import SettingsService
    from familysafe.services.specifics import SpecificsService
    from familysafe.services.startup import StartupService
    from familysafe.store.db import Database, DatabaseError


class Services:
    """Everything a front end needs, built over one database and one clock.

    Each service is made (and its module imported) on first use, so a command that lists the
    household never loads the PDF or calendar code."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        data_dir: Path,
        language: str | None = None,
        backups: BackupService | None = None,
        folder_exposed: bool = False,
    ) -> None:
        self.db = db
        self.clock = clock
        self.data_dir = data_dir
        self._language = language
        # Made at once: it backs the database up before the first change of each day.
        if backups is None:
            from familysafe.services.backups import BackupService

            backups = BackupService(data_dir, clock, db)
        self.backups = backups
        # The data folder existed already and others can read it (the front ends warn).
        self.folder_exposed = folder_exposed

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
    def specifics(self) -> SpecificsService:
        from familysafe.services.specifics import SpecificsService

        return SpecificsService(self.db, self.household, self.planner, self.settings)

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
            self.clock,
            self.household,
            self.settings,
            self.library,
            self.planner,
            self.agreement,
            self.specifics,
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
    from familysafe.core.clock import SystemClock
    from familysafe.services.backups import BackupService

    folder = paths.data_dir(data_dir)
    existed = folder.is_dir()
    paths.ensure_private_dir(folder)
    logs.setup(folder)
    exposed = existed and paths.readable_by_others(folder)
    if exposed:
        log.warning("the data folder can be read by other users of this computer")
    clock = clock or SystemClock()
    backups = BackupService(folder, clock)
    db = open_database(backups, data_dir)
    backups.attach(db)
    return Services(db, clock, folder, language, backups, exposed)


def open_database(backups: BackupService, data_dir: Path | str | None = None) -> Database:
    """The family's database; when it cannot be used, an error that names the newest good
    backup and how to restore it. ``data_dir`` is the folder the user named, if they did."""
    from familysafe.store.db import Database, DatabaseError

    given = str(data_dir) if data_dir else None
    if backups.emptied():
        raise backups.damage("the file is empty", given)
    try:
        db = Database(backups.database)
    except DatabaseError as exc:
        if exc.code == "database-unreadable":
            raise backups.damage(_reason(exc), given) from exc
        raise
    log.info("FamilySafe %s opened the database (schema %d)", __version__, db.user_version)
    return db


def _reason(exc: DatabaseError) -> str:
    return str(exc.values.get("reason", exc))
