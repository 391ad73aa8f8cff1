"""One window per data folder.

The first FamilySafe on a data folder holds a lock (``QLockFile``) and listens on a local socket
(``QLocalServer``); both are named from a hash of the folder's path and kept where only this user
can reach them (the runtime folder, else the data folder itself). A second start on the same
folder cannot take the lock: it tells the first one what it wanted ("show" brings the window
forward; "tray", a second start at login, asks for nothing) and exits 0.

The lock is taken before the window is built; the socket listens once the window is on screen
(``listen``), so a second start in that moment keeps trying to reach it for a little while.

The stale-lock rule: a lock whose process is gone (killed, or the machine stopped) is stale and
taken over at once (``QLockFile`` checks the process id); a live FamilySafe's lock never goes
stale however long it runs (no time limit).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QStandardPaths, Signal

from familysafe import paths

if TYPE_CHECKING:  # QtNetwork loads only to listen or to call the other start
    from PySide6.QtNetwork import QLocalServer

SHOW, TRAY = b"show", b"tray"
WAIT_MS = 2000
RETRY_S = 0.05


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


class SingleInstance(QObject):
    """Holds the lock and the socket for one data folder while FamilySafe runs."""

    requested = Signal(bytes)  # what a second start asked for: SHOW or TRAY

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        key = key_for(data_dir)
        folder = _private_folder(data_dir)
        self.lock = QLockFile(str(folder / f"{key}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        # A full path keeps the socket in the private folder on Unix (if it fits the system's
        # limit for socket paths); else the name, in the temporary folder, for this user only.
        socket_path = str(folder / f"{key}.socket")
        self.server_name = socket_path if os.name == "posix" and len(socket_path) < 100 else key
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only FamilySafe on the folder (it then listens for others)."""
        if not self.take_lock():
            return False
        self.listen()
        return True

    def take_lock(self) -> bool:
        """True when this is the only FamilySafe on the folder (``listen`` comes next)."""
        return self.lock.tryLock(0)

    def listen(self) -> None:
        """Answer other starts on the folder (``requested``)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.server_name)  # a socket file left by a killed run
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self.server.listen(self.server_name)

    def tell_running(self, message: bytes) -> bool:
        """Send ``message`` to the FamilySafe holding the lock; False if it did not answer.
        While the lock is held it tries again for up to ``WAIT_MS`` (the other one may be
        starting, its window not yet on screen and its socket not yet listening)."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + WAIT_MS / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(WAIT_MS):
                break
            if not os.path.exists(self.lock.fileName()) or time.monotonic() >= deadline:
                return False
            time.sleep(RETRY_S)
        socket.write(message + b"\n")
        sent = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _connected(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The other start writes one line at once and waits for it to be read.
            if socket.canReadLine() or socket.waitForReadyRead(WAIT_MS):
                # PySide6 6.11 stub bug: QByteArray is a buffer, but its stub does not say so.
                message = bytes(socket.readLine()).strip()  # type: ignore[call-overload]
                if message in (SHOW, TRAY):
                    self.requested.emit(message)
            socket.disconnectFromServer()
            socket.deleteLater()
