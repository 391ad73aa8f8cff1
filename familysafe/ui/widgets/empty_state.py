"""What a page shows before there is anything on it: a friendly drawing, what to do first, and
one button to do it.

The words sit in a column at most ``COLUMN`` pixels wide, centred; the labels fill the column's
width, so the layout asks them their height for that width and never cuts a line off (a label
aligned inside a layout gets its one-line width and a height for another width). When the page
is shorter than the words, they scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from familysafe.ui import icons

COLUMN = 560


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class EmptyState(QScrollArea):
    def __init__(
        self,
        heading: str,
        text: str,
        action: str | None = None,
        parent: QWidget | None = None,
        drawing: str = "",
    ) -> None:
        super().__init__(parent)
        self._drawing = drawing  # resources/icons/ui/NAME.svg
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.column = QWidget()
        self.column.setMaximumWidth(COLUMN)
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName("")  # a drawing only: the heading says it all
        column.addWidget(self.picture)
        self._drawn = False  # drawn when first shown: most pages never show it
        self.heading = _wrapped(heading)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = _wrapped(text)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        self.action = QPushButton(action or "")
        font = self.action.font()
        font.setBold(True)  # the one thing to do here
        self.action.setFont(font)
        self.action.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
        column.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        # Hidden only once it has a parent: a parentless widget made visible is a window of its
        # own, mapped on the screen for a moment (a stray window at start-up).
        self.action.setVisible(bool(action))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setWidget(body)
        self.picture.setVisible(bool(drawing))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        if not self._drawn:
            self._draw()
        super().showEvent(event)

    def _draw(self) -> None:
        self._drawn = True
        if self._drawing:
            size = round(self.fontMetrics().height() * 8)  # grows with the text
            self.picture.setPixmap(icons.illustration(self._drawing, self.palette(), size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange)
        if event.type() in changes and getattr(self, "_drawn", False):
            self._draw()  # light or dark; pointing the other way right to left
        super().changeEvent(event)
