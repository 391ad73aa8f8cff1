"""Reading and writing the planner's records: apps per child, checklist marks, talks,
follow-ups and snoozes. Rows become the core's planning dataclasses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from familysafe.core.planning import (
    AppUse,
    ChecklistMark,
    FollowUp,
    Snooze,
    TalkEntry,
    TalkRecord,
)


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _day(text: str) -> date:
    """A date column that is NOT NULL in the schema."""
    return date.fromisoformat(text)


def _new_id(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None  # an INSERT always sets it
    return cursor.lastrowid


# Apps ---------------------------------------------------------------------------------------


def apps_of(conn: sqlite3.Connection, member_id: int) -> tuple[AppUse, ...]:
    rows = conn.execute(
        "SELECT app_id, added_on FROM member_app WHERE member_id = ? ORDER BY app_id",
        (member_id,),
    )
    return tuple(AppUse(r["app_id"], _day(r["added_on"])) for r in rows)


def apps_by_member(conn: sqlite3.Connection) -> dict[int, tuple[AppUse, ...]]:
    """Every member's apps (as :func:`apps_of`), in one query."""
    found: dict[int, list[AppUse]] = {}
    rows = conn.execute("SELECT member_id, app_id, added_on FROM member_app ORDER BY app_id")
    for r in rows:
        found.setdefault(r["member_id"], []).append(AppUse(r["app_id"], _day(r["added_on"])))
    return {member_id: tuple(apps) for member_id, apps in found.items()}


def add_app(conn: sqlite3.Connection, member_id: int, app_id: str, on: date) -> bool:
    cur = conn.execute(
        "INSERT OR IGNORE INTO member_app (member_id, app_id, added_on) VALUES (?, ?, ?)",
        (member_id, app_id, on.isoformat()),
    )
    return cur.rowcount == 1


def remove_app(conn: sqlite3.Connection, member_id: int, app_id: str) -> bool:
    cur = conn.execute(
        "DELETE FROM member_app WHERE member_id = ? AND app_id = ?", (member_id, app_id)
    )
    conn.execute(
        "DELETE FROM checklist_mark WHERE member_id = ? AND app_id = ?", (member_id, app_id)
    )
    return cur.rowcount == 1


# Checklist marks ------------------------------------------------------------------------------


def marks(conn: sqlite3.Connection, member_id: int | None = None) -> tuple[ChecklistMark, ...]:
    sql = "SELECT member_id, app_id, item_id, checked_on, done FROM checklist_mark"
    rows = conn.execute(
        sql + (" WHERE member_id = ?" if member_id else ""), (member_id,) if member_id else ()
    )
    return tuple(
        ChecklistMark(
            r["member_id"], r["app_id"], r["item_id"], _day(r["checked_on"]), bool(r["done"])
        )
        for r in rows
    )


def put_mark(conn: sqlite3.Connection, mark: ChecklistMark) -> None:
    conn.execute(
        "INSERT INTO checklist_mark (member_id, app_id, item_id, done, checked_on)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id, app_id, item_id)"
        " DO UPDATE SET done = excluded.done, checked_on = excluded.checked_on",
        (mark.member_id, mark.app_id, mark.item_id, int(mark.done), mark.checked_on.isoformat()),
    )


# Talks ----------------------------------------------------------------------------------------


def talks(conn: sqlite3.Connection) -> tuple[TalkRecord, ...]:
    members: dict[int, list[int]] = {}
    for r in conn.execute("SELECT talk_id, member_id FROM talk_member ORDER BY member_id"):
        members.setdefault(r["talk_id"], []).append(r["member_id"])
    topics: dict[int, list[str]] = {}
    for r in conn.execute("SELECT talk_id, topic_id FROM talk_topic ORDER BY topic_id"):
        topics.setdefault(r["talk_id"], []).append(r["topic_id"])
    return tuple(
        TalkRecord(
            r["id"],
            _day(r["held_on"]),
            tuple(members.get(r["id"], ())),
            tuple(topics.get(r["id"], ())),
        )
        for r in conn.execute("SELECT id, held_on FROM talk ORDER BY held_on, id")
    )


def talk_entry(conn: sqlite3.Connection, talk_id: int) -> TalkEntry | None:
    return next(iter(talk_entries(conn, [talk_id])), None)


