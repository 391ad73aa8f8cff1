"""Arabic lays the whole window out right to left; every other language left to right. Counted
sentences pick the plural form each language needs, in the window (Qt) and below it (words)."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from familysafe import paths, words
from familysafe.ui.translators import install_translators, user_locale

BIN = Path(sys.executable).parent


def compiled(language: str) -> Path:
    qm = paths.i18n_dir() / f"familysafe_{language}.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", qm.with_suffix(".ts"), "-qm", qm], check=True
    )
    return qm


@pytest.fixture
def speak(qapp):
    """Install a language as the window does; English, left to right, afterwards."""

    def install(language: str) -> None:
        if language != "en_GB":  # English is the source: no file to load
            compiled(language)
            assert install_translators(user_locale(language))
        else:
            install_translators(QLocale(language))

    yield install
    install_translators(QLocale("en_GB"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_mirrors_the_whole_window(speak, ctx, qtbot):
    from familysafe.ui.main_window import MainWindow

    speak("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.isRightToLeft()
    assert window.family_page.isRightToLeft()
    assert window.family_page.title == "العائلة"
    # The sections list is on the right, the page on the left: the mirror of English.
    qtbot.waitUntil(lambda: window.sidebar.width() > 0)
    sidebar = window.sidebar.mapTo(window, window.sidebar.rect().center()).x()
    page = window.pages.mapTo(window, window.pages.rect().center()).x()
    assert sidebar > window.width() / 2 > page


def test_leaving_arabic_mirrors_the_window_back(speak, ctx, qtbot):
    from familysafe.ui.main_window import MainWindow

    speak("ar")
    speak("en_GB")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not window.isRightToLeft()


@pytest.mark.parametrize("language", ["pl", "zh_CN", "es", "en_GB"])
def test_other_languages_read_left_to_right(speak, language):
    speak("ar")
    speak(language)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


TALKS = {  # "%n talk(s)" for n = 0, 1, 2, 3, 5, 11, 22, 100, 101, 112
    "pl": ["rozmów", "rozmowa", "rozmowy", "rozmowy", "rozmów", "rozmów", "rozmowy", "rozmów",
           "rozmów", "rozmów"],
    "ar": ["لا أحاديث", "حديث واحد", "حديثان", "أحاديث", "أحاديث", "حديثًا", "حديثًا", "حديث",
           "حديث", "حديثًا"],
    "zh_CN": ["次谈话"] * 10,
}  # fmt: skip
COUNTS = (0, 1, 2, 3, 5, 11, 22, 100, 101, 112)


@pytest.mark.parametrize("language", sorted(TALKS))
def test_a_count_picks_the_languages_plural_form(speak, language):
    speak(language)
    for n, word in zip(COUNTS, TALKS[language], strict=True):
        window = QCoreApplication.translate("Planner", "%n talk(s)", None, n)
        assert window.endswith(word), (n, window)
        if "%n" in window or window[0].isdigit():
            assert window.startswith(str(n)), (n, window)
        words.use_language(language)
        assert words.translate("Planner", "%n talk(s)", None, n) == window


def test_arabic_sentences_keep_inserted_names_in_order(speak):
    """A Latin name or a number inside an Arabic sentence is isolated (FSI ... PDI), so its
    letters and any punctuation next to it stay in their own order."""
    speak("ar")
    text = QCoreApplication.translate("AppPickerDialog", "Apps {name} uses").format(name="Sam 2")
    assert "\u2068Sam 2\u2069" in text
    # The command line shows isolates as escapes, so sentences it prints have none.
    words.use_language("ar")
    assert "\u2068" not in words.translate("Errors", "The date {date} is in the future.")


def test_arabic_mirrors_even_without_qts_own_translations(speak, monkeypatch, tmp_path):
    """Qt mirrors by itself only when its own Arabic translation loads; a bundle may lack it."""
    from familysafe.ui import translators

    class NoQtTranslations:
        LibraryPath = translators.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which):
            return str(tmp_path)

    monkeypatch.setattr(translators, "QLibraryInfo", NoQtTranslations)
    speak("ar")
    assert not any("qtbase" in path for path in install_translators(QLocale("ar")))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_arabic_dates_have_the_same_digits_as_the_counts_beside_them(speak):
    from datetime import date

    from familysafe.ui.formatting import long_date
    from familysafe.words import catalogue

    speak("ar")
    text = long_date(date(2026, 11, 23))
    assert "نوفمبر" in text and "23" in text and "2026" in text, text
    words.use_language(QLocale().name())
    assert "2026" in catalogue.day_date(date(2026, 11, 23))


def test_a_latin_entry_in_an_arabic_list_keeps_its_quotes_and_stops(speak):
    """An English topic title not yet translated ('"Free" gifts...') keeps its own order in a
    list laid out right to left; an Arabic entry and every entry left to right are unchanged."""
    from familysafe.ui import bidi, itemdata

    title = '"Free" gifts, game currency and favours.'
    speak("ar")
    assert itemdata.list_item(title, None).text() == "\u2068" + title + "\u2069"
    assert itemdata.list_item("العائلة", None).text() == "العائلة"
    assert bidi.digits_in_order("0800 1111") == "\u20660800 1111\u2069"
    speak("en_GB")
    assert itemdata.list_item(title, None).text() == title
    assert bidi.digits_in_order("0800 1111") == "0800 1111"
