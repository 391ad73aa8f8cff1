"""Build hook: a wheel carries FamilySafe's resources and compiled translations in the package.

`resources/` (content, fonts, icons) and `i18n/*.ts` stay the sources at the top of the
repository. Building a wheel copies the resources to `familysafe/_data/resources` and compiles
every `.ts` with Qt's `lrelease` to `familysafe/_data/i18n/*.qm`, so a wheel from a clean clone is
complete and `familysafe.paths` finds everything the same way in a venv, `pip install --user`,
pipx or a PyInstaller bundle. An editable install reads the checkout's folders instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> list[str]:
    """Qt's lrelease as shipped inside PySide6 (a build requirement)."""
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if binary.exists():
        return [str(binary)]
    tool = shutil.which("pyside6-lrelease")
    if tool:
        return [tool]
    raise SystemExit("familysafe build: Qt's lrelease was not found; install PySide6-Essentials")


def compile_translations(out: Path) -> list[Path]:
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    if not sources:
        raise SystemExit("familysafe build: no translations in i18n/*.ts")
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sources:
        qm = out / f"{ts.stem}.qm"
        subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise SystemExit(f"familysafe build: lrelease wrote nothing for {ts.name}")
        compiled.append(qm)
    return compiled


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "familysafe" / "_data"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target / "resources")
        compile_translations(target / "i18n")


setup(cmdclass={"build_py": BuildWithResources})
