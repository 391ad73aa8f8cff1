"""What waits for the window's first paint: start-up shows the Today page first, then does what
the page does not need (the tray icon, the reminder check, the other-instance listener).

``after_first_paint`` runs a function once the window has painted for the first time (from the
event loop, after the paint is on screen). ``--quit-after-paint`` (used by tools) quits there.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.ui.marks import mark

# A window shown but never painted (minimised at once, say) runs it after this long anyway.
LATEST_MS = 3000


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            mark("first-paint")
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


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
    widget.installEventFilter(_FirstPaint(widget, then))


def quit_after_first_paint(window: QWidget) -> None:
    def done() -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.quit()

    after_first_paint(window, done)
