"""Opening the database: private files, strict pragmas, numbered migrations, transactions.

Before SQLite opens an existing file, its version is read from the bytes (``store.header``): a
database written by a newer FamilySafe is refused without a byte of any of its files changing.
Then it must pass ``PRAGMA quick_check``. Pending migrations ``migrations/NNNN_name.sql`` run
together, with their ``PRAGMA user_version`` bump, in one ``BEGIN EXCLUSIVE`` transaction that
re-reads the version first, so two processes starting at once never both migrate; before an
existing database is migrated, a copy is kept beside it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from familysafe.core.errors import FamilySafeError
from familysafe.core.records import record
from familysafe.store import header

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",  # first: the others may wait for a lock
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA secure_delete = ON",  # deleted words are overwritten, not left in free pages
)
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class DatabaseError(FamilySafeError):
    """The database cannot be used (newer than this app, unreadable, damaged, busy)."""


# Called before each write transaction begins (the daily backup hangs here).
BeforeWrite = Callable[[], None]


@record
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    found = []
    for entry in _migration_files():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations must be numbered 0001, 0002, ... without gaps")
    return found


def _migration_files() -> Iterable[Path | Traversable]:
    """The files in ``familysafe/store/migrations``: beside this module when it is a folder on
    disk (an installation, a checkout, the bundle), else through ``importlib.resources`` (which
    costs a command some milliseconds of imports)."""
    folder = Path(__file__).with_name("migrations")
    if folder.is_dir():
        return folder.iterdir()
    from importlib import resources

    return resources.files("familysafe.store").joinpath("migrations").iterdir()


def schema_version() -> int:
    """How many migrations there are (their files are not read)."""
    return sum(1 for entry in _migration_files() if _MIGRATION_NAME.match(entry.name))


class Database:
    """One connection with the required pragmas; ``transaction()`` makes a user action atomic."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.before_write: BeforeWrite | None = None
        self._open()

    def _open(self) -> None:
        memory = str(self.path) == ":memory:"
        if not memory:
            self._refuse_newer()
            _create_private(self.path)
        try:
            self.conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False
            )
        except sqlite3.DatabaseError as exc:
            raise _unreadable(self.path, exc) from exc
        try:
            self.conn.row_factory = sqlite3.Row
            for pragma in PRAGMAS:
                if "journal_mode" in pragma:
                    self._use_wal(pragma)
                else:
                    self.conn.execute(pragma)
            problem = self.conn.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(problem)
            self._migrate()
        except sqlite3.OperationalError as exc:
            self.conn.close()
            if is_busy(exc):
                raise busy_error() from exc
            raise _unreadable(self.path, exc) from exc
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise _unreadable(self.path, exc) from exc
        except BaseException:
            self.conn.close()
            raise
        if not memory:
            _protect_sidecars(self.path)

    def _use_wal(self, pragma: str) -> None:
        """Switch to WAL. Another process switching it at the same moment makes SQLite answer
        "locked" at once, without waiting: so wait here, as long as for any other lock."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.conn.execute(pragma)
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _refuse_newer(self) -> None:
        """Read the version from the files' bytes, before SQLite may write to any of them."""
        try:
            found = header.stored_version(self.path)
            if found is not None and found > schema_version():
                found = header.stored_version(self.path, verify=True)
        except header.NotADatabase as exc:
            raise _unreadable(self.path, "file is not a database") from exc
        except OSError as exc:
            raise _unreadable(self.path, exc.strerror or exc) from exc
        if found is not None and found > schema_version():
            raise _too_new(self.path, found)

    @contextlib.contextmanager
    def closed(self) -> Iterator[None]:
        """Close the connection for the block (e.g. while a backup is restored over the file),
        then open the file again as it is then."""
        self.conn.close()
        try:
            yield
        finally:
            self._open()

    def checkpoint(self) -> bool:
        """Move everything from ``-wal`` into the main file and empty ``-wal``; False when
        another connection's read kept part of it there."""
        busy: int = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return busy == 0

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
        if self.before_write is not None:
            self.before_write()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        if self.user_version == schema_version():
            return
        known = migrations()
        # Another process may be migrating right now: take the lock, then look again.
        self.conn.execute("BEGIN EXCLUSIVE")
        try:
            current = self.user_version
            if current > len(known):
                raise _too_new(self.path, current)
            pending = known[current:]
            if pending and current > 0 and str(self.path) != ":memory:":
                self._backup(f"before-v{pending[0].version}")
            for migration in pending:
                # executescript would commit on its own; run the statements in our transaction.
                for statement in _statements(migration.sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {migration.version}")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _backup(self, label: str) -> Path:
        """A copy of the database as last committed, beside it (written while this connection
        holds the write lock, so it reads through a connection of its own)."""
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        import tempfile

        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=self.path.parent)
        os.close(fd)
        try:
            with (
                contextlib.closing(sqlite3.connect(str(self.path))) as source,
                contextlib.closing(sqlite3.connect(temp)) as copy,
            ):
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            os.replace(temp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
        return target


def is_busy(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc) or "busy" in str(exc)
    )


def busy_error() -> DatabaseError:
    return DatabaseError(
        "database-busy",
        f"another program kept the database locked for more than {BUSY_TIMEOUT_MS // 1000} s",
        seconds=BUSY_TIMEOUT_MS // 1000,
    )


def _unreadable(path: Path, reason: object) -> DatabaseError:
    return DatabaseError(
        "database-unreadable",
        f"cannot open the database {path}: {reason}",
        path=str(path),
        reason=str(reason),
    )


def _too_new(path: Path, found: int) -> DatabaseError:
    known = schema_version()
    return DatabaseError(
        "database-too-new",
        f"the database {path} was written by a newer FamilySafe "
        f"(schema {found}, this version knows {known}); update FamilySafe to open it",
        found=found,
        known=known,
    )


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (only POSIX lets a folder be opened and synced)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
    if os.name == "posix" and (os.stat(path).st_mode & 0o777) != 0o600:
        os.chmod(path, 0o600)


def _protect_sidecars(path: Path) -> None:
    if os.name != "posix":
        return
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.chmod(sidecar, 0o600)
