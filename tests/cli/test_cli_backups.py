"""`familysafe backup ...`, the daily backup, and what happens when the data is damaged."""

import os
import re
import sqlite3
import stat

from familysafe.services.backups import FOLDER


def backup_files(data_dir):
    folder = data_dir / FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_first_change_of_each_day_makes_one_backup_by_the_apps_clock(cli, data_dir):
    assert cli("member", "add", "Arun", "--born", "2017-03")[0] == 0
    assert backup_files(data_dir) == []  # a new family: nothing to keep before it
    assert cli("member", "add", "Priya", "--adult")[0] == 0
    assert cli("member", "add", "Sam", "--adult")[0] == 0  # same day: no second backup
    assert cli("member", "add", "Kai", "--adult", today="2026-11-24")[0] == 0
    listed = cli.json("backup", "list")
    assert [b["made"][:10] for b in listed] == ["2026-11-24", "2026-11-23"]
    assert [(b["members"], b["talks"], b["kind"]) for b in listed] == [
        (3, 0, "auto"),
        (1, 0, "auto"),
    ]
    for name in backup_files(data_dir):
        path = data_dir / FOLDER / name
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stat.S_IMODE(os.stat(data_dir / FOLDER).st_mode) == 0o700


def test_backups_rotate_as_the_days_go_by(cli, data_dir):
    cli("member", "add", "Arun", "--born", "2017-03", today="2025-01-01")
    for day in range(2, 32):  # a change a day through January 2025, then one in December
        old = f"Arun{day - 1}" if day > 2 else "Arun"
        code, _, err = cli("member", "rename", old, f"Arun{day}", today=f"2025-01-{day:02d}")
        assert code == 0, err
    made = [b["made"][:10] for b in cli.json("backup", "list", today="2025-01-31")]
    assert [f"2025-01-{day:02d}" for day in range(31, 17, -1)] == made[:14]  # daily, 2 weeks
    assert len(made) < 20  # weekly before that
    cli("member", "rename", "Arun31", "Arun", today="2025-12-15")
    made = [b["made"][:10] for b in cli.json("backup", "list", today="2025-12-15")]
    assert made[0] == "2025-12-15"
    assert len(made) <= 6  # the 3 newest and at most one a month after that
    assert "2025-01-31" in made


def test_backup_now_list_and_restore(cli, data_dir):
    cli("member", "add", "Arun", "--born", "2017-03")
    code, out, err = cli("backup", "now")
    assert code == 0, err
    backup_id = re.search(r"Backed up as (\S+) ", out)[1]
    cli("member", "add", "Priya", "--adult")
    code, out, _ = cli("backup", "list")
    assert backup_id in out and "People" in out

    code, _, err = cli("backup", "restore", backup_id)
    assert code == 2 and "--yes" in err
    assert len(cli.json("member", "list")) == 2

    code, out, err = cli("backup", "restore", backup_id, "--yes")
    assert code == 0, err
    assert "1 people and 0 talks" in out
    assert [m["name"] for m in cli.json("member", "list")] == ["Arun"]
    kinds = [b["kind"] for b in cli.json("backup", "list")]
    assert "before-restore" in kinds  # what was there is itself kept
    before = next(b for b in cli.json("backup", "list") if b["kind"] == "before-restore")
    assert before["members"] == 2


def test_restoring_an_unknown_backup_is_bad_input(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    code, _, err = cli("backup", "restore", "1999-01-01-000000", "--yes")
    assert code == 2 and "backup list" in err and len(err.splitlines()) == 1


def damage(path) -> None:
    """Overwrite the middle of the file (its tables), keeping its header."""
    data = bytearray(path.read_bytes())
    data[4096 : len(data)] = b"\x5a" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def prepared(cli, data_dir) -> str:
    cli("member", "add", "Arun", "--born", "2017-03")
    cli("backup", "now")
    cli("talk", "Arun", "--topic", "strangers-in-games")
    newest = cli.json("backup", "list")[0]["id"]
    for suffix in ("-wal", "-shm"):
        (data_dir / f"familysafe.db{suffix}").unlink(missing_ok=True)
    return newest


def assert_one_clear_line(cli, data_dir, newest):
    code, out, err = cli("member", "list")
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert f"familysafe backup restore {newest} --yes --data-dir {data_dir}" in err
    assert "safe" not in err.lower().replace("familysafe", "")


def test_a_damaged_database_names_the_newest_good_backup_and_list_and_restore_work(cli, data_dir):
    newest = prepared(cli, data_dir)
    damage(data_dir / "familysafe.db")
    assert_one_clear_line(cli, data_dir, newest)
    assert cli.json("backup", "list")[0]["id"] == newest
    code, _, err = cli("backup", "restore", newest, "--yes")
    assert code == 0, err
    assert [m["name"] for m in cli.json("member", "list")] == ["Arun"]
    kept = [n for n in backup_files(data_dir) if n.startswith("damaged-")]
    assert kept  # the damaged file is kept aside, not thrown away


def test_a_file_that_is_not_a_database_is_damage(cli, data_dir):
    newest = prepared(cli, data_dir)
    (data_dir / "familysafe.db").write_bytes(b"not a database at all " * 200)
    assert_one_clear_line(cli, data_dir, newest)


def test_an_empty_database_beside_backups_is_damage_not_a_new_family(cli, data_dir):
    newest = prepared(cli, data_dir)
    (data_dir / "familysafe.db").write_bytes(b"")
    assert_one_clear_line(cli, data_dir, newest)
    assert (data_dir / "familysafe.db").stat().st_size == 0  # left as it was
    assert cli("backup", "restore", newest, "--yes")[0] == 0
    assert len(cli.json("member", "list")) == 1


def test_damage_without_a_backup_says_so(cli, data_dir):
    data_dir.mkdir()
    (data_dir / "familysafe.db").write_bytes(b"garbage" * 100)
    code, _, err = cli("member", "list")
    assert code == 1 and "no good backup" in err and len(err.splitlines()) == 1


def test_a_lock_held_too_long_is_one_honest_line(cli, data_dir, monkeypatch):
    from familysafe.store import db

    cli("member", "add", "Arun", "--born", "2017-03")
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(
        db, "PRAGMAS", tuple(p.replace("5000", "200") for p in db.PRAGMAS), raising=True
    )
    holder = sqlite3.connect(data_dir / "familysafe.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = cli("member", "add", "Priya", "--adult")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1
    assert len(err.splitlines()) == 1 and "locked" in err and "not saved" in err
    assert "Traceback" not in err
