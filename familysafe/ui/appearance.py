"""How large the window's text is: the system's size, or larger for readers who need it."""

from __future__ import annotations

from familysafe.ui.application import application

_BASE = "familysafe_base_point_size"  # the system's size, kept on the application


def apply_text_size(percent: int) -> None:
    """Make the application's text ``percent`` of the system's size. Widgets built afterwards
    follow it; a window built before is rebuilt by its owner (``ui.desktop``)."""
    app = application()
    base = app.property(_BASE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
