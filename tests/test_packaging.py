"""An installed (non-editable) FamilySafe finds everything it ships under <prefix>/share."""

import subprocess
import tomllib
from pathlib import Path

from familysafe import paths

ROOT = Path(__file__).resolve().parent.parent


def shipped() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return config["tool"]["setuptools"]["data-files"]


def test_every_resource_file_is_in_the_wheel_data():
    """A new content folder or font must be added to pyproject's data-files, or a packaged
    FamilySafe would start without it."""
    tracked = subprocess.run(
        ["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    installed: dict[str, set[str]] = {}
    for target, patterns in shipped().items():
        for pattern in patterns:
            for file in ROOT.glob(pattern):
                installed.setdefault(file.relative_to(ROOT).as_posix(), set()).add(
                    f"{target}/{file.name}"
                )
    assert [f for f in tracked if f not in installed] == []
    for source, targets in installed.items():
        if source.startswith("resources/"):
            assert f"share/familysafe/{source}" in targets  # where paths.py looks


def test_translations_and_the_desktop_entry_are_shipped():
    data = shipped()
    assert data["share/familysafe/i18n"] == ["i18n/*.qm"]
    assert any(p.endswith(".desktop") for p in data["share/applications"])


def test_without_a_checkout_paths_look_under_the_prefix(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "_CHECKOUT", tmp_path / "site-packages")
    monkeypatch.setattr(paths.sys, "prefix", str(tmp_path / "prefix"))
    assert paths.content_dir() == tmp_path / "prefix/share/familysafe/resources/content"
    assert paths.i18n_dir() == tmp_path / "prefix/share/familysafe/i18n"
