"""Backups of the family's database: made on the first change of each day, on request and before
a restore; listed, restored, and rotated (``core.retention``). Both front ends use this.

Backups live in ``<data folder>/backups/`` as ``familysafe-<id>.<kind>.db``; the id is the date
and time the app's clock gave when it was made (``2026-11-23-091500``, with ``-2`` ... added
when two are made in the same second). Listing and restoring never open the family's database
through the normal path, so they work when it is damaged.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

from familysafe import logs, paths
from familysafe.core import retention
from familysafe.core.clock import Clock
from familysafe.core.errors import NotFoundError
from familysafe.core.records import record
from familysafe.store import backups as files
from familysafe.store.db import Database, DatabaseError, busy_error, is_busy

log = logs.logger("familysafe.backups")

FOLDER = "backups"
KINDS = ("auto", "manual", "before-restore")
_NAME = re.compile(
    r"^familysafe-(?P<id>(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})(?:-(?P<n>\d+))?)\.(?P<kind>[a-z-]+)\.db$"
)


@record
class Backup:
    id: str
    made: datetime  # by the app's clock, without a time zone
    kind: str
    path: Path
    size: int
    contents: files.Contents | None  # None: the file cannot be read

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "made": self.made.isoformat(timespec="seconds"),
            "kind": self.kind,
            "size": self.size,
            "members": self.contents.members if self.contents else None,
            "talks": self.contents.talks if self.contents else None,
            "readable": self.contents is not None,
        }


def _parse(path: Path) -> tuple[str, datetime, int, str] | None:
    match = _NAME.match(path.name)
    if match is None or match["kind"] not in KINDS:
        return None
    try:
        made = datetime.strptime(match["stamp"], "%Y-%m-%d-%H%M%S")
    except ValueError:
        return None
    return match["id"], made, int(match["n"] or 1), match["kind"]


class BackupService:
    def __init__(self, data_dir: Path, clock: Clock, db: Database | None = None) -> None:
        self._data_dir = data_dir
        self._clock = clock
        self._db = db
        self._done_on: date | None = None

    @property
    def folder(self) -> Path:
        return self._data_dir / FOLDER

    @property
    def database(self) -> Path:
        return self._data_dir / paths.DATABASE_NAME

    def attach(self, db: Database) -> None:
        """Back up ``db`` before the first change of each day."""
        self._db = db
        db.before_write = self.ensure_today

    # Listing -----------------------------------------------------------------------------------

    def _found(self) -> list[tuple[datetime, int, str, str, Path]]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            parsed = _parse(path)
            if parsed is not None:
                backup_id, made, n, kind = parsed
                found.append((made, n, backup_id, kind, path))
        found.sort(reverse=True)
        return found

    def list(self) -> list[Backup]:
        """Every backup, newest first, with what it holds."""
        return [
            Backup(backup_id, made, kind, path, path.stat().st_size, files.contents(path))
            for made, _n, backup_id, kind, path in self._found()
        ]

    def get(self, backup_id: str) -> Backup:
        for backup in self.list():
            if backup.id == backup_id.strip():
                return backup
        raise NotFoundError(
            "backup-not-found", f"there is no backup {backup_id!r}", id=backup_id.strip()
        )

    def exists(self) -> bool:
        return bool(self._found())

    def newest_good(self) -> Backup | None:
        for made, _n, backup_id, kind, path in self._found():
            if files.is_good(path):
                return Backup(backup_id, made, kind, path, path.stat().st_size, None)
        return None

    # Making ------------------------------------------------------------------------------------

    def ensure_today(self) -> None:
        """Before the first change of the day: back up the database unless today (by the app's
        clock) already has a backup. A failure is logged; the family's change goes ahead."""
        today = self._clock.today()
        if self._done_on == today:
            return
        if any(made.date() == today for made, *_ in self._found()):
            self._done_on = today
            return
        try:
            if self._db is not None and not files.holds_anything(self._db.conn):
                return  # a new family: nothing to keep yet
            self.make("auto")
        except (OSError, sqlite3.Error, DatabaseError) as exc:
            log.warning("daily backup failed: %s", type(exc).__name__)
            return
        self._done_on = today

    def make(self, kind: str = "manual") -> Backup:
        """Back up the database now (then rotate). DatabaseError if it cannot be read."""
        paths.ensure_private_dir(self.folder)
        target = self._new_path(kind)
        if self._db is not None:
            files.write(self._db.conn, target)
        elif files.write_from_file(self.database, target) is None:
            raise DatabaseError("database-unreadable", "the database cannot be read")
        log.info("backup %s made (%s)", target.name, kind)
        self.rotate()
        return self.get(_parse(target)[0])  # type: ignore[index]

    def _new_path(self, kind: str) -> Path:
        made = datetime.combine(self._clock.today(), datetime.now().time())
        stamp = made.strftime("%Y-%m-%d-%H%M%S")
        taken = {backup_id for _m, _n, backup_id, _k, _p in self._found()}
        backup_id, n = stamp, 1
        while backup_id in taken:
            n += 1
            backup_id = f"{stamp}-{n}"
        return self.folder / f"familysafe-{backup_id}.{kind}.db"

    def rotate(self) -> int:
        """Delete the backups the rotation no longer keeps; returns how many went."""
        found = self._found()
        keep = retention.to_keep([made for made, *_ in found], self._clock.today())
        removed = 0
        for index, (*_, path) in enumerate(found):
            if index not in keep:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                log.info("backup %s rotated out", path.name)
                removed += 1
        return removed

    # Restoring ---------------------------------------------------------------------------------

    def restore(self, backup_id: str) -> Backup:
        """Put the backup back in place of the database, which is backed up first (or, when it
        cannot be read, kept in the backups folder as ``damaged-*.db``). Returns the backup."""
        backup = self.get(backup_id)
        if not files.is_good(backup.path):
            raise DatabaseError("backup-damaged", "that backup fails its check", id=backup.id)
        self._keep_current()
        closed = self._db.closed() if self._db is not None else contextlib.nullcontext()
        with closed:
            files.restore(backup.path, self.database)
        self._done_on = None
        log.info("backup %s restored", backup.path.name)
        return backup

    def _keep_current(self) -> None:
        try:
            self.make("before-restore")
        except DatabaseError:
            self._keep_damaged()

    def _keep_damaged(self) -> None:
        stamp = datetime.combine(self._clock.today(), datetime.now().time())
        for suffix in ("", "-wal"):
            source = self.database.with_name(self.database.name + suffix)
            if source.exists() and source.stat().st_size:
                target = self.folder / f"damaged-{stamp:%Y-%m-%d-%H%M%S}.db{suffix}"
                paths.ensure_private_dir(self.folder)
                import shutil

                shutil.copyfile(source, target)
                target.chmod(0o600)
                log.warning("kept the unreadable database as %s", target.name)

    # Removing a member -------------------------------------------------------------------------

    def remove_member(self, member_id: int, added_on: date) -> int:
        """Rewrite every backup that holds the member without them (verified, vacuumed); the
        copies kept before upgrades are deleted. Returns how many files changed."""
        changed = 0
        for *_, path in self._found():
            if files.remove_member(path, member_id, added_on.isoformat()):
                changed += 1
        for copy in self._data_dir.glob(f"{paths.DATABASE_NAME}.before-v*.bak"):
            copy.unlink()
            changed += 1
        log.info("a removed member was taken out of %d backup files", changed)
        return changed

    # Damage ------------------------------------------------------------------------------------

    def emptied(self) -> bool:
        """A 0-byte database beside backups: it was lost, not a new family."""
        try:
            empty = self.database.stat().st_size == 0
        except FileNotFoundError:
            return False
        return empty and self.exists()

    def damage(self, detail: str, data_dir_given: str | None) -> DatabaseError:
        """The error for a database that cannot be used, naming the newest good backup and the
        exact command that restores it."""
        log.error("the database cannot be used: %s", detail)
        newest = self.newest_good()
        if newest is None:
            return DatabaseError(
                "database-damaged-no-backup",
                f"the database {self.database} is damaged ({detail}) and there is no good backup",
                path=str(self.database),
                reason=detail,
            )
        import shlex

        command = ["familysafe", "backup", "restore", newest.id, "--yes"]
        if data_dir_given:
            command += ["--data-dir", str(data_dir_given)]
        return DatabaseError(
            "database-damaged",
            f"the database {self.database} is damaged ({detail}); the newest good backup is "
            f"{newest.id}: restore it with: {shlex.join(command)}",
            path=str(self.database),
            reason=detail,
            id=newest.id,
            command=shlex.join(command),
        )

    def failure(self, exc: sqlite3.Error, data_dir_given: str | None) -> DatabaseError:
        """What to say when SQLite fails in the middle of an action."""
        if is_busy(exc):
            log.warning("the database stayed locked past the busy timeout")
            return busy_error()
        return self.damage(str(exc), data_dir_given)
