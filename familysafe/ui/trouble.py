"""When the data cannot be used, or something unexpected happens: say so honestly, log it
(without the family's words), and offer the way back when there is one."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from familysafe import logs
from familysafe.about import APP_NAME
from familysafe.core.clock import Clock
from familysafe.core.errors import FamilySafeError
from familysafe.services.backups import BackupService
from familysafe.store.db import DatabaseError
from familysafe.words.errors import error_text

DAMAGED = ("database-damaged", "database-damaged-no-backup")


def offer_restore(error: DatabaseError, folder: Path, clock: Clock) -> bool:
    """Show why the data cannot be opened; when a good backup exists, offer to restore it.
    True when it was restored (the caller opens the data again)."""
    from PySide6.QtWidgets import QMessageBox  # made when needed

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error_text(error))
    restore = None
    if error.code == "database-damaged":
        restore = box.addButton(
            QApplication.translate("App", "&Restore this backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QApplication.translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        BackupService(folder, clock).restore(str(error.values["id"]))
    except FamilySafeError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return False
    return True


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def exception_hook(backups: Callable[[], BackupService | None]) -> ExceptHook:
    """``sys.excepthook`` for the window: log it, then a short honest dialog."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox  # made when needed

        logs.unexpected(kind, tb, "the window")
        print(f"familysafe: unexpected {kind.__name__} (see the log)", file=sys.stderr)
        from familysafe.ui import window_fit
        from familysafe.ui.application import application

        window_fit.install(application())  # it may come before the window's first paint
        QMessageBox.critical(QApplication.activeWindow(), APP_NAME, message(value, backups()))

    return hook


def message(value: BaseException, backups: BackupService | None) -> str:
    if isinstance(value, sqlite3.Error) and backups is not None:
        return error_text(backups.failure(value, None))
    where = logs.log_file()
    text = QApplication.translate(
        "App",
        "Something went wrong inside FamilySafe, and what you were doing may not have been "
        "saved. Please check it, and try again.",
    )
    if where is not None:
        text += "\n\n" + QApplication.translate(
            "App",
            "What happened is written in {file} (without your family's names or notes), if "
            "you want to send it to someone who can help.",
        ).format(file=where)
    return text


def warn(parent: QWidget | None, error: FamilySafeError) -> None:
    from PySide6.QtWidgets import QMessageBox  # made when needed

    QMessageBox.warning(parent, APP_NAME, error_text(error))
