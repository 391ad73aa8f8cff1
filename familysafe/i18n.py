"""Loading translations for the user's locale (Qt Linguist ``.qm`` files from ``i18n/``).

Shared by the window and the command line; only QtCore is needed, so the command line stays light.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from familysafe import paths

LANGUAGE_ENV = "FAMILYSAFE_LANG"
_installed: list[QTranslator] = []


def user_locale(language: str | None = None) -> QLocale:
    """The locale to use: an explicit language (setting or environment), else the system's."""
    language = language or os.environ.get(LANGUAGE_ENV)
    return QLocale(language) if language else QLocale.system()


def chosen_language(setting: str | None) -> str | None:
    """The language to use when the family chose ``setting`` in Settings: ``FAMILYSAFE_LANG``
    still wins (it is a choice for this one run), and None means the system's."""
    return os.environ.get(LANGUAGE_ENV) or setting or None


def available_languages() -> list[str]:
    """Languages with a compiled translation, plus English (the source language)."""
    found = {"en"}
    folder = paths.i18n_dir()
    if folder.is_dir():
        for qm in folder.glob("familysafe_*.qm"):
            found.add(qm.stem.removeprefix("familysafe_"))
    return sorted(found)


def install_translators(locale: QLocale) -> list[str]:
    """Install FamilySafe's and Qt's own translations for ``locale``; returns what was loaded."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = []
    ours = QTranslator(app)
    if ours.load(locale, "familysafe", "_", str(paths.i18n_dir()), ".qm"):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded.append(ours.filePath())
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir, ".qm"):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append(qt.filePath())
    QLocale.setDefault(locale)
    _install_localization()
    return loaded


def _install_localization() -> None:
    """Let the layers below the window (PDF documents) translate and write dates the Qt way."""
    from familysafe import localization

    def long_date(day) -> str:
        return QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    localization.install(QCoreApplication.translate, long_date)
