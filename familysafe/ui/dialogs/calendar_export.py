"""Saving the calendar file: choose where, write it, say what to do next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from familysafe.core.errors import FamilySafeError
from familysafe.ui.context import AppContext
from familysafe.words.errors import error_text
from familysafe.words.planner import entry_title


def default_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / "FamilySafe.ics"


def export_calendar(ctx: AppContext, parent: QWidget, path: str | None = None) -> Path | None:
    """Ask where (unless ``path`` is given), write the file, and tell the parent how to use it."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Calendar", "Add to my calendar"),
            str(default_path()),
            QCoreApplication.translate("Calendar", "Calendar files (*.ics)"),
        )
        if not path:
            return None
    if not path.lower().endswith(".ics"):
        path += ".ics"
    try:
        result = ctx.services.calendar.export_ics(path, entry_title)
    except FamilySafeError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Calendar", "Add to my calendar"), error_text(exc)
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Calendar", "Add to my calendar"),
        QCoreApplication.translate(
            "Calendar",
            "Saved {count} events to {path}.\n\nOpen this file with your calendar app to add "
            "them. Saving it again later and opening it updates the same events rather than "
            "adding copies.",
        ).format(count=result.events, path=result.path),
    )
    return result.path
