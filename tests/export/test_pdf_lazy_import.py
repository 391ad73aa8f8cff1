"""reportlab is loaded only by code that writes a PDF, never by importing the export package."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(statement: str) -> list[str]:
    code = f"""
import sys
{statement}
print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'uharfbuzz', 'pypdf')))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return eval(out.stdout)  # a printed list of module names


def test_the_export_package_and_atomic_files_do_not_load_reportlab():
    assert _loaded_after("import familysafe.export, familysafe.files") == []


def test_the_pdf_engine_loads_it_when_asked():
    loaded = _loaded_after("import familysafe.export.pdf")
    assert "reportlab" in loaded
    assert "uharfbuzz" in loaded
