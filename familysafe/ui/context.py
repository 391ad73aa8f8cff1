"""One object handed to every page: the services, the clock and app-wide signals. No globals."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal

from familysafe.core.clock import Clock
from familysafe.services import Services, open_services


class AppContext(QObject):
    """Holds what pages share. ``household_changed`` tells every page to refresh."""

    household_changed = Signal()

    def __init__(self, services: Services, demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.demo = demo

    def open_worker_services(self) -> Services:
        """Services of its own for work on another thread (SQLite connections stay on the
        thread that opened them). The caller closes them."""
        s = self.services
        return open_services(s.data_dir, s.clock, s.library.language)

    @property
    def clock(self) -> Clock:
        return self.services.clock

    @property
    def locale(self) -> QLocale:
        return QLocale()
