"""While the window runs, Python keeps no copy of the source of the modules it imports.

PySide6 reads the whole source of every module imported once it is loaded (through
``inspect.getsource``, looking for ``from __feature__ import``, which FamilySafe never uses), and
Python's ``linecache`` keeps every line it reads: about 6 MiB of text for the window's start
alone, never read again. Inside ``no_source_kept`` lines are read when asked for and not kept
(a traceback, as in the log of an unexpected error, still shows them); the cache is as before
afterwards.
"""

from __future__ import annotations

import linecache
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class _Unkept(dict[str, Any]):
    """``linecache``'s cache, keeping only its lazy entries (one-item tuples: a loader that
    ``linecache`` calls at once, reading it back from the cache)."""

    def __setitem__(self, key: str, value: Any) -> None:
        if len(value) == 1:
            super().__setitem__(key, value)


@contextmanager
def no_source_kept() -> Iterator[None]:
    kept = linecache.cache
    linecache.cache = _Unkept()
    try:
        yield
    finally:
        linecache.cache = kept
