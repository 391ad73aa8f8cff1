"""Answering a modal dialog from a test, as the user would, without ever hanging the run."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def run_modal(action: Callable[[], object], answer: Callable[[QWidget], object]) -> None:
    """Run ``action`` (which opens a modal dialog) and let ``answer`` handle the dialog. When
    ``answer`` fails (an assertion), the dialog is closed and the failure raised here, so a
    broken test fails instead of waiting forever on a dialog no one closes."""
    failures: list[BaseException] = []

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            answer(dialog)
        except BaseException as exc:  # noqa: BLE001 (raised again below, after closing)
            failures.append(exc)
            if isinstance(dialog, QDialog):
                dialog.reject()
            elif dialog is not None:
                dialog.close()

    QTimer.singleShot(0, respond)
    action()
    if failures:
        raise failures[0]
