"""A page that fills itself when first shown, and keeps up with the household after that.

Start-up shows only the first page; the others would load the content library and query the
database for nothing. A page built on this does its work on first show, then refreshes when the
household or the planner changes (``AppContext.household_changed``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from familysafe.ui.context import AppContext


class LazyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loaded = False
        ctx.household_changed.connect(self._household_changed)

    @property
    def loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        """Fill the page now if it has not been (e.g. before selecting something on it)."""
        if not self._loaded:
            self._loaded = True
            self.first_load()

    def first_load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def household_changed(self) -> None:
        """What a change means for a page already filled: by default, refresh it."""
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.ensure_loaded()
        super().showEvent(event)

    def _household_changed(self) -> None:
        if self._loaded:
            self.household_changed()
