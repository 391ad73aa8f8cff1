"""What waits for the window's first paint: start-up shows the Today page first, then does what
the page does not need (the tray icon, the reminder check, the other-instance listener).

``after_first_paint`` runs a function once the window has painted for the first time (from the
event loop, after the paint is on screen). ``--quit-after-paint`` (used by tools) quits there.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.ui.marks import mark

# A window shown but never painted (minimised at once, say) runs it after this long anyway.
LATEST_MS = 3000


class _FirstPaint(QObject):
    """Watches one widget for its first paint, for everything waiting for it (one watcher, not
    one per waiting function: each is handed every event of the window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.waiting: list[Callable[[], None]] = []
        self.done = False
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            mark("first-paint")
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        """Each waiting function in turn, in the order they came (one that fails is reported
        as any unexpected error is, and the others still run)."""
        self.done = True
        while self.waiting:
            then = self.waiting.pop(0)
            try:
                then()
            except Exception:  # noqa: BLE001 (reported, as Qt reports a slot's)
                sys.excepthook(*sys.exc_info())


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once ``window`` has painted (at once, from the event loop, if it is not
    going to be shown)."""
    if window.isVisible():
        when_first_painted(window, then)
    else:
        QTimer.singleShot(0, then)


def when_first_painted(widget: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once ``widget`` (not necessarily shown yet) has painted, or after
    ``LATEST_MS`` if it has not painted by then; not at all if it is deleted first."""
    key = id(widget)
    watcher = _watchers.get(key)
    if watcher is None or watcher.done or not shiboken6.isValid(watcher):
        watcher = _FirstPaint(widget)
        _watchers[key] = watcher
        watcher.destroyed.connect(lambda: _forget(key, watcher))
        widget.installEventFilter(watcher)
    watcher.waiting.append(then)


_watchers: dict[int, _FirstPaint] = {}


def _forget(key: int, watcher: _FirstPaint) -> None:
    if _watchers.get(key) is watcher:
        del _watchers[key]


def quit_after_first_paint(window: QWidget) -> None:
    def done() -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.quit()

    after_first_paint(window, done)
