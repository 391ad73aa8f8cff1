"""Where the family lives (for helplines), the language and the text size."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from familysafe.i18n import available_languages
from familysafe.ui.context import AppContext
from familysafe.ui.settings.group import Apply, SettingsGroup


class PlaceGroup(SettingsGroup):
    language_changed = Signal(str)  # "" for the system's language
    text_size_changed = Signal(int)  # per cent

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Country, language and text size"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.activated.connect(self._save_country)
        self.form.addRow(self.tr("&Country (for helplines)"), self.country)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The computer's language"), "")
        for code in available_languages():
            name = QLocale(code).nativeLanguageName() or code
            self.language.addItem(name[:1].upper() + name[1:], code)
        self.language.activated.connect(self._save_language)
        self.form.addRow(self.tr("&Language"), self.language)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.addItem(self.tr("As on this computer"), 100)
        self.text_size.addItem(self.tr("Larger"), 125)
        self.text_size.addItem(self.tr("Largest"), 150)
        self.text_size.activated.connect(self._save_text_size)
        self.form.addRow(self.tr("&Text size"), self.text_size)

    def load(self) -> None:
        s = self._ctx.services
        if not self.country.count():  # the content: only once the page is first shown
            for country in s.library.countries():
                self.country.addItem(country.name, country.code)
        code = s.settings.country(QLocale.territoryToCode(QLocale().territory())) or ""
        self.country.setCurrentIndex(
            max(self.country.findData(s.library.country_or_default(code).code), 0)
        )
        self.language.setCurrentIndex(max(self.language.findData(s.settings.language() or ""), 0))
        self.text_size.setCurrentIndex(max(self.text_size.findData(s.settings.text_size()), 0))

    def _save_country(self) -> None:
        code = self.country.currentData()
        self._apply(lambda: self._ctx.services.settings.set_country(code))

    def _save_language(self) -> None:
        code = self.language.currentData()
        if self._apply(lambda: self._ctx.services.settings.set_language(code or None)):
            self.language_changed.emit(code)

    def _save_text_size(self) -> None:
        percent = self.text_size.currentData()
        if self._apply(lambda: self._ctx.services.settings.set_text_size(percent)):
            self.text_size_changed.emit(percent)
