"""Backup files, at the SQLite level: written with the online backup API, verified, renamed.

A backup is a complete database in rollback-journal mode (no ``-wal`` beside it), private
(0600), written to a temporary file in the same folder, checked with ``PRAGMA integrity_check``,
flushed to disk and only then renamed to its final name. Nothing here knows about dates or
rotation (``services.backups`` does); everything here speaks SQL or touches database files.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from familysafe.core.records import record
from familysafe.store.db import DatabaseError, fsync_folder

SIDECARS = ("-wal", "-shm", "-journal")


@record
class Contents:
    """What a backup holds, counted from the file itself."""

    members: int
    talks: int


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to ``path`` nor create files beside it (only for
    files that are not in WAL mode, such as backups)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def check(conn: sqlite3.Connection, pragma: str = "integrity_check") -> str | None:
    """None when SQLite finds nothing wrong, else its first complaint."""
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = rows[0][0] if rows else "no answer"
    return None if first == "ok" else str(first)


def contents(path: Path) -> Contents | None:
    """Members and talks in the backup at ``path``; None when it cannot be read."""
    try:
        with contextlib.closing(connect_read_only(path)) as conn:
            members = conn.execute("SELECT count(*) FROM member").fetchone()[0]
            talks = conn.execute("SELECT count(*) FROM talk").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    return Contents(members, talks)


def is_good(path: Path) -> bool:
    """Whether the backup at ``path`` passes SQLite's quick check and holds FamilySafe's data."""
    try:
        with contextlib.closing(connect_read_only(path)) as conn:
            if check(conn, "quick_check") is not None:
                return False
            conn.execute("SELECT count(*) FROM member").fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


@contextlib.contextmanager
def _private_temp(folder: Path, name: str) -> Iterator[Path]:
    """A new empty private file in ``folder``, removed again unless the caller renamed it."""
    import tempfile

    fd, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
    finally:
        for suffix in ("", *SIDECARS):
            with contextlib.suppress(FileNotFoundError):
                Path(str(temp) + suffix).unlink()


def _copy_verified(source: sqlite3.Connection, temp: Path) -> None:
    """Copy ``source`` into ``temp`` page by page, as a rollback-journal file, and verify it."""
    with contextlib.closing(sqlite3.connect(str(temp), isolation_level=None)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        problem = check(copy)
    if problem is not None:
        raise DatabaseError("backup-unverified", f"the new backup failed its check: {problem}")
    _fsync(temp)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write(source: sqlite3.Connection, target: Path) -> int:
    """Write a verified copy of ``source`` to ``target`` (which must not exist yet) and return
    its size in bytes. On any failure ``target`` does not exist afterwards."""
    with _private_temp(target.parent, target.name) as temp:
        _copy_verified(source, temp)
        os.replace(temp, target)
    fsync_folder(target.parent)
    return target.stat().st_size


def write_from_file(database: Path, target: Path) -> int | None:
    """Back up the database file at ``database`` (not opened through the app, so this works
    whatever its version); None when it is empty, cannot be read or fails its quick check."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return None
    with contextlib.closing(conn):
        if check(conn, "quick_check") is not None:
            return None
        return write(conn, target)


def restore(backup: Path, database: Path) -> None:
    """Put the backup at ``database``'s place in one step.

    The restored database is built and verified in a temporary file beside ``database``. Then,
    holding ``database`` in exclusive mode (which fails if any other connection has it open),
    its ``-wal`` is checkpointed away and the file is switched out of WAL, so no stale ``-wal``
    or ``-shm`` can be applied to the restored one; the rename is the single step that swaps
    them. A database that cannot be opened at all has its sidecars removed instead."""
    with _private_temp(database.parent, database.name) as temp:
        with contextlib.closing(connect_read_only(backup)) as source:
            _copy_verified(source, temp)
        with _holding_closed(database):
            os.replace(temp, database)
            fsync_folder(database.parent)


@contextlib.contextmanager
def _holding_closed(database: Path) -> Iterator[None]:
    lock: sqlite3.Connection | None = None
    try:
        lock = sqlite3.connect(str(database), isolation_level=None, timeout=1.0)
        lock.execute("PRAGMA locking_mode = EXCLUSIVE")
        mode = lock.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
        lock.execute("BEGIN EXCLUSIVE")  # held until the connection closes
    except sqlite3.OperationalError as exc:
        if lock is not None:
            lock.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(
                "database-in-use",
                "another FamilySafe has the data open: close it first",
            ) from exc
        lock = None  # unreadable: nothing to hold, nothing to checkpoint
    except sqlite3.DatabaseError:
        if lock is not None:
            lock.close()
        lock = None
    try:
        if lock is None:
            _remove_sidecars(database)
        yield
    finally:
        if lock is not None:
            with contextlib.suppress(sqlite3.Error):
                lock.execute("ROLLBACK")
            lock.close()
        _remove_sidecars(database, only_empty=True)


def _remove_sidecars(database: Path, only_empty: bool = False) -> None:
    for suffix in SIDECARS:
        sidecar = database.with_name(database.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            if not only_empty or sidecar.stat().st_size == 0:
                sidecar.unlink()


def remove_member(backup: Path, member_id: int, added_on: str) -> bool:
    """Rewrite the backup without the member (and the talks only they were in); False when it
    never held them. The rewritten file is vacuumed, so their words leave it."""
    with contextlib.closing(connect_read_only(backup)) as source:
        held = source.execute(
            "SELECT 1 FROM member WHERE id = ? AND created_on = ?", (member_id, added_on)
        ).fetchone()
        if held is None:
            return False
        with _private_temp(backup.parent, backup.name) as temp:
            with contextlib.closing(sqlite3.connect(str(temp), isolation_level=None)) as copy:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                copy.execute("PRAGMA foreign_keys = ON")
                copy.execute("PRAGMA secure_delete = ON")
                _delete_member(copy, member_id)
                copy.execute("VACUUM")
                problem = check(copy)
            if problem is not None:
                raise DatabaseError("backup-unverified", f"the rewritten backup: {problem}")
            _fsync(temp)
            os.replace(temp, backup)
    fsync_folder(backup.parent)
    return True


def _delete_member(conn: sqlite3.Connection, member_id: int) -> None:
    from familysafe.store import members, planner

    conn.execute("BEGIN IMMEDIATE")
    members.delete(conn, member_id)
    planner.delete_orphan_talks(conn)
    conn.execute("COMMIT")


def holds_anything(conn: sqlite3.Connection) -> bool:
    """Whether the database has anything worth a backup (a member or a setting)."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM member) OR EXISTS (SELECT 1 FROM setting)"
    ).fetchone()
    return bool(row[0])
