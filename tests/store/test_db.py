import os
import sqlite3
import stat

import pytest

from familysafe.core.household import Role
from familysafe.store import members
from familysafe.store.db import BUSY_TIMEOUT_MS, Database, DatabaseError, schema_version


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "data" / "familysafe.db")
    yield database
    database.close()


def test_every_connection_sets_the_required_pragmas(db):
    pragma = lambda name: db.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") == BUSY_TIMEOUT_MS
    assert pragma("trusted_schema") == 0


def test_new_database_is_migrated_to_the_latest_schema(db):
    assert db.user_version == schema_version() >= 1
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"member", "setting"} <= tables


def test_folder_and_files_are_private(db, tmp_path):
    with db.transaction() as conn:
        members.insert(conn, "Arun", Role.ADULT, None)
    assert mode(tmp_path / "data") == 0o700
    for name in ("familysafe.db", "familysafe.db-wal", "familysafe.db-shm"):
        path = tmp_path / "data" / name
        assert path.exists(), name
        assert mode(path) == 0o600, name


def test_existing_loose_folder_is_made_private(tmp_path):
    folder = tmp_path / "loose"
    folder.mkdir(mode=0o755)
    Database(folder / "familysafe.db").close()
    assert mode(folder) == 0o700


def test_a_failed_action_changes_nothing(db):
    with pytest.raises(RuntimeError), db.transaction() as conn:
        members.insert(conn, "Arun", Role.ADULT, None)
        raise RuntimeError("boom")
    assert members.all_members(db.conn) == []


def test_database_newer_than_the_app_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "familysafe.db"
    Database(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {schema_version() + 5}")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        Database(path)
    assert err.value.code == "database-too-new"
    assert "newer FamilySafe" in str(err.value)
    assert path.read_bytes() == before


def test_migration_keeps_a_backup_and_applies_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "familysafe.db"
    Database(path).close()
    # Pretend the database is one version behind: the last migration runs again on reopen.
    latest = schema_version()
    if latest < 2:
        pytest.skip("needs two migrations")
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {latest - 1}")
    with pytest.raises(DatabaseError):  # its tables already exist, so it fails...
        Database(path)
    with sqlite3.connect(path) as raw:  # ...and the version bump was rolled back with it
        assert raw.execute("PRAGMA user_version").fetchone()[0] == latest - 1
    backup = tmp_path / f"familysafe.db.before-v{latest}.bak"
    assert backup.exists() and mode(backup) == 0o600


def test_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "familysafe.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError) as err:
        Database(path)
    assert err.value.code == "database-unreadable"


def test_foreign_keys_cascade(db):
    # A table that refers to a member must lose its rows when the member goes.
    tables = [
        r[0]
        for r in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%REFERENCES member%'"
        )
    ]
    for table in tables:
        fks = db.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        assert all(fk["on_delete"] == "CASCADE" for fk in fks if fk["table"] == "member"), table
