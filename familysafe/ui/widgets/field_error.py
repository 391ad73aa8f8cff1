"""A message shown right under a form field when what was typed cannot be used.

It goes as soon as the parent changes what it is about (``clear_on``): a message that stays
after the input is fixed reads as if the fix did not work."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from familysafe.ui import theme


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the family typed
        self.setVisible(False)
        theme.tint(self, theme.error_color)  # a red that reads on light and dark palettes

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    def clear_on(self, *signals: SignalInstance) -> None:
        """Clear the message when any of ``signals`` fires (the input it is about changed)."""
        for signal in signals:
            signal.connect(lambda *_: self.clear_message())
