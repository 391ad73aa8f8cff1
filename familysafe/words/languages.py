"""Which language and locale to use, without Qt: the family's choice, ``FAMILYSAFE_LANG`` for one
run, else the computer's.

A locale is a name such as ``es``, ``es_ES`` or ``en_GB`` (language, then region).
"""

from __future__ import annotations

import os
import sys

from familysafe import paths

LANGUAGE_ENV = "FAMILYSAFE_LANG"
DEFAULT_LOCALE = "en_US"


def normalise(name: str) -> str:
    """``en_GB.UTF-8@euro`` or ``en-GB`` -> ``en_GB``; the C and POSIX locales -> ''."""
    name = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    return "" if name in ("C", "POSIX") else name


def system_locale() -> str:
    """The computer's locale: the environment's (as gettext reads it), else Windows' own
    setting, else US English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        name = normalise(os.environ.get(variable, ""))
        if name:
            return name
    if sys.platform == "win32":
        name = _windows_locale()
        if name:
            return name
    return DEFAULT_LOCALE


def _windows_locale() -> str:
    try:
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):  # type: ignore[attr-defined]
            return normalise(buffer.value)
    except (AttributeError, OSError):
        pass
    return ""


def user_locale(language: str | None = None) -> str:
    """The locale to use: an explicit language (setting or environment), else the system's."""
    return normalise(language or os.environ.get(LANGUAGE_ENV, "")) or system_locale()


def chosen_language(setting: str | None) -> str | None:
    """The language to use when the family chose ``setting`` in Settings: ``FAMILYSAFE_LANG``
    still wins (it is a choice for this one run), and None means the system's."""
    return os.environ.get(LANGUAGE_ENV) or setting or None


def language_of(locale: str) -> str:
    """``es_ES`` -> ``es``."""
    return normalise(locale).split("_")[0] or "en"


# The pseudo-locale for development (``FAMILYSAFE_LANG=pseudo``): every sentence accented, longer
# and bracketed, built from the sources by scripts/pseudo-translation.py; never offered in Settings.
PSEUDO = "pseudo"

# Each language in its own name, as the chooser in Settings lists it. A language not named here
# is named by CLDR (babel) in its own words.
NATIVE_NAMES = {
    "ar": "العربية",
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pl": "Polski",
    "zh_CN": "简体中文",
}


def available_languages() -> list[str]:
    """The languages FamilySafe ships, plus English (the source language): one for each
    translation source ``i18n/familysafe_<lang>.ts`` in a checkout, or compiled ``.qm`` in an
    installed copy. Adding a ``.ts`` adds the language."""
    found = {"en"}
    folder = paths.i18n_dir()
    if folder.is_dir():
        for file in (*folder.glob("familysafe_*.ts"), *folder.glob("familysafe_*.qm")):
            found.add(file.stem.removeprefix("familysafe_"))
    found.discard(PSEUDO)
    return sorted(found)


def native_name(code: str) -> str:
    """``fr`` -> "Français": the language's name in that language, capitalised."""
    name = NATIVE_NAMES.get(code)
    if name is None:
        from babel import Locale, UnknownLocaleError

        try:
            name = Locale.parse(code).get_display_name(code) or code
        except (UnknownLocaleError, ValueError):
            name = code
    return name[:1].upper() + name[1:]
