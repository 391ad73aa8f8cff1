"""A page's title and a sentence saying what the page is for."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from familysafe.ui.widgets.labels import plain_label


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.title = plain_label(title, wrap=False)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(title)
        layout.addWidget(self.title)
        self.subtitle = plain_label(subtitle)  # may name a child
        layout.addWidget(self.subtitle)
        # Hidden only once it has a parent: a parentless widget made visible is a window of its
        # own, mapped on the screen for a moment (a stray window at start-up).
        self.subtitle.setVisible(bool(subtitle))
