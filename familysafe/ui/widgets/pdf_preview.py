"""Pictures of a PDF's pages, so the parent sees what they will print before saving: every page,
one under the other, with zoom (50% to 200%; Ctrl+plus and Ctrl+minus while it has focus)."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOMS = (50, 75, 100, 125, 150, 200)
QUALITY = 1.5  # pages are drawn this much larger than 100%, so zooming in stays sharp
MAX_PAGES = 40  # a preview, not the document: the rest is said in words


def render_pages(path: Path, width: int, limit: int = MAX_PAGES) -> list[bytes]:
    """The pages of ``path`` (at most ``limit``) as PNG bytes, ``width`` pixels wide. Runs on a
    worker thread, so it returns bytes, not Qt pixmaps."""
    import pypdfium2  # loaded only when previewing

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        pictures = []
        for index in range(min(len(pdf), limit)):
            page = pdf[index]
            image = page.render(scale=width / page.get_width()).to_pil()
            out = io.BytesIO()
            image.save(out, format="PNG")
            pictures.append(out.getvalue())
        return pictures
    finally:
        pdf.close()


def render_first_page(path: Path, width: int) -> bytes:
    return render_pages(path, width, 1)[0]


class PdfPreview(QWidget):
    def __init__(self, width: int = 420, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_width = width
        self.zoom = 100
        self._images: list[QImage] = []
        self.setMinimumWidth(300)
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        self.zoom_label = QLabel()
        self.zoom_out.clicked.connect(lambda: self.step(-1))
        self.zoom_in.clicked.connect(lambda: self.step(1))
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addStretch(1)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in)
        self.pages_area = QScrollArea()
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setAccessibleName(self.tr("Preview of the pages"))
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.column.addWidget(self.message)
        self.pages_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.pages_area, 1)
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        self._labels: list[QLabel] = []
        self._show_zoom()

    # What is shown -----------------------------------------------------------------------------

    def show_pages(self, pngs: list[bytes]) -> None:
        # PySide6 6.11 stub bug: it types the format as bytes, but only a str is accepted.
        self._images = [QImage.fromData(png, "PNG") for png in pngs]  # type: ignore[arg-type]
        self.message.hide()
        self._draw()

    def show_png(self, png: bytes) -> None:
        self.show_pages([png])

    def show_message(self, text: str) -> None:
        self._images = []
        self._draw()
        self.message.setText(text)
        self.message.show()

    def has_page(self) -> bool:
        return bool(self._images)

    def page_count(self) -> int:
        return len(self._images)

    def page_labels(self) -> list[QLabel]:
        return list(self._labels)

    # Zoom --------------------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        index = ZOOMS.index(self.zoom) + direction
        if 0 <= index < len(ZOOMS):
            self.set_zoom(ZOOMS[index])

    def set_zoom(self, percent: int) -> None:
        self.zoom = percent
        self._show_zoom()
        self._draw()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("{percent}%").format(percent=self.zoom))
        self.zoom_out.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in.setEnabled(self.zoom < ZOOMS[-1])

    def _draw(self) -> None:
        for label in self._labels:
            label.setParent(None)
            label.deleteLater()
        self._labels = []
        ratio = self.devicePixelRatioF()  # sharp on scaled screens: drawn in device pixels
        width = round(self.base_width * self.zoom / 100 * ratio)
        for number, image in enumerate(self._images, 1):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.Box)
            picture = QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
            picture.setDevicePixelRatio(ratio)
            label.setPixmap(picture)
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            self.column.addWidget(label)
            self._labels.append(label)
