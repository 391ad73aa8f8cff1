"""Opening the window does only what its first page needs (issue 15, goals 3 and 5): the window
is started for real in a fresh process, on a family with something due, and the modules loaded
by the time it has painted are listed. The other pages, the documents, the calendar, PDF
viewing and printing load when they are used, never at start-up."""

import json
import os
import subprocess
import sys

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.services import open_services
from familysafe.ui.window_fit import TITLE_BAR

CHILD = """
import json, sys
from familysafe.main import main
main(["--data-dir", sys.argv[1], "--quit-after-paint"])
print(json.dumps(sorted(sys.modules)))
"""

NEVER_AT_START = (
    "reportlab",
    "icalendar",
    "pypdf",
    "pypdfium2",
    "uharfbuzz",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "familysafe.export",
    "familysafe.services.exports",
    "familysafe.services.calendar",
    "familysafe.services.agreement",
    "familysafe.ui.pages.family",
    "familysafe.ui.pages.topics",
    "familysafe.ui.pages.apps",
    "familysafe.ui.pages.agreement",
    "familysafe.ui.pages.settings",
    "familysafe.ui.dialogs.export_dialog",
    "familysafe.ui.dialogs.get_help",
    "familysafe.cli.members",
    "familysafe.cli.planner",
    "familysafe.cli.export",
    "_hashlib",  # OpenSSL: 3 MiB of memory for two names (Qt's own SHA-256 serves instead)
    "familysafe.ui.dialogs.log_talk",
    "babel",  # dates are written with Qt's locale data in the window (20 ms, 6 MiB)
)


def run_child(script: str, data_dir, tmp_path):
    """Run ``script`` on ``data_dir`` in a fresh Python, offscreen; what its last line printed
    (JSON)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FAMILYSAFE_LANG": "en",
        "FAMILYSAFE_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def start_window(data_dir, tmp_path) -> list[str]:
    return run_child(CHILD, data_dir, tmp_path)


def test_the_window_starts_without_the_other_pages_documents_or_printing(tmp_path, clock):
    data = tmp_path / "data"
    with open_services(data, clock) as s:
        arun = s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
        s.planner.add_apps(arun.id, ["roblox"])
        s.settings.mark_welcomed()
    start_window(data, tmp_path)  # the first start also compiles the content cache
    loaded = start_window(data, tmp_path)
    assert "familysafe.ui.pages.today" in loaded  # it did open the window
    early = [m for m in loaded if m.startswith(NEVER_AT_START)]
    assert early == []


# At the first paint: which of Qt's classes PySide6 has made (it makes each when first used).
AT_PAINT = """
import json, sys
from PySide6 import QtCore, QtGui, QtWidgets
import familysafe.ui.first_paint as first_paint
made = {}
def mark(name):
    if name == "first-paint" and not made:
        made.update({m.__name__: sorted(vars(m)) for m in (QtCore, QtGui, QtWidgets)})
        shown = [w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()]
        area = shown[0].screen().availableGeometry()
        made["sizes"] = [shown[0].width(), shown[0].height(), area.width(), area.height()]
first_paint.mark = mark
from familysafe.main import main
main(["--data-dir", sys.argv[1], "--quit-after-paint"])
print(json.dumps(made))
"""


def test_qt_classes_the_window_does_not_use_are_not_made_before_its_first_paint(tmp_path, clock):
    """An event filter on the whole application before the first paint is handed an object of
    one of Qt's private classes, and PySide6 then makes every class of QtCore, QtGui and
    QtWidgets with its enums (about 40 ms and 5 MiB): the filters wait for the first paint, and
    the window fits its screen all the same (800x600 here, smaller than the window's 1100x720)."""
    data = tmp_path / "data"
    with open_services(data, clock) as s:
        s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
        s.settings.mark_welcomed()
    made = run_child(AT_PAINT, data, tmp_path)
    assert "QMainWindow" in made["PySide6.QtWidgets"]  # it did paint the window
    unused = {
        "PySide6.QtWidgets": "QWizard",
        "PySide6.QtCore": "QProcess",
        "PySide6.QtGui": "QPdfWriter",
    }
    assert [name for module, name in unused.items() if name in made[module]] == []
    # Nor ``Qt`` (95 enums, about 30 ms: see familysafe/ui/qt_enums.py) nor QStyle (12 ms).
    assert "Qt" not in made["PySide6.QtCore"]
    assert "QStyle" not in made["PySide6.QtWidgets"]
    width, height, screen_width, screen_height = made["sizes"]
    assert width <= screen_width and height + TITLE_BAR <= screen_height
