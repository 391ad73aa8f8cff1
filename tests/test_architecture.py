"""The floors below ui/ never load Qt, and start-up stays light."""

import subprocess
import sys

BELOW_UI = [
    "familysafe.core",
    "familysafe.store",
    "familysafe.content",
    "familysafe.export",
    "familysafe.services",
    "familysafe.system",
    "familysafe.paths",
    "familysafe.words",
]


def run_python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout


def test_nothing_below_ui_imports_pyside6():
    code = f"""
import importlib, pkgutil, sys
for name in {BELOW_UI!r}:
    module = importlib.import_module(name)
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
        importlib.import_module(info.name)
print(sorted(m for m in sys.modules if m.startswith("PySide6")))
"""
    assert run_python(code).strip() == "[]"


def test_window_start_up_does_not_load_reportlab_or_content():
    code = """
import sys
import familysafe.ui.main_window, familysafe.ui.app
print(sorted(m for m in sys.modules
             if m.split('.')[0] in ('reportlab', 'icalendar', 'tomllib', 'uharfbuzz', 'pypdfium2')))
"""
    assert run_python(code).strip() == "[]"
