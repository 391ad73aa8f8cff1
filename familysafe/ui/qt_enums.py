"""Qt's enum values for what the window makes before its first paint, without ``Qt`` itself.

PySide6 makes the Python class of each of Qt's enums when the class that holds it is first used,
and ``Qt`` (the namespace of alignments, text formats, focus policies, keys…) holds 95 of them:
about 30 ms of processor time, more than a tenth of the bare window's whole start-up, which never
makes it. So the window's first page and what it is made of name these values without ``Qt``:

- an enum property by its name, through Qt's property system (``set_enum(label, "textFormat",
  "PlainText")``: Qt converts the name itself, and a name it does not know is an error here);
- where PySide6 takes a plain integer (item data roles, ``QPainter.drawText``'s flags), the
  integer, named below.

Some calls make ``Qt`` however they are written, because PySide6 tries an overload that takes one
of its enums first (``QColor(color)``, ``QPalette(palette)``, ``QBrush(color)``, ``QImage.fill``,
``QPainter.setPen``, ``QAction.setShortcut``): the start path copies with ``copy.copy``, makes a
brush with ``solid_brush``, sets shortcuts with ``setShortcuts``, and lets a widget's painter take
its pen from the widget's palette.

``Qt`` is then made after the first paint, by whatever first needs it. ``tests/ui/test_qt_enums.py``
checks every value here against ``Qt``'s own, and ``tests/ui/test_startup_light.py`` that a real
start has not made ``Qt`` by its first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QLabel

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter (QPainter.drawText's flags are an int)


def set_enum(obj: QObject, name: str, keys: str) -> None:
    """Set ``obj``'s enum property ``name`` to ``keys``: one value's name ("PlainText"), or a
    flag's names joined by "|" ("AlignHCenter|AlignTop")."""
    if not obj.setProperty(name, keys):
        raise ValueError(f"{type(obj).__name__}.{name} cannot be {keys!r}")


def plain_text(label: QLabel) -> QLabel:
    """``label`` showing its text as typed (a child called "<u>Sam</u>" keeps the brackets):
    ``label.setTextFormat(Qt.TextFormat.PlainText)``."""
    set_enum(label, "textFormat", "PlainText")
    return label


def solid_brush(color: QColor) -> QBrush:
    """A brush of one colour: ``QBrush(color)`` (a palette makes it)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, color)
    return palette.brush(QPalette.ColorRole.Window)
