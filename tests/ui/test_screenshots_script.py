"""scripts/screenshots.py keeps working: the README's few pictures, and the full set (every page,
each tab of a child's page, the empty pages and every dialog) for each look asked for."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def run(*args: str) -> None:
    subprocess.run([sys.executable, str(SCRIPT), *args], env=ENV, check=True, timeout=600)


def test_the_readme_pictures(tmp_path):
    run("--readme", "--out", str(tmp_path))
    names = sorted(p.stem for p in tmp_path.glob("*.png"))
    assert names == sorted(
        ["today", "family", "topics", "apps", "agreement", "settings", "today-dark", "today-150"]
    )
    today = QImage(str(tmp_path / "today.png"))
    assert today.width() >= 1000 and today.height() >= 700
    dark = QImage(str(tmp_path / "today-dark.png"))
    assert dark.pixelColor(dark.width() - 5, dark.height() // 2).lightness() < 100


def test_every_page_and_dialog_in_a_dark_palette_at_150_percent(tmp_path):
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import screenshots
    finally:
        sys.path.remove(str(SCRIPT.parent))
    run("--out", str(tmp_path), "--variants", "dark-150")
    names = {p.stem for p in (tmp_path / "dark-150").glob("*.png")}
    pages = {*screenshots.PAGES, "family-apps", "family-talks", "today-empty", "family-empty"}
    assert pages <= names
    dialogs = {n for n in names if n.startswith("dialog-")}
    assert len(dialogs) == 13 and "dialog-welcome" in dialogs and "dialog-get-help" in dialogs
    for name in names:
        image = QImage(str(tmp_path / "dark-150" / f"{name}.png"))
        assert image.pixelColor(2, image.height() - 3).lightness() < 100, name  # dark
