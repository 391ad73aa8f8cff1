"""Where the family lives (for helplines), the language and the text size."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from familysafe.ui import itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.settings.group import Apply, SettingsGroup
from familysafe.words.languages import available_languages, native_name


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
        itemdata.add_choice(self.language, self.tr("The computer's language"), "")
        for code in available_languages():
            itemdata.add_choice(self.language, native_name(code), code)
        self.language.activated.connect(self._save_language)
        self.form.addRow(self.tr("&Language"), self.language)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        itemdata.add_choice(self.text_size, self.tr("As on this computer"), 100)
        itemdata.add_choice(self.text_size, self.tr("Larger"), 125)
        itemdata.add_choice(self.text_size, self.tr("Largest"), 150)
        self.text_size.activated.connect(self._save_text_size)
        self.form.addRow(self.tr("&Text size"), self.text_size)

    def load(self) -> None:
        s = self._ctx.services
        if not self.country.count():  # the content: only once the page is first shown
            for country in s.library.countries():
                itemdata.add_choice(self.country, country.name, country.code)
        itemdata.select_choice(self.country, s.settings.helpline_country().code)
        itemdata.select_choice(self.language, s.settings.language() or "")
        itemdata.select_choice(self.text_size, s.settings.text_size())

    def _save_country(self) -> None:
        code = itemdata.current_choice(self.country)
        self._apply(lambda: self._ctx.services.settings.set_country(code))

    def _save_language(self) -> None:
        code = itemdata.current_choice(self.language)
        if self._apply(lambda: self._ctx.services.settings.set_language(code or None)):
            self.language_changed.emit(code)

    def _save_text_size(self) -> None:
        percent = itemdata.current_choice(self.text_size)
        if self._apply(lambda: self._ctx.services.settings.set_text_size(percent)):
            self.text_size_changed.emit(percent)
