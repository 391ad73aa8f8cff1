"""Rebuilding a list without losing the parent's place: quiet while it rebuilds, the same scroll
position afterwards (the chosen entry is each list's own business: it knows its values)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QAbstractScrollArea


@contextmanager
def kept_place(view: QAbstractScrollArea, quiet: bool = True) -> Iterator[None]:
    """Inside, ``view`` sends no signals (when ``quiet``); after, it scrolls back to where it
    was."""
    vertical, horizontal = view.verticalScrollBar(), view.horizontalScrollBar()
    top, left = vertical.value(), horizontal.value()
    blocked = view.blockSignals(True) if quiet else None
    try:
        yield
    finally:
        if quiet:
            view.blockSignals(bool(blocked))
        vertical.setValue(min(top, vertical.maximum()))
        horizontal.setValue(min(left, horizontal.maximum()))
