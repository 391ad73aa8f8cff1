"""A picture of a PDF's first page, so the parent sees what they will print before saving."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget


def render_first_page(path: Path, width: int) -> bytes:
    """The first page of ``path`` as PNG bytes, ``width`` pixels wide. Runs on a worker thread,
    so it returns bytes, not a Qt pixmap."""
    import pypdfium2  # loaded only when previewing

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        page = pdf[0]
        scale = width / page.get_width()
        image = page.render(scale=scale).to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    finally:
        pdf.close()


class PdfPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(360)
        self.setAccessibleName(self.tr("Preview of the first page"))
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self.page)

    def show_png(self, png: bytes) -> None:
        image = QImage.fromData(png, "PNG")
        self.page.setPixmap(QPixmap.fromImage(image))

    def show_message(self, text: str) -> None:
        self.page.setPixmap(QPixmap())
        self.page.setWordWrap(True)
        self.page.setText(text)

    def has_page(self) -> bool:
        return not self.page.pixmap().isNull()
