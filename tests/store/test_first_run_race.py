"""Two processes starting at once (the window at login and a `due` from cron) on a new or an
older database: both must open it, and it must be migrated exactly once."""

import contextlib
import sqlite3
import subprocess
import sys
import threading

import pytest

from familysafe.store.db import Database, migrations, schema_version
from familysafe.store.db import _statements as statements  # noqa

ROUNDS = 40
STARTERS = 3


def old_database(path) -> None:
    """A database as the previous FamilySafe left it: all migrations but the last."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for migration in migrations()[:-1]:
            conn.execute("BEGIN")
            for statement in statements(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")


def start_together(path) -> list[BaseException]:
    barrier = threading.Barrier(STARTERS)
    failures: list[BaseException] = []

    def start() -> None:
        barrier.wait()
        try:
            with Database(path) as db:
                assert db.user_version == schema_version()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            failures.append(exc)

    threads = [threading.Thread(target=start) for _ in range(STARTERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


@pytest.mark.parametrize("kind", ["new", "old"])
def test_starting_together_always_succeeds(tmp_path, kind):
    for round_ in range(ROUNDS):
        path = tmp_path / f"{kind}-{round_}" / "familysafe.db"
        path.parent.mkdir()
        if kind == "old":
            old_database(path)
        failures = start_together(path)
        assert failures == [], f"round {round_}: {failures!r}"
        with Database(path) as db:
            assert db.user_version == schema_version()
            tables = db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if kind == "old":
            assert (path.parent / f"familysafe.db.before-v{schema_version()}.bak").exists()
        assert tables > 0


def test_two_real_processes_start_together_on_an_old_database(tmp_path):
    script = "import sys\nfrom familysafe.store.db import Database\nDatabase(sys.argv[1]).close()\n"
    for round_ in range(4):
        path = tmp_path / f"p{round_}" / "familysafe.db"
        path.parent.mkdir()
        old_database(path)
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        for process in processes:
            _out, err = process.communicate(timeout=60)
            assert process.returncode == 0, err.decode()
        with Database(path) as db:
            assert db.user_version == schema_version()
