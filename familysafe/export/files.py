"""Write export files atomically and privately.

A PDF or calendar file is written to a temporary file in the same folder (so the final rename
never crosses a file system), created readable by its owner only (0600: exports name children),
flushed to disk, and then renamed over the target. A crash, a full disk or an exception in the
writer therefore never leaves a half-written file at ``path``, and an older file at ``path`` is
kept untouched until the new one is complete.

This module deliberately imports nothing heavy: the calendar and PDF exporters both use it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_file", "atomic_write"]

_TEMP_PREFIX = ".familysafe-"
_TEMP_SUFFIX = ".part"


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
    # mkstemp creates the file with O_EXCL and mode 0600 on POSIX.
    fd, temp_name = tempfile.mkstemp(
        prefix=_TEMP_PREFIX + target.name + ".", suffix=_TEMP_SUFFIX, dir=folder
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
