"""Ctrl+C (SIGINT) and SIGTERM quit the window the way the Quit menu does.

Python runs its signal handlers only when the interpreter gets control, and while Qt's event loop
waits it never does. So the signal's number is also written to a pipe (``signal.set_wakeup_fd``)
that Qt watches (``QSocketNotifier``): the loop wakes, Python runs the handler, and the handler
asks for a normal quit: the field being typed in loses focus (and saves, as settings do), the
database is closed and the tray icon removed. Where there is no such pipe (Windows), a short
timer gives Python the chance instead.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


class QuitOnSignals(QObject):
    """While it lives, SIGINT and SIGTERM call ``quit`` once, from inside the event loop."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quit = quit  # what a signal calls: replaced once the desktop exists
        self.received: int | None = None
        self._previous = {s: signal.signal(s, self._handle) for s in SIGNALS}
        self._pipe: tuple[int, int] | None = None
        self._old_wakeup = -1
        if os.name == "posix":
            read_end, write_end = os.pipe()
            os.set_blocking(read_end, False)
            os.set_blocking(write_end, False)
            self._pipe = (read_end, write_end)
            self._old_wakeup = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        else:
            self._timer = QTimer(self)
            self._timer.timeout.connect(lambda: None)  # Python checks for signals between calls
            self._timer.start(200)

    def _drain(self) -> None:
        if self._pipe is None:
            return
        with contextlib.suppress(OSError):  # the handler runs as Python regains control
            os.read(self._pipe[0], 512)

    def _handle(self, signum, frame) -> None:
        if self.received is None:
            self.received = signum
            QTimer.singleShot(0, self._quit_now)

    def _quit_now(self) -> None:
        # A field being typed in saves when it loses focus, as when the Quit menu is clicked.
        widget = QApplication.focusWidget()
        if widget is not None:
            widget.clearFocus()
        self.quit()

    def restore(self) -> None:
        """Put back what was there before (the window has quit)."""
        for s, previous in self._previous.items():
            signal.signal(s, previous if previous is not None else signal.SIG_DFL)
        if self._pipe is not None:
            signal.set_wakeup_fd(self._old_wakeup)
            self._notifier.setEnabled(False)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None
