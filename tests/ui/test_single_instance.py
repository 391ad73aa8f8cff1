"""One window per data folder (QLockFile + QLocalServer), with a stale-lock rule."""

import subprocess
import sys

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
            "import sys, time\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
            "assert lock.tryLock(0); print('locked', flush=True); time.sleep(60)\n",
            instance.lock.fileName(),
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
