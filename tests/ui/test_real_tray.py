"""The tray icon in a real tray: Xvfb with Debian's ``trayer`` as the tray host.

Offscreen Qt has no tray, so this runs FamilySafe in a child process on a private X display.
``scripts/dev.sh test`` installs Xvfb and trayer when it can (as root); without them it skips.
"""

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("trayer")), reason="needs Xvfb and trayer"
)

CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.services import open_services
from familysafe.ui.context import AppContext
from familysafe.ui.desktop import Desktop

app = QApplication(sys.argv[:1])
services = open_services(sys.argv[1])
services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
desktop = Desktop(AppContext(services))
desktop.start(in_tray=True)

def report():
    tray = desktop.tray
    print(json.dumps({
        "available": QSystemTrayIcon.isSystemTrayAvailable(),
        "visible": bool(tray and tray.isVisible()),
        "embedded": bool(tray and not tray.geometry().isEmpty()),
        "window_shown": desktop.window.isVisible(),
        "menu": [a.text() for a in tray.contextMenu().actions() if a.text()] if tray else [],
    }))
    app.quit()

QTimer.singleShot(2500, report)
app.exec()
"""


@pytest.fixture
def display():
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    name = ":" + xvfb.stdout.readline().decode().strip()
    env = {**os.environ, "DISPLAY": name}
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--width", "10", "--height", "24"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    yield env
    tray.terminate()
    xvfb.terminate()
    tray.wait(5)
    xvfb.wait(5)


def test_started_at_login_it_sits_in_the_tray_with_its_menu(display, tmp_path):
    env = {**display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["available"] and seen["visible"] and seen["embedded"]
    assert not seen["window_shown"]
    assert seen["menu"] == ["&Open FamilySafe", "&Due today", "&Log a talk…", "&Quit"]
