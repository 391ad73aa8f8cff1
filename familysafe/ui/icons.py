"""Icons shipped in resources/icons, drawn in the palette's colours.

Our own line icons (``resources/icons/ui``) and feature icons are SVG drawn with one ink; they are
rendered in the text colour of the palette in use, so they read in light and dark palettes alike,
and mirrored in right-to-left languages when they point (speech bubbles' tails). Each is read
and rendered once per colour and size, when first shown (nothing at import; the Qt classes that
draw are made then too, after the window's first paint, not at start-up).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from familysafe import paths
from familysafe.about import APP_ID
from familysafe.ui import theme
from familysafe.ui.qt_enums import ALIGN_CENTER, solid_brush

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

TRANSPARENT = QColor(0, 0, 0, 0)

# Icons that point one way: mirrored when the window reads right to left.
DIRECTIONAL = frozenset({"topics", "empty-today"})
ACCENT = "#fa11ed"  # stands for the accent colour in the illustrations


def feature_icon_path(name: str) -> str:
    return str(paths.icons_dir() / "features" / f"{name}.svg")


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    return QIcon(str(paths.icons_dir() / f"{APP_ID}.svg"))


@cache
def _svg(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


@lru_cache(maxsize=256)
def _image(path: str, ink: str, accent: str, size: int, mirrored: bool) -> QImage:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer  # only when a first icon is drawn

    text = _svg(path).replace("currentColor", ink).replace(ACCENT, accent)
    text = re.sub(r'stroke="#[0-9a-fA-F]{6}"', f'stroke="{ink}"', text, count=1)
    renderer = QSvgRenderer(QByteArray(text.encode()))
    ratio = renderer.defaultSize().height() / max(1, renderer.defaultSize().width())
    image = transparent_image(size, round(size * ratio))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    if not mirrored:
        return image
    from PySide6.QtCore import Qt  # not before the first paint (qt_enums)

    return image.flipped(Qt.Orientation.Horizontal)


def transparent_image(width: int, height: int) -> QImage:
    """A clear image to draw on (made from zero bytes: ``QImage.fill`` makes PySide6 build
    ``Qt``, see qt_enums)."""
    from PySide6.QtGui import QImage

    blank = bytes(width * height * 4)
    return QImage(blank, width, height, QImage.Format.Format_ARGB32_Premultiplied).copy()


def _scale() -> float:
    """Device pixels per pixel (2 on a high-density screen): icons are drawn sharp for it."""
    app = QApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QApplication) else 1.0


def _mirrored(name: str) -> bool:
    return name in DIRECTIONAL and QApplication.isRightToLeft()


def _pixmap(
    path: str, name: str, color: QColor, size: int, accent: QColor | None = None
) -> QPixmap:
    from PySide6.QtGui import QPixmap

    scale = _scale()
    image = _image(
        path,
        color.name(),
        (accent or color).name(),
        round(size * scale),
        _mirrored(name),
    )
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def line_icon(name: str, palette: QPalette | None = None, size: int = 24) -> QIcon:
    """One of our line icons (``resources/icons/ui/NAME.svg``) in the palette's text colour, and
    in its highlighted text colour on a chosen row."""
    from PySide6.QtGui import QIcon

    palette = palette or QApplication.palette()
    path = str(paths.icons_dir() / "ui" / f"{name}.svg")
    icon = QIcon()
    text = palette.color(QPalette.ColorRole.Text)
    chosen = palette.color(QPalette.ColorRole.HighlightedText)
    icon.addPixmap(_pixmap(path, name, text, size), QIcon.Mode.Normal)
    icon.addPixmap(_pixmap(path, name, chosen, size), QIcon.Mode.Selected)
    return icon


def illustration(name: str, palette: QPalette, size: int) -> QPixmap:
    """A larger drawing for a page with nothing on it yet, in the text and highlight colours."""
    path = str(paths.icons_dir() / "ui" / f"{name}.svg")
    ink = palette.color(QPalette.ColorRole.WindowText)
    return _pixmap(path, name, ink, size, palette.color(QPalette.ColorRole.Highlight))


def feature_icon(name: str, palette: QPalette | None = None, size: int = 18) -> QIcon:
    """A feature's icon (live-streaming, voice chat…) in the palette's text colour."""
    from PySide6.QtGui import QIcon

    palette = palette or QApplication.palette()
    color = palette.color(QPalette.ColorRole.Text)
    return QIcon(_pixmap(feature_icon_path(name), name, color, size))


def feature_image(name: str, palette: QPalette, size: int) -> QImage:
    """The same, as an image for a rich-text view."""
    color = palette.color(QPalette.ColorRole.Text).name()
    return _image(feature_icon_path(name), color, color, size, False)


def avatar(member_id: int, name: str, palette: QPalette, size: int) -> QPixmap:
    """A disc in the child's colour (from their id) with the first letter of their name."""
    from PySide6.QtGui import QPainter, QPixmap

    fill, ink = theme.avatar_colors(member_id, palette)
    scale = _scale()
    pixmap = QPixmap(round(size * scale), round(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(TRANSPARENT)
    painter = QPainter(pixmap)
    painter.setFont(avatar_font(QApplication.font(), size))
    painter.setPen(ink)
    paint_avatar(painter, size, fill, name)
    painter.end()
    return pixmap


def avatar_font(font: QFont, size: int) -> QFont:
    """The initial's font on a disc ``size`` pixels across: ``font``, bold, half as tall."""
    font = QFont(font)
    font.setBold(True)
    font.setPixelSize(max(8, round(size * 0.5)))
    return font


def paint_avatar(painter: QPainter, size: int, fill: QColor, name: str) -> None:
    """The disc in ``fill`` and the initial on it, in the painter's pen and font."""
    from PySide6.QtGui import QPainter, QPainterPath

    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QPainterPath()
    disc.addEllipse(QRectF(0, 0, size, size))
    painter.fillPath(disc, solid_brush(fill))  # no outline
    painter.drawText(QRectF(0, 0, size, size), ALIGN_CENTER, initial(name))


def initial(name: str) -> str:
    """The first letter of a name (a whole character, whatever the script), as a capital."""
    stripped = name.strip()
    return stripped[:1].upper() if stripped else "?"
