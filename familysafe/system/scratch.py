"""Temporary folders that never outlive FamilySafe: the sample family of ``--demo`` and the
print preview's pages.

Each is named ``familysafe-KIND-PID-…`` in the system's temporary folder, private to the user
(0700). It is removed when its owner is done with it and, at the latest, when the process exits
normally (``atexit``, which Ctrl+C and SIGTERM reach because the window quits on them). A process
killed outright leaves its folder behind: the next start removes every such folder whose process
is gone (:func:`remove_leftovers`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

KINDS = ("demo", "preview")
_NAME = re.compile(r"^familysafe-(demo|preview)-(\d+)-")
_OLD_ON_WINDOWS = 2 * 24 * 3600  # without a safe way to ask about a pid: two days old is stale
_mine: set[Path] = set()


def make(kind: str) -> Path:
    """A new private folder for ``kind`` ("demo" or "preview"), removed at exit at the latest."""
    if kind not in KINDS:
        raise ValueError(kind)
    folder = Path(tempfile.mkdtemp(prefix=f"familysafe-{kind}-{os.getpid()}-"))
    _mine.add(folder)
    return folder


def remove(folder: Path) -> None:
    """Remove a folder made by :func:`make` (nothing happens if it is already gone)."""
    _mine.discard(folder)
    shutil.rmtree(folder, ignore_errors=True)


@atexit.register
def remove_all() -> None:
    """Remove every folder this process made and still holds."""
    for folder in list(_mine):
        remove(folder)


def remove_leftovers(base: Path | None = None) -> list[Path]:
    """Remove folders left by FamilySafe processes that are gone (killed, or the machine
    stopped); returns what was removed. Folders of running processes are left alone."""
    base = Path(base or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or int(match.group(2)) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            info = entry.lstat()
            if not entry.is_dir() or entry.is_symlink():
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue  # another user's: not ours to judge
            if pid_gone(int(match.group(2)), info.st_mtime):
                shutil.rmtree(entry)
                removed.append(entry)
    return removed


def pid_gone(pid: int, modified: float) -> bool:
    """True when process ``pid`` (whose file was last changed at ``modified``) is gone."""
    if os.name != "posix":  # os.kill would end the process on Windows, not ask about it
        return time.time() - modified > _OLD_ON_WINDOWS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, and someone else's
        return False
    except OverflowError:
        return True
    return False
