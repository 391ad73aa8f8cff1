"""Long work off the window's thread: the one helper every page uses.

The work runs on Qt's global thread pool; its result (or its error) comes back on the GUI thread
through a signal. SQLite connections belong to the thread that opened them, so work that reads
the family's data opens its own services (``AppContext.open_worker_services``) rather than
borrowing the window's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread, not swallowed)
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_running: set[_Relay] = set()  # keeps each relay alive until its job reports


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Run ``work()`` on the thread pool; call ``on_done(result)`` or ``on_error(exc)`` on the
    GUI thread when it finishes."""
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Job(work, relay))


def wait_for_background(msecs: int = 30_000) -> bool:
    """Block until queued work is done (for tests and for quitting cleanly)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
