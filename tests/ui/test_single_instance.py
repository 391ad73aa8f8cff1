"""One window per data folder (QLockFile + a local socket), with a stale-lock rule."""

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


def test_the_socket_is_this_users_only_and_goes_with_the_window(tmp_path, qtbot):
    import os
    import stat

    instance = SingleInstance(tmp_path / "data")
    assert instance.acquire()
    try:
        mode = os.stat(instance.socket_path).st_mode
        assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) & 0o077 == 0
    finally:
        instance.release()
    assert not os.path.exists(instance.socket_path)


def test_versions_that_used_qt_local_sockets_reach_and_are_reached(tmp_path, qtbot):
    """The socket is where QLocalServer put it, and the same one line goes through it."""
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    ours = SingleInstance(tmp_path / "data")
    assert ours.acquire()
    try:
        older = QLocalSocket()
        older.connectToServer(ours.server_name)
        assert older.waitForConnected(2000)
        with qtbot.waitSignal(ours.requested, timeout=5000) as shown:
            older.write(SHOW + b"\n")
            assert older.waitForBytesWritten(2000)
        assert shown.args == [SHOW]
        older.disconnectFromServer()
    finally:
        ours.release()
    server = QLocalServer()  # an older FamilySafe listening on the folder
    assert server.listen(ours.server_name)
    try:
        assert ours.take_lock()  # (only so that tell_running keeps trying while it is held)
        assert SingleInstance(tmp_path / "data").tell_running(TRAY)
        assert server.waitForNewConnection(2000)
        connection = server.nextPendingConnection()
        assert connection.canReadLine() or connection.waitForReadyRead(2000)
        assert bytes(connection.readLine()).strip() == TRAY
    finally:
        server.close()
        ours.release()


def test_listening_loads_no_qt_network_module(tmp_path):
    """Qt's network module and the libraries it brings cost a window about 2.5 MiB."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom pathlib import Path\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from familysafe.ui.single_instance import SHOW, SingleInstance\n"
            "app = QCoreApplication([])\n"
            "first = SingleInstance(Path(sys.argv[1]))\n"
            "assert first.acquire()\n"
            "assert SingleInstance(Path(sys.argv[1])).tell_running(SHOW)\n"
            "first.release()\n"
            "print('PySide6.QtNetwork' in sys.modules)\n",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == "False"
