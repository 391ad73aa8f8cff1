"""Every folder FamilySafe uses, in one place.

The data folder follows the platform's conventions and can be overridden with ``--data-dir`` or
``FAMILYSAFE_DATA_DIR``. It is created private (0700): it holds children's data.
"""

from __future__ import annotations

import os
from pathlib import Path

from familysafe.about import APP_NAME

DATA_DIR_ENV = "FAMILYSAFE_DATA_DIR"
DATABASE_NAME = "familysafe.db"

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the explicit override, else the environment, else the platform's."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by its owner only. A folder that exists already is
    left exactly as it is: FamilySafe never changes the permissions of a folder it did not
    create (a shared folder may need its own, such as the sticky bit)."""
    if path.is_dir():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:  # made by someone else in the meantime: theirs
        return path
    if os.name == "posix":
        os.chmod(path, 0o700)  # whatever the umask says
    return path


def readable_by_others(path: Path) -> bool:
    """Whether people other than the owner can list or read ``path`` (POSIX permissions)."""
    if os.name != "posix":
        return False
    return bool(os.stat(path).st_mode & 0o044)


def _bundled(folder: str) -> Path:
    """A folder FamilySafe ships (``resources`` or ``i18n``), found the same way in every install.

    A built wheel, and so a venv, ``pip install --user``, pipx or a PyInstaller bundle, carries it
    inside the package as ``familysafe/_data/<folder>`` (see setup.py); a checkout or an editable
    install reads the top-level folder of the repository.
    """
    packaged = _PACKAGE / "_data" / folder
    if packaged.is_dir():
        return packaged
    return _CHECKOUT / folder


def resources_dir() -> Path:
    return _bundled("resources")


def content_dir() -> Path:
    return resources_dir() / "content"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def i18n_dir() -> Path:
    return _bundled("i18n")
