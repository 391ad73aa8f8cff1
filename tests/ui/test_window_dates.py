"""The window writes ``familysafe.words``' dates with Qt's locale data instead of babel (issue 15,
goal 3 and 5: babel cost the start about 20 ms and 6 MiB); what it writes is babel's, word for
word, in every language we ship and in the regions people choose most."""

from datetime import date

import pytest
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from familysafe import words
from familysafe.ui.formatting import QtDates
from familysafe.ui.translators import install_translators, user_locale
from familysafe.words import catalogue, languages
from familysafe.words.languages import available_languages

LANGUAGES = sorted({*available_languages(), "en", "en_GB", "es_MX", "fr_CA", "de_AT", "pt_BR"})
# What the words are told: the window's locale names ("ar_001" for Arabic), or a bare language.
NAMES = sorted({user_locale(language).name() for language in LANGUAGES} | set(LANGUAGES))


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_are_written_as_babel_writes_them(qapp, name, day):
    dates = QtDates.for_locale(name)
    assert dates.long_date(day) == format_date(day, "full", locale=name)
    assert dates.day_date(day) == format_date(day, "long", locale=name)


def test_the_window_gives_the_words_its_dates(qapp):
    try:
        install_translators(QLocale("de_DE"))
        assert words.long_date(date(2026, 12, 7)) == "Montag, 7. Dezember 2026"
        assert catalogue.day_date(date(2026, 12, 7)) == "7. Dezember 2026"
    finally:
        install_translators(QLocale("en_GB"))
    assert catalogue.day_date(date(2026, 12, 7)) == "7 December 2026"


def test_the_words_dates_follow_the_words_language_in_the_window(qapp):
    install_translators(QLocale("en_GB"))
    try:
        words.use_language("es")  # as the layers below the window may
        assert catalogue.day_date(date(2027, 1, 5)) == "5 de enero de 2027"
        words.use_language(languages.PSEUDO)  # babel knows no such locale: English
        assert catalogue.day_date(date(2027, 1, 5)) == "January 5, 2027"
    finally:
        install_translators(QLocale("en_GB"))
