"""Icons shipped in resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from familysafe import paths
from familysafe.about import APP_ID


def feature_icon_path(name: str) -> str:
    return str(paths.icons_dir() / "features" / f"{name}.svg")


def feature_icon(name: str) -> QIcon:
    return QIcon(feature_icon_path(name))


def app_icon() -> QIcon:
    return QIcon(str(paths.icons_dir() / f"{APP_ID}.svg"))
