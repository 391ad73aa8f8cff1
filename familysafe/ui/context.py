"""One object handed to every page: the services, the clock and app-wide signals. No globals."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal

from familysafe.core.clock import Clock
from familysafe.services import Services


class AppContext(QObject):
    """Holds what pages share. ``household_changed`` tells every page to refresh."""

    household_changed = Signal()

    def __init__(self, services: Services, demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.demo = demo

    @property
    def clock(self) -> Clock:
        return self.services.clock

    @property
    def locale(self) -> QLocale:
        return QLocale()
