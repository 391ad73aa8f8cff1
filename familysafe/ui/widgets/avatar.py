"""A child's initial on a disc of their own colour, as tall as the name beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from familysafe.ui import icons, theme

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QPaintEvent


class Avatar(QWidget):
    """``beside`` is the label with the child's name: the disc is sized to its text, and says
    nothing to a screen reader (the name is read there).

    It paints itself (the same drawing as ``icons.avatar``), its initial in its palette's text
    colour, which follows the palette it inherits (light or dark): so nothing is drawn before
    the window's first paint, and no pen is set (that would make PySide6 build ``Qt``, see
    ``qt_enums``)."""

    def __init__(
        self, member_id: int, name: str, beside: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.name = name
        self._size = round(beside.fontMetrics().height() * 1.5)
        self.setFixedSize(self._size, self._size)
        self.setAccessibleName("")
        self.setFont(icons.avatar_font(self.font(), self._size))
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        theme.tint(self, lambda palette: theme.avatar_colors(member_id, palette)[1])

    def colors(self) -> tuple[QColor, QColor]:
        """The disc's colour and the initial's, for the palette it shows in now."""
        return theme.avatar_colors(self.member_id, self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        from PySide6.QtGui import QPainter  # made at the first paint

        painter = QPainter(self)  # its pen: the palette's text colour, the initial's
        icons.paint_avatar(painter, self._size, self.colors()[0], self.name)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()  # light or dark
        super().changeEvent(event)
