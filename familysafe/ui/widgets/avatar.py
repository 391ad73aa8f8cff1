"""A child's initial on a disc of their own colour, as tall as the name beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from familysafe.ui import icons


class Avatar(QLabel):
    """``beside`` is the label with the child's name: the disc is sized to its text, and says
    nothing to a screen reader (the name is read there)."""

    def __init__(
        self, member_id: int, name: str, beside: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.name = name
        self._size = round(beside.fontMetrics().height() * 1.5)
        self.setFixedSize(self._size, self._size)
        self.setAccessibleName("")
        self._draw()

    def _draw(self) -> None:
        self.setPixmap(icons.avatar(self.member_id, self.name, self.palette(), self._size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_size"):
            self._draw()  # light or dark
        super().changeEvent(event)
