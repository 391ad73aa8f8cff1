"""A page that fills itself when first shown, and keeps up with the household after that.

Start-up shows only the first page; the others would load the content library and query the
database for nothing. A page built on this does its work on first show. After that, a change to
the household or the planner (``AppContext.household_changed``) brings the page up to date at
once while it is on screen; a page not on screen (another page is shown, or the window is in the
tray) only notes that it is out of date, and catches up when it is next shown or used. A change
then costs one page's rebuild, not every loaded page's, and whichever page a parent goes to shows
what is stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from familysafe.ui.context import AppContext


class LazyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loaded = False
        self._stale = False
        ctx.household_changed.connect(self._household_changed)

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def stale(self) -> bool:
        """Whether a change came while the page was not on screen (it catches up when shown)."""
        return self._stale

    def ensure_loaded(self) -> None:
        """Fill the page now if it has not been, or bring it up to date if a change came while
        it was hidden (e.g. before selecting something on it)."""
        if not self._loaded:
            self._loaded = True
            self._stale = False
            self.first_load()
        elif self._stale:
            self._stale = False
            self.household_changed()

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
        if not self._loaded:
            return
        if self.isVisible():
            self._stale = False
            self.household_changed()
        else:
            self._stale = True
