"""A built FamilySafe is complete wherever it is installed, and its desktop metadata is valid.

The wheel test builds a real wheel from this checkout (compiling the translations, as a wheel
from a clean clone must), installs it into a fresh venv and into a plain folder (as
`pip install --user` or `--target` would), and runs it from another folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from familysafe import paths
from familysafe.about import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "packaging/linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging/linux" / f"{APP_ID}.metainfo.xml"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: the dev venv already holds the build requirements (setuptools and
    # PySide6's lrelease), so the test needs no download.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "--disable-pip-version-check", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    (found,) = out.glob("familysafe-*.whl")
    return found


def test_the_wheel_carries_content_fonts_icons_licences_and_compiled_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    ts = sorted(p.stem for p in (ROOT / "i18n").glob("*.ts"))
    assert ts and all(f"familysafe/_data/i18n/{stem}.qm" in names for stem in ts)
    tracked = subprocess.run(
        ["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert [f for f in tracked if f"familysafe/_data/{f}" not in names] == []
    assert "familysafe/store/migrations/0001_initial.sql" in names or any(
        n.startswith("familysafe/store/migrations/") for n in names
    )
    licences = {n.rsplit("/", 1)[-1] for n in names if ".dist-info/licenses/" in n}
    assert {"LICENSE", "THIRD-PARTY.md", "OFL.txt", "LICENSE-Apache-2.0.txt"} <= licences
    data = {n.split(".data/data/", 1)[1] for n in names if ".data/data/" in n}
    assert f"share/applications/{APP_ID}.desktop" in data
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in data
    assert f"share/icons/hicolor/scalable/apps/{APP_ID}.svg" in data
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: GPL-3.0-or-later" in text
    assert f"Version: {__version__}" in text
    entry_points = zipfile.ZipFile(wheel).read(metadata.replace("METADATA", "entry_points.txt"))
    assert b"[gui_scripts]" in entry_points and b"[console_scripts]" in entry_points


def _site_packages(venv: Path) -> Path:
    rel = Path(sysconfig.get_path("purelib")).relative_to(sys.prefix)
    return venv / rel


def _run(python: Path, *args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(python), "-m", "familysafe", *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAMILYSAFE_", "PYTHON"))}
    env.update(FAMILYSAFE_DATA_DIR=str(tmp_path / "data"), FAMILYSAFE_LANG="en", **extra)
    return env


def _assert_complete(python: Path, cwd: Path, env: dict[str, str], inside: Path) -> None:
    en = _run(python, "topic", "list", "--json", cwd=cwd, env=env)
    assert en.returncode == 0, en.stderr
    assert len(json.loads(en.stdout)) >= 60  # every topic, not an empty table
    spanish = {**env, "FAMILYSAFE_LANG": "es"}
    es = _run(python, "topic", "list", cwd=cwd, env=spanish)
    assert es.returncode == 0, es.stderr
    assert "Ajustes de privacidad" in es.stdout  # Spanish content
    added = _run(python, "member", "add", "Arun", "--born", "2017-03", cwd=cwd, env=spanish)
    assert added.stdout.startswith("Se ha añadido a Arun"), added  # the compiled Spanish .qm
    where = subprocess.run(
        [str(python), "-c", "import familysafe; print(familysafe.__file__)"],
        cwd=cwd, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(where).resolve().is_relative_to(inside.resolve())


def test_installed_in_a_fresh_venv_it_finds_everything_from_another_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = _site_packages(venv)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check",
         "--target", str(site), str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    # The dependencies come from the test's own venv, behind the new one (no download).
    (site / "zz-deps.pth").write_text(str(_site_packages(Path(sys.prefix))) + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _assert_complete(python, elsewhere, _clean_env(tmp_path), venv)


def test_installed_into_a_plain_folder_it_finds_everything(wheel, tmp_path):
    """As with `pip install --user` or `--target`: no <prefix>/share to look in."""
    target = tmp_path / "userbase"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check",
         "--target", str(target), str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env(tmp_path, PYTHONPATH=str(target), PYTHONNOUSERSITE="1")
    _assert_complete(Path(sys.executable), elsewhere, env, target)


def test_a_checkout_reads_the_top_level_folders():
    assert paths.content_dir() == ROOT / "resources" / "content"
    assert paths.i18n_dir() == ROOT / "i18n"


def test_a_built_package_reads_its_own_data_first(monkeypatch, tmp_path):
    package = tmp_path / "site-packages" / "familysafe"
    (package / "_data" / "resources" / "content").mkdir(parents=True)
    (package / "_data" / "i18n").mkdir()
    monkeypatch.setattr(paths, "_PACKAGE", package)
    monkeypatch.setattr(paths, "_CHECKOUT", tmp_path / "site-packages")
    assert paths.content_dir() == package / "_data" / "resources" / "content"
    assert paths.i18n_dir() == package / "_data" / "i18n"


def test_the_desktop_entry_is_valid():
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (scripts/dev.sh test installs it)")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    text = DESKTOP.read_text()
    assert "StartupWMClass=" in text and "Keywords=" in text and "Comment[es]=" in text


def test_the_appstream_metainfo_is_valid_and_matches_the_version():
    validate = shutil.which("appstreamcli")
    if validate is None:
        pytest.skip("appstreamcli is not installed (scripts/dev.sh test installs it)")
    result = subprocess.run(
        [validate, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert not re.search(r"^[EW]:", result.stdout, re.M), result.stdout
    text = METAINFO.read_text()
    assert f'<release version="{__version__}"' in text
    assert f"<id>{APP_ID}</id>" in text and 'content_rating type="oars-1.1"' in text


def test_the_project_metadata_has_a_licence_classifiers_and_a_window_entry():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert (ROOT / "LICENSE").read_text().startswith(" " * 20 + "GNU GENERAL PUBLIC LICENSE")
    assert any("Qt" in c for c in project["classifiers"])
    assert project["gui-scripts"]["familysafe-window"] == project["scripts"]["familysafe"]
    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "data-files"
    ]
    for patterns in data_files.values():
        for pattern in patterns:
            assert list(ROOT.glob(pattern)), pattern