def talk_entries(
    conn: sqlite3.Connection, talk_ids: Iterable[int] | None = None
) -> list[TalkEntry]:
    """The talks ``talk_ids`` (every talk when None) with their private parts, in a few queries
    whatever their number: a family logging weekly for years has hundreds."""
    wanted = None if talk_ids is None else set(talk_ids)
    private = {
        r["id"]: (r["notes"], r["how_it_went"])
        for r in conn.execute("SELECT id, notes, how_it_went FROM talk")
        if wanted is None or r["id"] in wanted
    }
    ups: dict[int, list[FollowUp]] = {}
    for f in follow_ups(conn):
        ups.setdefault(f.talk_id, []).append(f)
    return [
        TalkEntry(t, *private[t.id], tuple(ups.get(t.id, ())))
        for t in talks(conn)
        if t.id in private
    ]


def insert_talk(
    conn: sqlite3.Connection,
    on: date,
    member_ids: Iterable[int],
    topic_ids: Iterable[str],
    notes: str,
    how_it_went: str,
) -> int:
    talk_id = _new_id(
        conn.execute(
            "INSERT INTO talk (held_on, notes, how_it_went) VALUES (?, ?, ?)",
            (on.isoformat(), notes, how_it_went),
        )
    )
    _set_talk_links(conn, talk_id, member_ids, topic_ids)
    return talk_id


def update_talk(
    conn: sqlite3.Connection,
    talk_id: int,
    on: date,
    member_ids: Iterable[int],
    topic_ids: Iterable[str],
    notes: str,
    how_it_went: str,
) -> None:
    conn.execute(
        "UPDATE talk SET held_on = ?, notes = ?, how_it_went = ? WHERE id = ?",
        (on.isoformat(), notes, how_it_went, talk_id),
    )
    conn.execute("DELETE FROM talk_member WHERE talk_id = ?", (talk_id,))
    conn.execute("DELETE FROM talk_topic WHERE talk_id = ?", (talk_id,))
    _set_talk_links(conn, talk_id, member_ids, topic_ids)


def _set_talk_links(
    conn: sqlite3.Connection, talk_id: int, member_ids: Iterable[int], topic_ids: Iterable[str]
) -> None:
    conn.executemany(
        "INSERT INTO talk_member (talk_id, member_id) VALUES (?, ?)",
        [(talk_id, m) for m in member_ids],
    )
    conn.executemany(
        "INSERT INTO talk_topic (talk_id, topic_id) VALUES (?, ?)",
        [(talk_id, t) for t in topic_ids],
    )


def delete_talk(conn: sqlite3.Connection, talk_id: int) -> bool:
    return conn.execute("DELETE FROM talk WHERE id = ?", (talk_id,)).rowcount == 1


def delete_orphan_talks(conn: sqlite3.Connection) -> None:
    """Talks nobody is left in (their members were removed) go too."""
    conn.execute("DELETE FROM talk WHERE id NOT IN (SELECT talk_id FROM talk_member)")


# Follow-ups -------------------------------------------------------------------------------------


def follow_ups(conn: sqlite3.Connection) -> tuple[FollowUp, ...]:
    rows = conn.execute(
        "SELECT id, talk_id, member_id, text, due_on, done_on FROM follow_up ORDER BY due_on, id"
    )
    return tuple(
        FollowUp(
            r["id"], r["talk_id"], r["member_id"], r["text"], _day(r["due_on"]), _d(r["done_on"])
        )
        for r in rows
    )


def insert_follow_up(
    conn: sqlite3.Connection, talk_id: int, member_id: int | None, text: str, due_on: date
) -> int:
    return _new_id(
        conn.execute(
            "INSERT INTO follow_up (talk_id, member_id, text, due_on) VALUES (?, ?, ?, ?)",
            (talk_id, member_id, text, due_on.isoformat()),
        )
    )


def set_follow_up_done(conn: sqlite3.Connection, follow_up_id: int, on: date | None) -> bool:
    cur = conn.execute(
        "UPDATE follow_up SET done_on = ? WHERE id = ?",
        (on.isoformat() if on else None, follow_up_id),
    )
    return cur.rowcount == 1


# Snoozes ----------------------------------------------------------------------------------------


def snoozes(conn: sqlite3.Connection) -> tuple[Snooze, ...]:
    return tuple(
        Snooze(r["key"], _day(r["until"]))
        for r in conn.execute("SELECT key, until FROM snooze ORDER BY key")
    )


def put_snooze(conn: sqlite3.Connection, key: str, until: date) -> None:
    conn.execute(
        "INSERT INTO snooze (key, until) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET until = excluded.until",
        (key, until.isoformat()),
    )
