"""The export dialog's output: its preview, saving and printing, each made off the window's
thread (``ui.background``) on services of its own, so a large family never freezes the window.

A mixin of ``ExportDialog``; its sentences keep the dialog's translation context
("ExportDialog"). Sentences with a count (%n) stay in the dialog, where lupdate sees their plural.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QPushButton, QWidget

from familysafe.core.errors import FamilySafeError
from familysafe.services.exports import ExportOptions, ExportResult
from familysafe.ui.background import run_in_background
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.pdf_preview import QUALITY, PdfPreview, render_pages
from familysafe.words.errors import error_text

if TYPE_CHECKING:
    from familysafe.ui.context import AppContext

PREVIEW_WIDTH = 420


class ExportOutput:
    """Preview, save and print for the dialog that mixes this in (a QDialog)."""

    _ctx: AppContext
    _generation: int
    _scratch: Path
    _print_jobs: int
    _closed: bool
    saved: Path | None
    preview: PdfPreview
    status: QLabel
    error: FieldError
    open_after: QCheckBox
    save_button: QPushButton
    print_button: QPushButton
    timer: QTimer

    def options(self) -> ExportOptions:
        raise NotImplementedError

    def _show_preview(self, generation: int, pngs: list[bytes], pages: int) -> None:
        raise NotImplementedError

    def _print_ready(self, result: ExportResult, options: ExportOptions) -> None:
        raise NotImplementedError

    def refresh_preview(self) -> None:
        self._generation += 1
        generation, options = self._generation, self.options()
        target = self._scratch / f"preview-{generation}.pdf"
        self.status.setText(QCoreApplication.translate("ExportDialog", "Preparing the preview…"))

        def work() -> tuple[list[bytes], int]:
            with self._ctx.open_worker_services() as services:
                result = services.exports.export_pdf(target, options)
            try:
                return render_pages(result.path, round(PREVIEW_WIDTH * QUALITY)), result.pages
            finally:
                target.unlink(missing_ok=True)

        run_in_background(
            work,
            lambda done: self._show_preview(generation, *done),
            lambda exc: self._preview_failed(generation, exc),
        )

    def _preview_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation or self._closed:
            return
        if not isinstance(exc, FamilySafeError):
            raise exc
        self.preview.show_message(error_text(exc))
        self.status.setText("")

    # Saving ------------------------------------------------------------------------------------

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self._ctx.services.exports.suggested_filename(self.options())
        return Path(folder or Path.home()) / name

    def save(self, path: str | None = None) -> None:
        """Ask where (unless ``path`` is given) and write the PDF."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                cast(QWidget, self),
                QCoreApplication.translate("ExportDialog", "Save PDF"),
                str(self.default_path()),
                QCoreApplication.translate("ExportDialog", "PDF files (*.pdf)"),
            )
            if not path:
                return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        options = self.options()
        self.save_button.setEnabled(False)
        self.error.clear_message()
        self.status.setText(QCoreApplication.translate("ExportDialog", "Saving…"))

        def work():
            with self._ctx.open_worker_services() as services:
                return services.exports.export_pdf(path, options)

        run_in_background(work, self._saved, self._save_failed)

    def _saved(self, result) -> None:
        if self._closed:
            return
        self.save_button.setEnabled(True)
        self.saved = result.path
        self.status.setText(
            QCoreApplication.translate("ExportDialog", "Saved {path}. Pages: {pages}.").format(
                path=result.path, pages=result.pages
            )
        )
        if self.open_after.isChecked() and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(result.path))
        ):
            self.error.show_message(
                QCoreApplication.translate(
                    "ExportDialog",
                    "The PDF is saved, but this computer has no program that opens it. "
                    "It is in {folder}.",
                ).format(folder=result.path.parent)
            )

    def _save_failed(self, exc: Exception) -> None:
        if not isinstance(exc, FamilySafeError):
            raise exc
        if self._closed:
            return
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.status.setText("")
        self.error.show_message(error_text(exc))

    # Printing ----------------------------------------------------------------------------------

    def print_document(self) -> None:
        """Make the PDF (as the preview does), then the system's print dialog, then print it."""
        options = self.options()
        self._print_jobs += 1  # a preview on its way still shows: printing has its own files
        target = self._scratch / f"print-{self._print_jobs}.pdf"
        self.print_button.setEnabled(False)
        self.error.clear_message()
        self.status.setText(QCoreApplication.translate("ExportDialog", "Preparing to print…"))

        def work():
            with self._ctx.open_worker_services() as services:
                return services.exports.export_pdf(target, options)

        run_in_background(
            work, lambda result: self._print_ready(result, options), self._save_failed
        )
