"""Render every page of the sample family to docs/screenshots/*.png, for the README.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--lang en_GB]

Runs without a display (Qt's offscreen platform) on a fixed date, so the pictures only change
when the app does. Besides one picture per page it keeps the Today page in a dark palette and at
150% text, the two ways it must stay readable. Uses a temporary data folder; nothing of yours is
read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DAY = date(2026, 11, 23)
SIZE = (1100, 760)
PAGES = ("today", "family", "topics", "apps", "agreement", "settings")


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.AlternateBase, "#323336"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#3c4043"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
        (QPalette.ColorRole.ToolTipBase, "#3c4043"),
        (QPalette.ColorRole.ToolTipText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def _window(ctx):
    from familysafe.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    return window


def _save(app, window, path: Path) -> None:
    for _ in range(5):  # layouts settle over a few passes of the event loop
        app.processEvents()
    window.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en_GB")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from familysafe.core.clock import FixedClock
    from familysafe.services import demo, open_services
    from familysafe.ui.appearance import apply_text_size
    from familysafe.ui.context import AppContext
    from familysafe.ui.translators import install_translators, user_locale

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look wherever the script runs
    install_translators(user_locale(args.lang))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="familysafe-screenshots-") as folder:
        services = open_services(Path(folder), FixedClock.on(DAY))
        demo.seed(services)
        ctx = AppContext(services, demo=True)
        window = _window(ctx)
        for index, name in enumerate(PAGES):
            window.show_page(index)
            _save(app, window, args.out / f"{name}.png")
        window.close()

        light = app.palette()
        app.setPalette(dark_palette())
        window = _window(ctx)
        _save(app, window, args.out / "today-dark.png")
        window.close()
        app.setPalette(light)

        apply_text_size(150)
        window = _window(ctx)
        _save(app, window, args.out / "today-150.png")
        window.close()
        apply_text_size(100)
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
