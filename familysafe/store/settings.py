"""Key/value settings, stored as text."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def get(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row["value"] if row else None


def put(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def remove(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM setting WHERE key = ?", (key,))


def all_values(conn: sqlite3.Connection) -> dict[str, str]:
    """Every setting, in one query."""
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM setting")}


def peek(database: Path, key: str) -> str | None:
    """One setting read straight from the file ``database``, read-only and without waiting for a
    lock: None when there is no such file or setting, or it cannot be read now (damaged, newer,
    busy). For choices needed before the data is opened, such as the language of ``--help``."""
    if not database.is_file():
        return None
    try:
        uri = f"{database.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=0)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return row[0] if row and isinstance(row[0], str) else None
