"""The content library, kept compiled between runs so a command does not parse 130-odd TOML files.

The cache is a pickle of the validated ``Library`` in the user's cache folder, one per language,
named for the FamilySafe version. It is used only when its key matches: a digest of the version,
the Python version, the language, and the path and bytes of every content file that language reads
and of the modules that build and hold the library. Any changed byte rebuilds it (sizes and times
are not trusted), another version never reads it; a file that cannot be
read, is not ours, is writable by others, or fails to load is ignored and rebuilt. It is written
atomically and readable by its owner only, like everything FamilySafe writes.
"""

from __future__ import annotations

import functools
import os
import pickle
import sys
from pathlib import Path

from familysafe import paths
from familysafe.about import APP_NAME, __version__
from familysafe.content import overlay_names
from familysafe.core.library import Library

try:  # BLAKE2 is built into CPython: importing hashlib would load OpenSSL (3 MiB) for this alone
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (a Python built without it)
    from hashlib import blake2b

CACHE_ENV = "FAMILYSAFE_CACHE_DIR"
_KEY_LENGTH = 4  # bytes of the key's length (big-endian), then the key, head the file
# The code whose changes would make an old pickle wrong: what builds the library and what it holds.
_CODE = (Path(__file__).parent, Path(__file__).parent.parent / "core")


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def cache_key(root: Path, language: str | None) -> bytes:
    """What the cached library was built from, by content: any changed byte of a content file
    the language uses (or of the code that builds and holds the library), a file added or
    removed, another version of FamilySafe or of Python gives another key. Sizes and times are
    not trusted: a file can change and keep both (an edit within the clock's step, a copy or an
    unpacked archive that keeps them)."""
    digest = blake2b(f"{__version__}\0{sys.version}\0{language}\0{root}\0".encode())
    other_languages = _other_languages(root, language)
    for folder, suffix in ((root, ".toml"), *((c, ".py") for c in _CODE)):
        for path in sorted(_files(str(folder), suffix, other_languages)):
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                data = b"\0unreadable"  # the loader will say what is wrong with it
            digest.update(f"{path}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.digest()


def _other_languages(root: Path, language: str | None) -> frozenset[str]:
    """The translation folders ``language`` does not read: their files are not part of its key."""
    keep = {str(root / "locales" / name) for name in overlay_names(language)}
    try:
        folders = {entry.path for entry in os.scandir(root / "locales") if entry.is_dir()}
    except OSError:
        return frozenset()
    return frozenset(folders - keep)


def _files(folder: str, suffix: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Every file under ``folder`` whose name ends with ``suffix``, but for the folders in
    ``skip``."""
    found: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.path not in skip:
                found += _files(entry.path, suffix, skip)
        elif entry.name.endswith(suffix):
            found.append(entry.path)
    return found


def cache_file(language: str | None) -> Path:
    return cache_dir() / f"content-{__version__}-{language or 'en'}.pickle"


def read_cached(path: Path, key: bytes) -> Library | None:
    """The library in ``path`` if it was built from ``key`` and is safe to load, else None."""
    try:
        with path.open("rb") as f:
            stat = os.fstat(f.fileno())
            if os.name == "posix" and (stat.st_uid != os.getuid() or stat.st_mode & 0o022):
                return None  # another user's, or one anybody could have written
            if int.from_bytes(f.read(_KEY_LENGTH), "big") != len(key) or f.read(len(key)) != key:
                return None
            library = pickle.load(f)
    except Exception:  # missing, unreadable or damaged: build it again
        return None
    return library if isinstance(library, Library) else None


def write_cached(path: Path, key: bytes, library: Library) -> None:
    from familysafe.files import atomic_write

    try:
        paths.ensure_private_dir(path.parent)
        head = len(key).to_bytes(_KEY_LENGTH, "big") + key
        atomic_write(path, head + pickle.dumps(library, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError):
        pass  # a read-only or full disk: the next run parses the files again


@functools.lru_cache(maxsize=4)
def library(language: str | None = None) -> Library:
    """The shipped library in ``language``, from the cache when it is current."""
    root = paths.content_dir()
    key = cache_key(root, language)
    path = cache_file(language)
    cached = read_cached(path, key)
    if cached is not None:
        return cached
    from familysafe.content.loader import load_library

    built = load_library(root, language)
    write_cached(path, key, built)
    return built
