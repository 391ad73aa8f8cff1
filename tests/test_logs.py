"""The log file: lines as ``logging`` writes them, private, rotated at about 1 MB with three older
files kept; nothing written before a folder is set; a bug logged as code locations only."""

import os
import re
import stat
import sys

import pytest

from familysafe import logs


@pytest.fixture
def folder(tmp_path):
    before = logs.log_file()
    yield tmp_path
    logs._file = before  # as the test found it


def test_lines_are_written_as_logging_writes_them(folder):
    path = logs.setup(folder)
    logs.log.info("opened %s (schema %d)", "0.1.0", 4)
    logs.logger("familysafe.backups").warning("plain %s")  # no arguments: as written
    lines = path.read_text().splitlines()
    stamp = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}"
    assert re.fullmatch(stamp + r" INFO familysafe: opened 0\.1\.0 \(schema 4\)", lines[0])
    assert re.fullmatch(stamp + r" WARNING familysafe\.backups: plain %s", lines[1])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert logs.log_file() == path.absolute()


def test_nothing_is_written_before_a_folder_is_set_and_a_new_folder_replaces_it(folder):
    logs._file = None
    logs.log.error("nowhere")
    assert logs.log_file() is None
    (folder / "one").mkdir()
    first = logs.setup(folder / "one")
    second = logs.setup(folder)
    logs.log.info("here")
    assert not first.exists() and second.read_text().endswith(" INFO familysafe: here\n")


def test_a_full_file_rotates_and_three_older_ones_are_kept(folder, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 200)
    path = logs.setup(folder)
    for number in range(40):
        logs.log.info("line %02d of the log, long enough to fill it", number)
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [logs.LOG_NAME, *(f"{logs.LOG_NAME}.{n}" for n in (1, 2, 3))]
    for file in folder.iterdir():
        assert file.stat().st_size < 200
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    numbers = [
        [int(line.split(" line ")[1][:2]) for line in (folder / name).read_text().splitlines()]
        for name in (f"{logs.LOG_NAME}.3", f"{logs.LOG_NAME}.2", f"{logs.LOG_NAME}.1", path.name)
    ]
    flat = [n for file in numbers for n in file]
    assert flat == list(range(flat[0], 40))  # the newest lines, in order, none lost between files
    assert all(numbers)


def test_a_bug_is_logged_as_where_and_what_never_its_message(folder):
    path = logs.setup(folder)
    try:
        raise ValueError("Quetzalcoatl's secret note")
    except ValueError:
        kind, _, tb = sys.exc_info()
        assert kind is not None
        logs.unexpected(kind, tb, "the window")
    text = path.read_text()
    assert "ERROR familysafe: unexpected ValueError in the window:" in text
    assert "test_logs.py:" in text and "Quetzalcoatl" not in text


def test_a_disk_that_refuses_the_line_is_no_failure(folder):
    logs.setup(folder / "missing")  # its folder does not exist: the write fails
    logs.log.info("lost")  # no exception
