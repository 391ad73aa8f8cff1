"""The log file: what FamilySafe did and what went wrong, never what the family wrote.

``familysafe.log`` in the data folder (0600), rotated at about 1 MB with 3 older files kept
(``familysafe.log.1`` ... ``.3``), so a parent can send it when something goes wrong. Messages
hold ids, counts, versions, file names and error types; never a name, note, follow-up or any
other words the family typed. ``unexpected`` logs a bug's traceback as code locations and the
exception's type only: an exception's message may quote the family's words.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

LOG_NAME = "familysafe.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3

log = logging.getLogger("familysafe")


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Every file it creates (the first one and each after a rollover) is 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        stream = os.fdopen(fd, self.mode.replace("w", "a"), encoding=self.encoding)
        assert isinstance(stream, io.TextIOWrapper)  # a text mode always gives one
        return stream


def setup(folder: Path) -> Path:
    """Log to ``folder/familysafe.log`` from now on (one file at a time: a new folder replaces
    the previous one). Returns the log file's path."""
    path = folder / LOG_NAME
    for handler in list(log.handlers):
        if isinstance(handler, _PrivateRotatingHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            log.removeHandler(handler)
            handler.close()
    handler = _PrivateRotatingHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def log_file() -> Path | None:
    """The file logged to now, if any."""
    for handler in log.handlers:
        if isinstance(handler, _PrivateRotatingHandler):
            return Path(handler.baseFilename)
    return None


def unexpected(kind: type[BaseException], tb: TracebackType | None, where: str) -> None:
    """Log a bug: where it happened in the code, and its type (never its message)."""
    frames = "".join(
        f"\n  {frame.filename}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(tb)
    )
    log.error("unexpected %s in %s:%s", kind.__name__, where, frames)
