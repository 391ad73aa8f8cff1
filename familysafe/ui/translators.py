"""The window's translations: Qt's ``QTranslator`` for the widgets (``self.tr``), from the same
compiled Linguist files (``i18n/*.qm``) that ``familysafe.words`` reads for everything below the
window, which is told to speak the same locale; and Qt's own translations (``qtbase_<lang>.qm``,
shipped with PySide6) for the standard dialogs' buttons and menus.

``FAMILYSAFE_LANG=pseudo`` (development only) loads ``i18n/familysafe_pseudo.qm``, built by
``scripts/pseudo-translation.py``: every sentence accented, longer and bracketed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from familysafe import paths, words
from familysafe.ui import fonts
from familysafe.ui.formatting import QtDates
from familysafe.ui.qt_enums import set_enum
from familysafe.words import catalogue, languages

_installed: list[QTranslator] = []


def user_locale(language: str | None = None) -> QLocale:
    """The locale to use: an explicit language (setting or environment), else the system's."""
    language = language or languages.chosen_language(None)
    if language == languages.PSEUDO:
        return QLocale(QLocale.Language.C)
    if not language:
        return QLocale.system()
    return QLocale(_REGION_FOR.get(language, language))


# Arabic chosen without a region is Modern Standard Arabic as CLDR writes it for the whole Arab
# world ("ar_001"): Western digits, as every count and age FamilySafe writes, so dates and numbers
# in one sentence match (Qt's default for "ar" is Egypt's, with Arabic-Indic digits in dates only).
_REGION_FOR = {"ar": "ar_001"}


def pseudo_requested(locale: QLocale) -> bool:
    """The pseudo-locale was asked for (``FAMILYSAFE_LANG=pseudo``); Qt knows it as C."""
    return (
        locale.language() == QLocale.Language.C
        and os.environ.get(languages.LANGUAGE_ENV) == languages.PSEUDO
    )


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(locale: QLocale) -> list[str]:
    """Install FamilySafe's and Qt's own translations for ``locale``; returns what was loaded."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    loaded = []
    ours = QTranslator(app)
    if pseudo_requested(locale):
        pseudo = paths.i18n_dir() / f"familysafe_{languages.PSEUDO}.qm"
        if ours.load(str(pseudo)):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
            loaded.append(ours.filePath())
        follow_direction(QLocale("en_US"))
        QLocale.setDefault(QLocale("en_US"))
        words.use_language(languages.PSEUDO)
        catalogue.write_dates_with(QtDates.for_locale)
        return loaded
    if ours.load(locale, "familysafe", "_", str(paths.i18n_dir()), ".qm"):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
        loaded.append(ours.filePath())
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_translations_dir(), ".qm"):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
        loaded.append(qt.filePath())
    follow_direction(locale)
    fonts.fallback_for(locale)  # a Chinese window where the computer has no Chinese font
    QLocale.setDefault(locale)
    words.use_language(locale.name())
    catalogue.write_dates_with(QtDates.for_locale)
    return loaded


def follow_direction(locale: QLocale) -> bool:
    """Lay the window out in the direction ``locale`` writes: right to left for Arabic (every
    widget mirrors: menus, forms, lists, arrows), left to right otherwise; True for right to left.
    Set explicitly rather than left to Qt's own translations, so changing back from Arabic to
    English in Settings mirrors the window back, and so it holds when Qt has no translation of its
    own for the language."""
    right = right_to_left(locale)
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        set_enum(app, "layoutDirection", "RightToLeft" if right else "LeftToRight")
    return right


# Scripts that are written left to right: a locale in one of them needs no asking (asking Qt
# makes PySide6 build ``Qt`` and its 95 enums at start-up: see qt_enums).
_LEFT_TO_RIGHT = frozenset(
    {
        QLocale.Script.LatinScript,
        QLocale.Script.CyrillicScript,
        QLocale.Script.GreekScript,
        QLocale.Script.HanScript,
        QLocale.Script.SimplifiedHanScript,
        QLocale.Script.TraditionalHanScript,
        QLocale.Script.JapaneseScript,
        QLocale.Script.KoreanScript,
        QLocale.Script.DevanagariScript,
        QLocale.Script.ThaiScript,
    }
)


def right_to_left(locale: QLocale) -> bool:
    """``locale`` writes right to left (``QLocale.textDirection``)."""
    if locale.script() in _LEFT_TO_RIGHT:
        return False
    from PySide6.QtCore import Qt

    return locale.textDirection() == Qt.LayoutDirection.RightToLeft
