"""Printing and opening (issue 16, item 7): "Print or share" prints the same PDF it saves, the
preview shows every page with zoom, and a file or folder that cannot be opened says so."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui import printing
from familysafe.ui.background import wait_for_background
from familysafe.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def family(ctx):
    s = ctx.services
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.household.add("Mira", Role.CHILD, BirthMonth(2013, 9))
    s.planner.add_apps(s.household.get("Arun").id, ["roblox", "minecraft"])
    s.planner.log_talk([s.household.get("Arun").id], ["safe-to-tell"])
    return ctx


@pytest.fixture
def dialog(qtbot, family):
    dialog = ExportDialog(family, "plan")
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.done(0)
    wait_for_background()


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_sends_every_page_of_the_same_document(dialog, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"
    asked = []

    def ask(parent, paper, pages, title):
        asked.append((paper, pages, title))
        return pdf_printer(out)

    monkeypatch.setattr(printing, "ask_printer", ask)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printed is not None, timeout=30_000)
    paper, pages, title = asked[0]
    assert paper == "a4" and title == "Family plan" and pages >= 2
    assert dialog.printed == pages == len(PdfReader(out).pages)
    qtbot.waitUntil(dialog.preview.has_page, timeout=30_000)  # printing left the preview be
    assert dialog.print_button.isEnabled()


def test_a_page_range_prints_only_those_pages(family, tmp_path):
    source = tmp_path / "plan.pdf"
    from familysafe.services.exports import ExportOptions

    pages = family.services.exports.export_pdf(source, ExportOptions(kind="plan")).pages
    assert pages >= 2
    printer = pdf_printer(tmp_path / "out.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert printing.paint_pdf(source, printer) == 1
    assert len(PdfReader(tmp_path / "out.pdf").pages) == 1


def test_the_print_dialog_opens_on_the_document(dialog, qtbot, monkeypatch):
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append(box)
        box.reject()

    monkeypatch.setattr(
        printing, "paint_pdf", lambda *a: pytest.fail("cancelled: nothing is printed")
    )
    QTimer.singleShot(0, lambda: None)
    original = printing.ask_printer

    def ask(*args):
        QTimer.singleShot(0, answer)
        return original(*args)

    monkeypatch.setattr(printing, "ask_printer", ask)
    dialog.print_document()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert isinstance(seen[0], QPrintDialog)
    assert seen[0].windowTitle() == "Family plan"


def test_the_preview_zooms(dialog, qtbot):
    dialog.refresh_preview()
    qtbot.waitUntil(dialog.preview.has_page, timeout=20_000)
    first = dialog.preview.page_labels()[0]
    width = first.pixmap().width()
    qtbot.mouseClick(dialog.preview.zoom_in, Qt.MouseButton.LeftButton)
    assert dialog.preview.zoom == 125 and dialog.preview.zoom_label.text() == "125%"
    assert dialog.preview.page_labels()[0].pixmap().width() > width
    for _ in range(6):
        qtbot.mouseClick(dialog.preview.zoom_out, Qt.MouseButton.LeftButton)
    assert dialog.preview.zoom == 50 and not dialog.preview.zoom_out.isEnabled()
    assert dialog.preview.page_labels()[0].pixmap().width() < width


def test_a_file_no_program_opens_is_reported(dialog, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        "familysafe.ui.dialogs.export_output.QDesktopServices.openUrl", lambda url: False
    )
    dialog.save(str(tmp_path / "plan.pdf"))
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    assert dialog.error.isVisible()
    assert (
        "no program that opens it" in dialog.error.text() and str(tmp_path) in dialog.error.text()
    )


def test_a_folder_no_program_opens_is_reported(qtbot, ctx, monkeypatch):
    from familysafe.ui.pages.settings import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(
        "familysafe.ui.settings.documents.QDesktopServices.openUrl", lambda url: False
    )
    qtbot.mouseClick(page.data.open_folder, Qt.MouseButton.LeftButton)
    assert page.data.open_error.isVisible()
    assert str(ctx.services.data_dir) in page.data.open_error.text()
