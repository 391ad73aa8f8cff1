import contextlib
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
    assert pragma("secure_delete") == 1  # explicit: upstream SQLite defaults to off


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


def test_an_existing_folder_keeps_its_permissions(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # a shared folder with its sticky bit
    Database(shared / "familysafe.db").close()
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o1777


def test_a_folder_familysafe_creates_is_private_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        Database(tmp_path / "new" / "familysafe.db").close()
    finally:
        os.umask(old)
    assert mode(tmp_path / "new") == 0o700


def test_a_failed_action_changes_nothing(db):
    with pytest.raises(RuntimeError), db.transaction() as conn:
        members.insert(conn, "Arun", Role.ADULT, None)
        raise RuntimeError("boom")
    assert members.all_members(db.conn) == []


def files_of(folder) -> dict[str, bytes]:
    """Every file of the database (main, -wal, -shm, -journal), byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def newer_wal_database(folder):
    """A newer FamilySafe's database as its process left it when killed: the version bump and
    a row only in -wal, with its -shm."""
    folder.mkdir()
    path = folder / "familysafe.db"
    Database(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO setting VALUES ('from-the-future', 'yes')")
    writer.execute(f"PRAGMA user_version = {schema_version() + 5}")
    crashed = folder.parent / "crashed"
    crashed.mkdir()
    for name, data in files_of(folder).items():
        (crashed / name).write_bytes(data)
    writer.close()
    return crashed / "familysafe.db"


def test_a_newer_wal_database_is_refused_without_a_byte_changing_in_any_file(tmp_path):
    path = newer_wal_database(tmp_path / "db")
    before = files_of(path.parent)
    assert {"familysafe.db", "familysafe.db-wal", "familysafe.db-shm"} <= before.keys()
    assert before["familysafe.db-wal"]  # the version bump is only there
    with pytest.raises(DatabaseError) as err:
        Database(path)
    assert err.value.code == "database-too-new"
    assert err.value.values["found"] == schema_version() + 5
    assert files_of(path.parent) == before


def test_the_comparison_sees_a_write_to_wal(tmp_path):
    """The check above can fail: opening and closing the files with SQLite, as FamilySafe did
    before, checkpoints the -wal into the main file and deletes it."""
    path = newer_wal_database(tmp_path / "db")
    before = files_of(path.parent)
    sqlite3.connect(path).execute("PRAGMA user_version").fetchone()  # then closed
    assert files_of(path.parent) != before


def test_a_newer_rollback_journal_database_is_not_switched_to_wal(tmp_path):
    path = tmp_path / "familysafe.db"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as raw:
        raw.execute("CREATE TABLE member (id INTEGER PRIMARY KEY)")
        raw.execute(f"PRAGMA user_version = {schema_version() + 1}")
    os.chmod(path, 0o644)
    before = files_of(tmp_path)
    with pytest.raises(DatabaseError) as err:
        Database(path)
    assert err.value.code == "database-too-new"
    assert files_of(tmp_path) == before  # no -wal, no -shm, header still says rollback
    assert mode(path) == 0o644


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
