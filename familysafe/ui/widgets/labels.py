"""Labels that show the family's own words as typed: a child called "<u>Sam</u>" is shown with
the angle brackets, never underlined (Qt guesses rich text from the text otherwise)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from familysafe.ui.qt_enums import plain_text


def plain_label(text: str = "", wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    label = plain_text(QLabel(parent))
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt key (the letter after "&") moves the focus to ``buddy``; for rows
    whose field is a layout, where the form cannot find the control by itself."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
