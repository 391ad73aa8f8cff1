"""Reading and writing what the family fills in for its agreement and carer handout: each
child's specifics and devices, and the trusted adults it names (migration 0004)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import time

from familysafe.core.specifics import ChildSpecifics, TrustedAdult


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def specifics(conn: sqlite3.Connection) -> dict[int, ChildSpecifics]:
    """Every child's specifics the family entered, by member id (children without any absent)."""
    devices: dict[int, list[str]] = {}
    for r in conn.execute("SELECT member_id, name FROM child_device ORDER BY member_id, position"):
        devices.setdefault(r["member_id"], []).append(r["name"])
    found = {
        r["member_id"]: ChildSpecifics(
            r["member_id"],
            r["screen_free"] or "",
            _time(r["bedtime"]),
            r["play_time"] or "",
            tuple(devices.get(r["member_id"], ())),
        )
        for r in conn.execute(
            "SELECT member_id, screen_free, bedtime, play_time FROM child_specifics"
        )
    }
    for member_id, names in devices.items():
        found.setdefault(member_id, ChildSpecifics(member_id, devices=tuple(names)))
    return found


def save_specifics(conn: sqlite3.Connection, value: ChildSpecifics) -> None:
    """Replace one child's specifics; nothing is kept for a child whose specifics are empty."""
    conn.execute("DELETE FROM child_specifics WHERE member_id = ?", (value.member_id,))
    conn.execute("DELETE FROM child_device WHERE member_id = ?", (value.member_id,))
    if value.screen_free or value.bedtime or value.play_time:
        conn.execute(
            "INSERT INTO child_specifics (member_id, screen_free, bedtime, play_time)"
            " VALUES (?, ?, ?, ?)",
            (
                value.member_id,
                value.screen_free or None,
                value.bedtime.strftime("%H:%M") if value.bedtime else None,
                value.play_time or None,
            ),
        )
    conn.executemany(
        "INSERT INTO child_device (member_id, position, name) VALUES (?, ?, ?)",
        [(value.member_id, i, name) for i, name in enumerate(value.devices)],
    )


def trusted_adults(conn: sqlite3.Connection) -> tuple[TrustedAdult, ...]:
    return tuple(
        TrustedAdult(r["id"], r["name"], r["phone"] or "")
        for r in conn.execute("SELECT id, name, phone FROM trusted_adult ORDER BY position, id")
    )


def find_trusted(conn: sqlite3.Connection, name_key: str) -> TrustedAdult | None:
    r = conn.execute(
        "SELECT id, name, phone FROM trusted_adult WHERE name_key = ?", (name_key,)
    ).fetchone()
    return TrustedAdult(r["id"], r["name"], r["phone"] or "") if r else None


def insert_trusted(conn: sqlite3.Connection, name: str, name_key: str, phone: str) -> int:
    position = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM trusted_adult").fetchone()[
        0
    ]
    cur = conn.execute(
        "INSERT INTO trusted_adult (name, name_key, phone, position) VALUES (?, ?, ?, ?)",
        (name, name_key, phone or None, position),
    )
    assert cur.lastrowid is not None  # an INSERT always sets it
    return cur.lastrowid


def update_trusted(conn: sqlite3.Connection, adult_id: int, phone: str) -> None:
    conn.execute("UPDATE trusted_adult SET phone = ? WHERE id = ?", (phone or None, adult_id))


def delete_trusted(conn: sqlite3.Connection, adult_ids: Sequence[int]) -> None:
    conn.executemany("DELETE FROM trusted_adult WHERE id = ?", [(i,) for i in adult_ids])
