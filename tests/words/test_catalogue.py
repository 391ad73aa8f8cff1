"""The words below the window: the language in use, translations from the .qm files without Qt,
and dates written the user's way."""

import subprocess
import sys
from datetime import date

import pytest

from familysafe import words
from familysafe.words import languages
from familysafe.words.catalogue import translation_file


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    words.use_language(None)


def test_before_a_language_is_chosen_the_source_text_and_iso_dates():
    words.use_language(None)
    assert words.translate("Documents", "Family plan") == "Family plan"
    assert words.long_date(date(2026, 11, 23)) == "2026-11-23"


def test_spanish_from_the_compiled_translation():
    assert words.use_language("es").name == "familysafe_es.qm"
    assert words.translate("MainWindow", "&Quit") == "&Salir"
    assert words.translate("Documents", "Family plan") != "Family plan"
    assert words.translate("Nowhere", "Not a message") == "Not a message"
    assert words.long_date(date(2026, 11, 23)) == "lunes, 23 de noviembre de 2026"


def test_a_region_falls_back_to_its_language():
    assert words.use_language("es_MX").name == "familysafe_es.qm"
    assert words.use_language("es-AR.UTF-8").name == "familysafe_es.qm"
    assert words.use_language("sw_KE") is None
    assert words.translate("MainWindow", "&Quit") == "&Quit"
    assert words.long_date(date(2026, 11, 23)) == "Jumatatu, 23 Novemba 2026"


def test_english_dates_follow_the_region():
    words.use_language("en_GB")
    assert words.long_date(date(2026, 11, 23)) == "Monday, 23 November 2026"
    words.use_language("en")
    assert words.long_date(date(2026, 11, 23)) == "Monday, November 23, 2026"


def test_a_damaged_translation_is_ignored(tmp_path, monkeypatch):
    (tmp_path / "familysafe_es.qm").write_bytes(b"garbage")
    monkeypatch.setattr("familysafe.paths.i18n_dir", lambda: tmp_path)
    assert translation_file("es", tmp_path) == tmp_path / "familysafe_es.qm"
    words.catalogue._loaded.clear()
    assert words.use_language("es") is None
    assert words.translate("MainWindow", "&Quit") == "&Quit"


def test_counts_replace_percent_n():
    words.use_language("en")
    assert words.translate("Nowhere", "%n things", None, 3) == "3 things"
    assert words.translate("Nowhere", "%Ln things", None, 12345) == "12,345 things"
    assert words.translate("Nowhere", "100%", None, 3) == "100%"
    assert words.translate("Nowhere", "%n things") == "%n things"


def test_the_locale_comes_from_the_setting_the_environment_or_the_computer(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", languages.LANGUAGE_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    assert languages.system_locale() == "cy_GB"
    assert languages.user_locale() == "cy_GB"
    monkeypatch.setenv("LC_ALL", "C")
    assert languages.system_locale() == "cy_GB"  # the C locale says nothing
    monkeypatch.setenv(languages.LANGUAGE_ENV, "es")
    assert languages.user_locale() == "es"
    assert languages.user_locale("fr") == "fr"
    assert languages.chosen_language("fr") == "es"  # the environment wins for one run
    monkeypatch.delenv(languages.LANGUAGE_ENV)
    assert languages.chosen_language("fr") == "fr"
    assert languages.chosen_language(None) is None


def test_language_of_a_locale():
    assert languages.language_of("es_ES") == "es"
    assert languages.language_of("C") == "en"


def test_available_languages():
    assert {"en", "es"} <= set(languages.available_languages())


def test_translating_never_loads_qt():
    code = (
        "import sys; from familysafe import words; words.use_language('es');"
        "from familysafe.words import errors, planner, reminders, vocabulary;"
        "print(words.translate('MainWindow', '&Quit'));"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split("\n")[:2] == ["&Salir", "[]"]
