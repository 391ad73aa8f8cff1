"""Promises made exact: folders left as they are, removed words gone at once, exports that only
replace files, and a log without the family's words."""

import os
import sqlite3
import stat

import pytest

from familysafe.logs import LOG_NAME

NAME = "Zebedee-Unique"
NOTE = "Porcupine-Lantern-Note"


def test_a_shared_folder_keeps_its_sticky_bit_and_is_warned_about(cli, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    cli.data_dir = shared
    code, _, err = cli("member", "add", "Arun", "--born", "2017-03")
    assert code == 0
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o1777
    assert len(err.splitlines()) == 1 and "other users" in err and str(shared) in err
    assert stat.S_IMODE(os.stat(shared / "familysafe.db").st_mode) == 0o600


def test_a_folder_familysafe_made_gives_no_warning(cli, data_dir):
    assert cli("member", "add", "Arun", "--born", "2017-03") == (0, "Added Arun (8-10).\n", "")
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert cli("member", "list")[2] == ""


def family_with_words(cli):
    assert cli("member", "add", NAME, "--born", "2016-05")[0] == 0
    assert cli("member", "add", "Priya", "--adult")[0] == 0
    code, _, err = cli(
        "talk", NAME, "--topic", "strangers-in-games", "--note", NOTE,
        "--follow-up", "Harpsichord-Follow-Up", "--by", "2026-12-01",
    )  # fmt: skip
    assert code == 0, err


def database_bytes(data_dir) -> bytes:
    return b"".join(
        (data_dir / f"familysafe.db{s}").read_bytes()
        for s in ("", "-wal")
        if (data_dir / f"familysafe.db{s}").exists()
    )


def test_removing_someone_erases_their_words_from_the_database_and_wal_at_once(cli, data_dir):
    family_with_words(cli)
    window = sqlite3.connect(data_dir / "familysafe.db")  # as if the window were open
    window.execute("SELECT count(*) FROM member").fetchone()
    try:
        assert NOTE.encode() in database_bytes(data_dir)
        code, out, err = cli("member", "remove", NAME, "--yes")
        assert code == 0, err
        assert "Backups keep them until they rotate out" in out
        data = database_bytes(data_dir)
        for words in (NAME, NAME.lower(), NOTE, "Harpsichord-Follow-Up"):
            assert words.encode() not in data, words
        assert window.execute("SELECT count(*) FROM member").fetchone()[0] == 1
    finally:
        window.close()
    # ...but the backup made before the day's first change keeps them, as the message says
    assert any(NAME.encode() in p.read_bytes() for p in (data_dir / "backups").iterdir())


def test_the_removal_confirmation_offers_the_backups_and_from_backups_erases_them(cli, data_dir):
    family_with_words(cli)
    cli("backup", "now")
    code, _, err = cli("member", "remove", NAME)
    assert code == 2 and "--from-backups" in err and "backups keep them" in err
    code, out, err = cli("member", "remove", NAME, "--yes", "--from-backups")
    assert code == 0, err
    for path in (data_dir / "backups").iterdir():
        assert NOTE.encode() not in path.read_bytes() and NAME.encode() not in path.read_bytes()
    assert sorted(b["members"] for b in cli.json("backup", "list")) == [0, 1]  # Priya stays


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_exports_refuse_targets_that_are_not_regular_files(cli, tmp_path, kind):
    cli("member", "add", "Arun", "--born", "2017-03")
    target = tmp_path / "target"
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target = "/dev/null"
    before = os.stat(target)
    for command in (("export", "ics", str(target)), ("export", "pdf", str(target))):
        code, _, err = cli(*command)
        assert code == 1, command
        assert len(err.splitlines()) == 1 and "not a file" in err, err
    after = os.stat(target)
    assert (before.st_mode, before.st_ino) == (after.st_mode, after.st_ino)
    if kind == "folder":
        assert list(target.iterdir()) == []


def test_the_log_never_holds_the_familys_words(cli, data_dir):
    family_with_words(cli)
    cli("member", "rename", NAME, "Ottoline-Renamed", today="2026-11-24")
    cli("member", "add", "Ottoline-Renamed", "--adult")  # refused: the name is taken
    cli("agreement", "add", "talking-to-people", "--text", "Velociraptor-Agreement-Line.")
    cli("backup", "now")
    cli("member", "remove", "Ottoline-Renamed", "--yes", "--from-backups")
    log = data_dir / LOG_NAME
    assert stat.S_IMODE(os.stat(log).st_mode) == 0o600
    text = log.read_text()
    assert "backup" in text and "opened the database" in text
    for words in (NAME, "Ottoline", "Priya", NOTE, "Harpsichord", "Velociraptor"):
        assert words.lower() not in text.lower(), words
