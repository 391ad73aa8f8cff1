import os
import sqlite3
import stat

import pytest

from familysafe.core.household import Role
from familysafe.store import backups, members
from familysafe.store.db import Database, DatabaseError


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "familysafe.db")
    with database.transaction() as conn:
        members.insert(conn, "Arun", Role.ADULT, None)
    yield database
    database.close()


def test_a_backup_is_complete_verified_private_and_not_in_wal_mode(db, tmp_path):
    target = tmp_path / "b.db"
    size = backups.write(db.conn, target)
    assert size == target.stat().st_size > 0
    assert mode(target) == 0o600
    assert target.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: no -wal beside it
    assert backups.contents(target) == backups.Contents(members=1, talks=0)
    assert backups.is_good(target)
    assert not list(tmp_path.glob("*.part*"))


def test_a_failed_backup_leaves_no_file(db, tmp_path):
    db.close()
    with pytest.raises(sqlite3.Error):
        backups.write(db.conn, tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists()
    assert not list(tmp_path.glob(".b.db.*"))


def test_restore_replaces_the_database_and_drops_its_stale_wal(db, tmp_path):
    target = tmp_path / "b.db"
    backups.write(db.conn, target)
    with db.transaction() as conn:
        members.insert(conn, "Priya", Role.ADULT, None)
    db.close()
    path = tmp_path / "familysafe.db"
    # A -wal left behind by a crash, holding a change the backup does not have.
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO member (name, name_key, role) VALUES ('Zed', 'zed', 'adult')")
    wal = path.with_name("familysafe.db-wal")
    stale = wal.read_bytes()
    assert stale
    writer.close()
    wal.write_bytes(stale)  # as if the process had been killed before its checkpoint
    backups.restore(target, path)
    assert not wal.exists()
    assert mode(path) == 0o600
    with Database(path) as reopened:
        assert [m.name for m in members.all_members(reopened.conn)] == ["Arun"]
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_is_refused_while_another_connection_has_the_database_open(db, tmp_path):
    target = tmp_path / "b.db"
    backups.write(db.conn, target)
    with db.transaction() as conn:
        members.insert(conn, "Priya", Role.ADULT, None)
    before = (tmp_path / "familysafe.db").read_bytes()
    with pytest.raises(DatabaseError) as err:
        backups.restore(target, tmp_path / "familysafe.db")
    assert err.value.code == "database-in-use"
    assert (tmp_path / "familysafe.db").read_bytes() == before
    assert [m.name for m in members.all_members(db.conn)] == ["Arun", "Priya"]


def test_a_member_is_rewritten_out_of_a_backup(db, tmp_path):
    with db.transaction() as conn:
        kept = members.insert(conn, "Zoraida-Kept", Role.ADULT, None)
        gone = members.insert(conn, "Quillon-Gone", Role.ADULT, None)
    target = tmp_path / "b.db"
    backups.write(db.conn, target)
    assert b"Quillon-Gone" in target.read_bytes()
    added = db.conn.execute("SELECT created_on FROM member WHERE id = ?", (gone.id,)).fetchone()
    assert backups.remove_member(target, gone.id, added[0])
    data = target.read_bytes()
    assert b"Quillon-Gone" not in data and b"quillon-gone" not in data
    assert b"Zoraida-Kept" in data and kept.id
    assert backups.is_good(target) and mode(target) == 0o600
    assert not backups.remove_member(target, gone.id, added[0])  # no longer there
