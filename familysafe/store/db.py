"""Opening the database: private files, strict pragmas, numbered migrations, transactions.

Each migration ``migrations/NNNN_name.sql`` is applied in one transaction together with its
``PRAGMA user_version`` bump; before an existing database is migrated, a copy is kept beside it.
A database written by a newer FamilySafe is refused, never opened for writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from familysafe.core.errors import FamilySafeError

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA trusted_schema = OFF",
)
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class DatabaseError(FamilySafeError):
    """The database cannot be used (newer than this app, unreadable, not a database)."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    found = []
    for entry in resources.files("familysafe.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations must be numbered 0001, 0002, ... without gaps")
    return found


def schema_version() -> int:
    return len(migrations())


class Database:
    """One connection with the required pragmas; ``transaction()`` makes a user action atomic."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        memory = str(path) == ":memory:"
        if not memory:
            _create_private(self.path)
        try:
            self.conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False
            )
            self.conn.row_factory = sqlite3.Row
            for pragma in PRAGMAS:
                self.conn.execute(pragma)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                "database-unreadable", f"cannot open the database {self.path}: {exc}"
            ) from exc
        if not memory:
            _protect_sidecars(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def user_version(self) -> int:
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All of the block happens, or none of it does."""
        if self.conn.in_transaction:  # nested: part of the caller's transaction
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        known = migrations()
        current = self.user_version
        if current > len(known):
            raise DatabaseError(
                "database-too-new",
                f"the database {self.path} was written by a newer FamilySafe "
                f"(schema {current}, this version knows {len(known)}); "
                "update FamilySafe to open it",
                found=current,
                known=len(known),
            )
        pending = known[current:]
        if not pending:
            return
        if current > 0 and str(self.path) != ":memory:":
            self._backup(f"before-v{pending[0].version}")
        for migration in pending:
            # executescript would commit on its own; run the statements inside our transaction.
            with self.transaction() as conn:
                for statement in _statements(migration.sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version}")

    def _backup(self, label: str) -> Path:
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        with contextlib.closing(sqlite3.connect(str(target))) as copy:
            self.conn.backup(copy)
        return target


def _statements(script: str) -> Iterator[str]:
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        raise RuntimeError(f"incomplete SQL statement: {buffer[:60]!r}")


def _create_private(path: Path) -> None:
    from familysafe.paths import ensure_private_dir

    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def _protect_sidecars(path: Path) -> None:
    if os.name != "posix":
        return
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.chmod(sidecar, 0o600)
