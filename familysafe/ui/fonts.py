"""Fonts the window brings for languages a computer may have no font for.

A Simplified Chinese window on a computer without a Chinese font shows boxes. FamilySafe ships one
for its PDFs (WenQuanYi Micro Hei, ``resources/fonts``, Apache 2.0 / GPL with font exception); it
is registered only when the chosen language needs it and the computer has no font of its own for
that writing system (reading the 5 MB file is not free), and then added after the window's own
font: the system's font stays for Latin text and digits, and the added one fills in the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from familysafe import paths

# Language -> (the writing system it needs, the shipped font file that covers it).
NEEDED = {
    QLocale.Language.Chinese: (QFontDatabase.WritingSystem.SimplifiedChinese, "wqy-microhei.ttc"),
}

_families: dict[str, list[str]] = {}  # font file -> its families, once registered


def fallback_for(locale: QLocale) -> list[str]:
    """Make the window able to show ``locale``'s language: register the shipped font it needs
    (once) and add it after the application's font. Returns the families added (none when the
    language needs none, or the computer has a font for it)."""
    needed = NEEDED.get(locale.language())
    if needed is None:
        return []
    system, file = needed
    if file not in _families:
        if QFontDatabase.families(system):
            _families[file] = []  # the computer's own font will do
        else:
            font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / file))
            _families[file] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    added = _families[file]
    app = QGuiApplication.instance()
    if added and isinstance(app, QGuiApplication):
        font = app.font()
        families = font.families() or [font.family()]
        if not set(added) <= set(families):
            font.setFamilies([*families, *(f for f in added if f not in families)])
            app.setFont(font)
        for family in families:
            QFont.insertSubstitutions(family, added)  # fonts made from a family name, too
    return added
