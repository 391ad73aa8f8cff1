"""Text of the family and of the content inside a right-to-left window.

A window laid out right to left (Arabic) shows each list entry as a right-to-left paragraph. A
line that is itself left to right (an English topic title not yet translated, a name in Latin
letters) would then have its end punctuation and quotes moved to the wrong side: "Free" gifts
reads as gifts "Free. Isolating such a line (FSI ... PDI, Unicode's first-strong isolate) keeps
its characters in their own order while the entry still sits on the right.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit

FSI, PDI = "\u2068", "\u2069"


def starts_left_to_right(line: str) -> bool:
    """The first letter of ``line`` with a direction reads left to right."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


def isolated(text: str) -> str:
    """``text`` ready for a list entry: in a right-to-left window, each line that reads left to
    right is isolated; otherwise (and when ``text`` already has isolates) unchanged."""
    if not QGuiApplication.isRightToLeft() or FSI in text:
        return text
    return "\n".join(
        FSI + line + PDI if starts_left_to_right(line) else line for line in text.split("\n")
    )


RLM = "\u200f"


def has_right_to_left(text: str) -> bool:
    """``text`` holds a letter of a right-to-left script (Arabic)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def line_start() -> str:
    """What begins a line of rich text that may open with a Latin name ("Childline (...)"): a
    right-to-left mark in a right-to-left window, so the line reads right to left; else nothing."""
    if not QGuiApplication.isRightToLeft():
        return ""
    return RLM


def sentence(text: str) -> str:
    """A translated sentence for a right-to-left window. Qt gives a label the direction of its
    first letter, so "Minecraft لـ Arun: ..." (a name first) would read left to right, aligned
    to the wrong side; a right-to-left mark in front keeps such a line right to left. A line
    without Arabic (content not yet translated) stays as it is, and so does every left-to-right
    window."""
    if (
        not QGuiApplication.isRightToLeft()
        or not starts_left_to_right(text)
        or not has_right_to_left(text)
    ):
        return text
    return RLM + text


LRI = "\u2066"


def digits_in_order(text: str) -> str:
    """A phone number (or other digit groups) for a right-to-left window: isolated left to right,
    so "0800 1111" after Arabic words does not show as "1111 0800". Unchanged left to right."""
    if not QGuiApplication.isRightToLeft() or not text:
        return text
    return LRI + text + PDI


def sections_in_order(edit: QDateTimeEdit) -> QDateTimeEdit:
    """A date or time field that reads the same in every window. Laid out right to left, Qt puts
    the field's sections in reverse order (18:05 shows as 05:18, 23/11/2026 as 2026/11/23); numbers
    read left to right in Arabic too, so the field keeps a left-to-right layout."""
    from PySide6.QtCore import Qt  # not on the start-up path (qt_enums)

    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit
