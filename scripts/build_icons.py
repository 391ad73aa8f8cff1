"""Render the app icon (resources/icons/org.familysafe.FamilySafe.svg) to the PNG sizes desktops
and installers want: packaging/linux/icons/NxN/org.familysafe.FamilySafe.png, and a Windows .ico.

Run after changing the SVG: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources/icons/org.familysafe.FamilySafe.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        out = ROOT / f"packaging/linux/icons/{size}x{size}/org.familysafe.FamilySafe.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(out), "PNG")
    ico = ROOT / "packaging/windows/familysafe.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    render(renderer, 256).save(str(ico), "ICO")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
