"""Printing a PDF FamilySafe made: the system's print dialog, then each page drawn on the
printer from the same PDF the preview shows (rendered with pdfium), so what is printed is what
is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300  # finer than this only makes the job larger, not the print clearer

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class PrintError(Exception):
    """The printer could not be started (no printer, a file it cannot write, ...)."""


def ask_printer(parent: QWidget, paper: str | None, pages: int, title: str) -> QPrinter | None:
    """The system's print dialog for a document of ``pages`` pages; the printer chosen, or None
    when the parent cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(PAPER.get(paper or "a4", QPageSize.PageSizeId.A4)))
    printer.setFromTo(1, max(pages, 1))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def _page_range(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first == 0:
        return range(count)
    return range(max(first, 1) - 1, min(last or count, count))


def paint_pdf(path: Path, printer: QPrinter) -> int:
    """Draw the pages of ``path`` (those the printer's range asks for) on ``printer``, each
    fitted to the paper; the number of pages printed."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    printer.setFullPage(True)  # the PDF has its own margins: the page is drawn as it is
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        area: QRect = printer.pageLayout().fullRectPixels(printer.resolution())
        dpi = min(printer.resolution(), MAX_DPI)
        printed = 0
        for index in _page_range(printer, len(pdf)):
            if printed:
                printer.newPage()
            page = pdf[index]
            image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = image.tobytes()
            picture = QImage(
                data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
            )
            size = picture.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            painter.drawImage(target, picture)
            printed += 1
        return printed
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()
