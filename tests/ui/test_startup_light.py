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
)


def start_window(data_dir, tmp_path) -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FAMILYSAFE_LANG": "en",
        "FAMILYSAFE_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


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
