"""One window per data folder.

The first FamilySafe on a data folder holds a lock on a file (``flock``: the system lets it go
the moment the process ends, however it ends) and watches a folder for requests
(``QFileSystemWatcher``); both are named from a hash of the folder's path and kept where only
this user can reach them (the runtime folder, else the data folder itself). A second start on
the same folder cannot take the lock: it leaves what it wanted in the requests folder ("show"
brings the window forward; "tray", a second start at login, asks for nothing), waits for the
first to take it, and exits 0.

The lock is taken before the window is built; the watching starts once the window is on screen
(``listen``), and reads what was left before it, so a second start in that moment waits a
little while for its answer.

The stale-lock rule: a lock whose process is gone (killed, or the machine stopped) is no lock at
all (the system released it); a live FamilySafe's lock never goes stale however long it runs.
Nothing here uses the network or Qt's network module (a local socket cost the window 2.5 MiB).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QCryptographicHash,
    QFileSystemWatcher,
    QLockFile,
    QObject,
    QStandardPaths,
    Signal,
)

from familysafe import paths

SHOW, TRAY = b"show", b"tray"
WAIT_MS = 2000
RETRY_S = 0.02
_SUFFIX = ".request"


def key_for(data_dir: Path) -> str:
    """A short name for the data folder, the same for every way of writing its path."""
    path = os.path.realpath(os.fspath(data_dir))
    # Qt's own SHA-256 (Python's hashlib would load OpenSSL, 3 MiB, for this one name).
    sha256 = QCryptographicHash.Algorithm.Sha256
    hexed = QCryptographicHash.hash(os.fsencode(path), sha256).toHex()
    # PySide6 6.11 stub bug: QByteArray is a buffer, but its stub does not say so.
    digest = bytes(hexed).decode()[:24]  # type: ignore[call-overload]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"familysafe-{uid}-{digest}"


def _private_folder(data_dir: Path) -> Path:
    """The user's runtime folder, else the (private) data folder itself."""
    if os.name == "posix":
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if not (runtime and os.path.isdir(runtime)):
            return paths.ensure_private_dir(data_dir)
    else:
        runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    return paths.ensure_private_dir(data_dir)


class _Lock:
    """An exclusive lock on a file, held until ``unlock`` or the end of the process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._qt: QLockFile | None = None
        if os.name != "posix":  # no flock: Qt's lock file, stale when its process is gone
            self._qt = QLockFile(str(path))
            self._qt.setStaleLockTime(0)

    def try_lock(self) -> bool:
        if self._qt is not None:
            return self._qt.tryLock(0)
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def held_elsewhere(self) -> bool:
        """True while another FamilySafe holds the lock."""
        if self.is_locked():
            return False
        if self.try_lock():
            self.unlock()
            return False
        return True

    def is_locked(self) -> bool:
        return self._qt.isLocked() if self._qt is not None else self._fd is not None

    def unlock(self) -> None:
        if self._qt is not None:
            self._qt.unlock()
        elif self._fd is not None:
            os.close(self._fd)  # closing the file lets the lock go
            self._fd = None


class SingleInstance(QObject):
    """Holds the lock and watches for requests for one data folder while FamilySafe runs."""

    requested = Signal(bytes)  # what a second start asked for: SHOW or TRAY

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        key = key_for(data_dir)
        folder = _private_folder(data_dir)
        self.lock = _Lock(folder / f"{key}.lock")
        self.requests_dir = folder / f"{key}.requests"
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when this is the only FamilySafe on the folder (it then listens for others)."""
        if not self.take_lock():
            return False
        self.listen()
        return True

    def take_lock(self) -> bool:
        """True when this is the only FamilySafe on the folder (``listen`` comes next)."""
        return self.lock.try_lock()

    def listen(self) -> None:
        """Answer other starts on the folder (``requested``), those that came before too."""
        paths.ensure_private_dir(self.requests_dir)
        self._watcher = QFileSystemWatcher([str(self.requests_dir)], self)
        self._watcher.directoryChanged.connect(self._read_requests)
        self._read_requests()

    def tell_running(self, message: bytes) -> bool:
        """Leave ``message`` for the FamilySafe holding the lock; False if it did not take it
        within ``WAIT_MS`` (it may be starting, its window not yet on screen and not yet
        watching: it reads what it finds when it starts) or nobody holds the lock."""
        if not self.lock.held_elsewhere():
            return False
        from familysafe.files import atomic_write

        paths.ensure_private_dir(self.requests_dir)
        request = self.requests_dir / f"{os.getpid()}-{time.monotonic_ns()}{_SUFFIX}"
        atomic_write(request, message + b"\n")
        deadline = time.monotonic() + WAIT_MS / 1000
        while request.exists():
            if time.monotonic() >= deadline or not self.lock.held_elsewhere():
                request.unlink(missing_ok=True)
                return False
            QCoreApplication.processEvents()  # nothing else waits in a second start
            time.sleep(RETRY_S)
        return True

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
            shutil.rmtree(self.requests_dir, ignore_errors=True)
        if self.lock.is_locked():
            self.lock.unlock()

    def _read_requests(self) -> None:
        try:
            names = sorted(os.listdir(self.requests_dir))
        except OSError:
            return
        for name in names:
            if not name.endswith(_SUFFIX):
                continue  # a request still being written (atomic_write's temporary file)
            request = self.requests_dir / name
            try:
                message = request.read_bytes().strip()
                request.unlink()
            except OSError:
                continue
            if message in (SHOW, TRAY):
                self.requested.emit(message)
