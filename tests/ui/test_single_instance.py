"""One window per data folder (a lock on a file + a watched requests folder), with a stale-lock
rule."""

import os
import stat
import subprocess
import sys

import pytest

from familysafe.ui.single_instance import SHOW, TRAY, SingleInstance, key_for


def test_a_second_start_on_the_folder_asks_the_first_and_does_not_run(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path / "data"), SingleInstance(tmp_path / "data")
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.requested, timeout=5000) as shown:
            assert second.tell_running(SHOW)
        assert shown.args == [SHOW]
        with qtbot.waitSignal(first.requested, timeout=5000) as tray:
            assert second.tell_running(TRAY)
        assert tray.args == [TRAY]
    finally:
        first.release()
    assert second.acquire()  # the first has quit: the next start runs
    second.release()


def test_other_data_folders_run_side_by_side(tmp_path):
    one, other = SingleInstance(tmp_path / "one"), SingleInstance(tmp_path / "other")
    assert key_for(tmp_path / "one") != key_for(tmp_path / "other")
    assert key_for(tmp_path / "one") == key_for(tmp_path / "x" / ".." / "one")
    try:
        assert one.acquire() and other.acquire()
    finally:
        one.release()
        other.release()


def test_nobody_answering_is_reported(tmp_path):
    assert not SingleInstance(tmp_path / "data").tell_running(SHOW)


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    """The stale-lock rule: the holder's process is gone, so the lock is stale at once."""
    instance = SingleInstance(tmp_path / "data")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from familysafe.ui.single_instance import SingleInstance\n"
            "assert SingleInstance(Path(sys.argv[1])).take_lock()\n"
            "print('locked', flush=True); time.sleep(60)\n",
            str(tmp_path / "data"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert not instance.acquire()  # alive: not stale, however old
    finally:
        holder.kill()
        holder.wait()
    try:
        assert instance.acquire()  # killed: stale, taken over
    finally:
        instance.release()


def test_a_second_start_brings_the_window_forward(qtbot, ctx):
    from familysafe.ui.desktop import Desktop

    desktop = Desktop(ctx, tray_available=False)
    qtbot.addWidget(desktop.window)
    desktop.window.showMinimized()
    desktop.window.hide()  # as when it sits in the tray
    desktop.open_window()
    assert desktop.window.isVisible() and not desktop.window.isMinimized()


def test_a_start_whose_window_is_not_yet_on_screen_is_still_reached(tmp_path):
    """The first start holds the lock at once but listens only after its first paint: a
    second start in that moment keeps trying instead of saying nobody answered."""
    data = tmp_path / "data"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom pathlib import Path\n"
            "from PySide6.QtCore import QCoreApplication, QTimer\n"
            "from familysafe.ui.single_instance import SingleInstance\n"
            "app = QCoreApplication([])\n"
            "first = SingleInstance(Path(sys.argv[1]))\n"
            "assert first.take_lock(); print('locked', flush=True)\n"
            "first.requested.connect(lambda m: (print(m.decode(), flush=True), app.quit()))\n"
            "QTimer.singleShot(500, first.listen)\n"
            "QTimer.singleShot(10000, app.quit)\n"
            "app.exec(); first.release()\n",
            str(data),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        second = SingleInstance(data)
        assert not second.take_lock()
        assert second.tell_running(SHOW)
        assert holder.stdout.readline().strip() == "show"
    finally:
        holder.kill()
        holder.wait()


def test_the_name_is_the_same_as_earlier_versions_gave_it(tmp_path):
    """Qt's SHA-256 (not hashlib, which would load OpenSSL into the window) gives the names
    earlier versions used, so a newer start still finds an older FamilySafe running."""
    import hashlib
    import os

    folder = tmp_path / "data"
    digest = hashlib.sha256(os.fsencode(os.path.realpath(folder))).hexdigest()[:24]
    assert key_for(folder) == f"familysafe-{os.getuid()}-{digest}"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_what_a_second_start_leaves_is_for_this_user_only(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # the data folder holds them then
    first, second = SingleInstance(tmp_path / "data"), SingleInstance(tmp_path / "data")
    seen: list[int] = []

    def mode_of_requests(_message: bytes) -> None:
        seen.append(stat.S_IMODE(first.requests_dir.stat().st_mode))

    first.requested.connect(mode_of_requests)
    try:
        assert first.take_lock()
        assert stat.S_IMODE(first.lock.path.stat().st_mode) == 0o600
        original, written = os.open, []

        def opened(path, flags, mode=0o777, *args, **kwargs):
            fd = original(path, flags, mode, *args, **kwargs)
            mode_now = os.fstat(fd).st_mode
            if str(path).startswith(str(first.requests_dir)) and stat.S_ISREG(mode_now):
                written.append(stat.S_IMODE(mode_now))
            return fd

        monkeypatch.setattr(os, "open", opened)
        first.listen()
        with qtbot.waitSignal(first.requested, timeout=5000):
            assert second.tell_running(SHOW)
    finally:
        first.release()
    assert written and set(written) == {0o600}
    assert seen == [0o700]
    assert not first.requests_dir.exists()  # gone with the first start


def test_a_request_nobody_takes_is_not_left_behind(tmp_path):
    """The first start holds the lock but never reads (hung): the second gives up after a
    while, says so, and takes its request back."""
    first, second = SingleInstance(tmp_path / "data"), SingleInstance(tmp_path / "data")
    try:
        assert first.take_lock()
        assert not second.tell_running(SHOW)
        assert list(second.requests_dir.iterdir()) == []
    finally:
        first.release()
