"""The one timer behind the reminders. It asks the reminder service what to show (the rules are
in ``core.reminders``) and sleeps until the next moment something could be due.

It wakes at least every ``MAX_SLEEP`` as well: a computer that slept, or a clock that changed,
must not make a reminder wait for a timer set hours ago.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from familysafe.core.schedule import utc
from familysafe.ui.context import AppContext

if TYPE_CHECKING:
    from familysafe.core.reminders import Notification

MAX_SLEEP_MS = 10 * 60 * 1000
MIN_SLEEP_MS = 1000


class ReminderTimer(QObject):
    notify = Signal(object)  # a core.reminders.Notification

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()

    def check(self, now: datetime | None = None) -> list[Notification]:
        """Show what is due now and set the timer for the next moment."""
        decision = self._ctx.services.reminders.check(now)
        for note in decision.notifications:
            self.notify.emit(note)
        self.timer.start(self.sleep_ms(now or self._ctx.clock.now(), decision.wake_at))
        return list(decision.notifications)

    @staticmethod
    def sleep_ms(now: datetime, wake_at: datetime | None) -> int:
        if wake_at is None:
            return MAX_SLEEP_MS
        ms = int((utc(wake_at) - utc(now)).total_seconds() * 1000)
        return max(MIN_SLEEP_MS, min(MAX_SLEEP_MS, ms))
