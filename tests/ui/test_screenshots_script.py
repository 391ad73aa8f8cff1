"""scripts/screenshots.py keeps working: it renders every page of the sample family."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def test_every_page_is_rendered_to_a_png(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path)], env=env, check=True, timeout=300
    )
    names = sorted(p.stem for p in tmp_path.glob("*.png"))
    assert names == sorted(
        ["today", "family", "topics", "apps", "agreement", "settings", "today-dark", "today-150"]
    )
    today = QImage(str(tmp_path / "today.png"))
    assert today.width() >= 1000 and today.height() >= 700
    dark = QImage(str(tmp_path / "today-dark.png"))
    assert dark.pixelColor(dark.width() - 5, dark.height() // 2).lightness() < 100
