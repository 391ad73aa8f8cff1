"""Reading and writing household members."""

from __future__ import annotations

import sqlite3
from datetime import date

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Member, Role, name_key

_COLUMNS = "id, name, role, born_year, born_month, born_day"


def _member(row: sqlite3.Row) -> Member:
    born = None
    if row["born_year"] is not None:
        born = BirthMonth(row["born_year"], row["born_month"], row["born_day"])
    return Member(row["id"], row["name"], Role(row["role"]), born)


def all_members(conn: sqlite3.Connection) -> list[Member]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM member ORDER BY role DESC, name_key"  # children first
    ).fetchall()
    return [_member(r) for r in rows]


def by_name(conn: sqlite3.Connection, name: str) -> Member | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM member WHERE name_key = ?", (name_key(name.strip()),)
    ).fetchone()
    return _member(row) if row else None


def by_id(conn: sqlite3.Connection, member_id: int) -> Member | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM member WHERE id = ?", (member_id,)).fetchone()
    return _member(row) if row else None


def name_taken(conn: sqlite3.Connection, name: str, except_id: int | None = None) -> bool:
    row = conn.execute(
        "SELECT id FROM member WHERE name_key = ? AND id IS NOT ?", (name_key(name), except_id)
    ).fetchone()
    return row is not None


def _born_values(born: BirthMonth | None) -> tuple[int | None, int | None, int | None]:
    return (born.year, born.month, born.day) if born else (None, None, None)


def insert(
    conn: sqlite3.Connection,
    name: str,
    role: Role,
    born: BirthMonth | None,
    added_on: date | None = None,
) -> Member:
    cur = conn.execute(
        "INSERT INTO member (name, name_key, role, born_year, born_month, born_day, created_on)"
        " VALUES (?, ?, ?, ?, ?, ?, coalesce(?, date('now')))",
        (
            name,
            name_key(name),
            role.value,
            *_born_values(born),
            added_on.isoformat() if added_on else None,
        ),
    )
    assert cur.lastrowid is not None  # an INSERT always sets it
    return Member(cur.lastrowid, name, role, born)


def update(conn: sqlite3.Connection, member: Member) -> None:
    conn.execute(
        "UPDATE member SET name = ?, name_key = ?, role = ?, born_year = ?, born_month = ?,"
        " born_day = ? WHERE id = ?",
        (
            member.name,
            name_key(member.name),
            member.role.value,
            *_born_values(member.born),
            member.id,
        ),
    )


def delete(conn: sqlite3.Connection, member_id: int) -> None:
    conn.execute("DELETE FROM member WHERE id = ?", (member_id,))


def added_on(conn: sqlite3.Connection) -> dict[int, date]:
    """When each member was added to FamilySafe (a first talk is due from then)."""
    rows = conn.execute("SELECT id, created_on FROM member")
    return {r["id"]: date.fromisoformat(r["created_on"]) for r in rows}
