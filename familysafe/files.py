"""Write files atomically and privately (exports, login entries, caches).

A PDF, calendar file, login entry or cache is written to a temporary file in the same folder (so
the final rename never crosses a file system), created readable by its owner only (0600: exports
name children), flushed to disk, and then renamed over the target. A crash, a full disk or an
exception in the writer therefore never leaves a half-written file at ``path``, and an older file
at ``path`` is kept untouched until the new one is complete. The temporary file's name holds the
writer's process id: a writer killed outright leaves it behind, and the next export to that folder
removes it (``remove_stale_parts``).

This module deliberately imports nothing heavy: the exporters, ``system/`` and the content cache
all use it, so it sits below all of them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from familysafe.core.errors import FamilySafeError
from familysafe.system.scratch import pid_gone

__all__ = ["NotAFileError", "atomic_file", "atomic_write", "remove_stale_parts"]

_TEMP_PREFIX = ".familysafe-"
_TEMP_SUFFIX = ".part"
_PART = re.compile(r"^\.familysafe-.*\.(\d+)\.[^.]*\.part$")  # .familysafe-NAME.PID.RANDOM.part


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a private temporary file beside ``path`` for binary writing; on a clean exit make it
    ``path``.

    Usage::

        with atomic_file(target) as fh:
            fh.write(b"...")  # or hand ``fh`` to a streaming writer such as reportlab

    If the ``with`` body raises, the temporary file is removed, ``path`` is left as it was and the
    exception propagates.
    """
    target = Path(path)
    folder = target.parent
    remove_stale_parts(folder)
    _refuse_special(target)
    # mkstemp creates the file with O_EXCL and mode 0600 on POSIX.
    fd, temp_name = tempfile.mkstemp(
        prefix=f"{_TEMP_PREFIX}{target.name}.{os.getpid()}.", suffix=_TEMP_SUFFIX, dir=folder
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_folder(folder)


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the temporary files of exports into ``folder`` whose writer is gone."""
    removed: list[Path] = []
    try:
        entries = list(folder.glob(_TEMP_PREFIX + "*" + _TEMP_SUFFIX))
    except OSError:
        return removed
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None:
            continue
        with contextlib.suppress(OSError):
            stale = entry.is_file() and not entry.is_symlink()
            if stale and pid_gone(int(match.group(1)), entry.stat().st_mtime):
                entry.unlink()
                removed.append(entry)
    return removed


class NotAFileError(OSError):
    """The target exists and is a device, a pipe or a socket (a folder is IsADirectoryError)."""


def not_a_file(path: str | os.PathLike[str]) -> FamilySafeError:
    return FamilySafeError(
        "export-not-a-file", f"{path} is not a regular file: nothing was saved", path=str(path)
    )


def _refuse_special(target: Path) -> None:
    """Only a regular file (or a symlink, which is replaced, not followed) may be replaced."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(target))
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise NotAFileError(errno.EEXIST, "not a regular file", str(target))


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, as a file readable by its owner only."""
    with atomic_file(path) as fh:
        fh.write(data)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Only POSIX lets a directory be opened and synced."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
