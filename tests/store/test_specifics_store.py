"""The agreement's specifics in the store: a database from before them upgrades in place, and a
child's specifics and devices leave the backups with the child."""

import sqlite3
from datetime import time

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.core.specifics import ChildSpecifics
from familysafe.store import backups, members, specifics
from familysafe.store.db import Database, migrations, schema_version

SPECIFICS_TABLES = {"child_specifics", "child_device", "trusted_adult"}


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _database_at_version_3(path) -> None:
    """A database as FamilySafe wrote it before the specifics existed, with a child in it."""
    conn = sqlite3.connect(path)
    with conn:
        for migration in migrations()[:3]:
            conn.executescript(migration.sql)
        conn.execute(
            "INSERT INTO member (name, name_key, role, born_year, born_month, created_on)"
            " VALUES ('Arun', 'arun', 'child', 2017, 3, '2026-01-05')"
        )
        conn.execute("PRAGMA user_version = 3")
    conn.close()


def test_a_version_3_database_is_upgraded_and_takes_specifics(tmp_path):
    path = tmp_path / "familysafe.db"
    _database_at_version_3(path)
    before = sqlite3.connect(path)
    assert not SPECIFICS_TABLES & _tables(before)
    before.close()
    with Database(path) as db:
        assert db.user_version == schema_version() >= 4
        assert _tables(db.conn) >= SPECIFICS_TABLES
        assert specifics.specifics(db.conn) == {}  # nothing until the parent enters it
        with db.transaction() as conn:
            specifics.save_specifics(
                conn, ChildSpecifics(1, "meals", time(19, 30), "", ("tablet",))
            )
        assert specifics.specifics(db.conn)[1].devices == ("tablet",)
    assert (tmp_path / "familysafe.db.before-v4.bak").exists()


def test_a_childs_specifics_and_devices_leave_a_backup_with_the_child(tmp_path):
    with Database(tmp_path / "familysafe.db") as db:
        with db.transaction() as conn:
            kept = members.insert(conn, "Zoraida", Role.CHILD, BirthMonth(2016, 4))
            gone = members.insert(conn, "Quillon", Role.CHILD, BirthMonth(2015, 2))
            for child, words in ((kept, "Kept"), (gone, "Gone")):
                specifics.save_specifics(
                    conn,
                    ChildSpecifics(
                        child.id, f"Table-{words}", time(20), f"Hour-{words}", (f"Tablet-{words}",)
                    ),
                )
        target = tmp_path / "b.db"
        backups.write(db.conn, target)
        added = db.conn.execute(
            "SELECT created_on FROM member WHERE id = ?", (gone.id,)
        ).fetchone()[0]
    assert b"Tablet-Gone" in target.read_bytes()
    assert backups.remove_member(target, gone.id, added)
    data = target.read_bytes()
    for words in (b"Table-Gone", b"Hour-Gone", b"Tablet-Gone"):
        assert words not in data
    assert b"Tablet-Kept" in data and b"Table-Kept" in data
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT member_id FROM child_device").fetchall() == [(kept.id,)]
    assert copy.execute("SELECT member_id FROM child_specifics").fetchall() == [(kept.id,)]
    copy.close()
