"""The running QApplication, typed (Qt's ``instance()`` may be None or a QCoreApplication)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The QApplication the window runs in; made by ``ui.app`` before any widget."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the window needs a QApplication")
    return app
