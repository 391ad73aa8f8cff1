"""The log file: what FamilySafe did and what went wrong, never what the family wrote.

``familysafe.log`` in the data folder (0600), rotated at about 1 MB with 3 older files kept
(``familysafe.log.1`` ... ``.3``), so a parent can send it when something goes wrong. Messages
hold ids, counts, versions, file names and error types; never a name, note, follow-up or any
other words the family typed. ``unexpected`` logs a bug's traceback as code locations and the
exception's type only: an exception's message may quote the family's words.

Lines are written as the standard ``logging`` module would write them
(``2026-12-07 22:26:01,123 INFO familysafe: ...``), by a few lines of our own: ``logging`` and
its rotating handler bring in the socket, pickle and queue modules, about 6 ms for every command.
"""

from __future__ import annotations

import _thread
import os
import time
from pathlib import Path
from types import TracebackType

LOG_NAME = "familysafe.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3

_lock = _thread.allocate_lock()  # the window logs from worker threads too
_file: Path | None = None  # the file logged to, once ``setup`` names it


class Log:
    """A named log (``familysafe``, ``familysafe.backups``): ``info``, ``warning`` and
    ``error`` with ``%``-style arguments, formatted only when written."""

    def __init__(self, name: str) -> None:
        self.name = name

    def info(self, message: str, *args: object) -> None:
        _write("INFO", self.name, message, args)

    def warning(self, message: str, *args: object) -> None:
        _write("WARNING", self.name, message, args)

    def error(self, message: str, *args: object) -> None:
        _write("ERROR", self.name, message, args)


def logger(name: str) -> Log:
    return Log(name)


log = Log("familysafe")


def setup(folder: Path) -> Path:
    """Log to ``folder/familysafe.log`` from now on (one file at a time: a new folder replaces
    the previous one). Returns the log file's path. The file is made when the first line is
    written."""
    global _file
    path = folder / LOG_NAME
    with _lock:
        _file = path.absolute()
    return path


def log_file() -> Path | None:
    """The file logged to now, if any."""
    return _file


def unexpected(kind: type[BaseException], tb: TracebackType | None, where: str) -> None:
    """Log a bug: where it happened in the code, and its type (never its message)."""
    import traceback

    frames = "".join(
        f"\n  {frame.filename}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(tb)
    )
    log.error("unexpected %s in %s:%s", kind.__name__, where, frames)


def _write(level: str, name: str, message: str, args: tuple[object, ...]) -> None:
    if _file is None:
        return
    now = time.time()
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now))
    try:
        text = message % args if args else message
    except (TypeError, ValueError):  # a wrong format is a bug, but never a reason to fail
        text = f"{message} {args!r}"
    line = f"{stamp},{int(now % 1 * 1000):03d} {level} {name}: {text}\n".encode()
    with _lock:
        path = _file
        if path is None:
            return
        try:
            _rotate_if_full(path, len(line))
            _append(path, line)
        except OSError:
            pass  # a full or read-only disk: the family's action goes on without its log line


def _append(path: Path, data: bytes) -> None:
    """Append to ``path``, created readable and writable by its owner only (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)


def _rotate_if_full(path: Path, adding: int) -> None:
    """As ``logging.handlers.RotatingFileHandler``: when ``adding`` bytes would take the file to
    ``MAX_BYTES``, it becomes ``.1``, ``.1`` becomes ``.2`` ..., and the oldest goes."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return
    if size + adding < MAX_BYTES:
        return
    for number in range(BACKUP_COUNT - 1, 0, -1):
        older = f"{path}.{number}"
        if os.path.exists(older):
            os.replace(older, f"{path}.{number + 1}")
    os.replace(path, f"{path}.1")
