"""The languages FamilySafe ships: the chooser lists each in its own name, from the .ts files
present; Qt's own translations load for each; content missing in a language is shown in English
and marked so."""

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from familysafe import paths
from familysafe.content.loader import load_library
from familysafe.ui import itemdata
from familysafe.ui.translators import install_translators, qt_translations_dir
from familysafe.words.languages import available_languages

BIN = Path(sys.executable).parent
SHIPPED = [code for code in available_languages() if code != "en"]


def chooser_items(ctx, qtbot) -> dict[str, str]:
    from familysafe.ui.pages.settings import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    combo = page.place.language
    return {itemdata.choice_at(combo, i): combo.itemText(i) for i in range(combo.count())}


def test_the_chooser_names_each_language_in_its_own_words(ctx, qtbot, tmp_path, monkeypatch):
    for code in ("fr", "de", "pl", "ar", "zh_CN", "es"):
        (tmp_path / f"familysafe_{code}.ts").write_text("<TS/>", encoding="utf-8")
    (tmp_path / "familysafe_pseudo.qm").write_bytes(b"")  # development only, never offered
    monkeypatch.setattr(paths, "i18n_dir", lambda: tmp_path)
    items = chooser_items(ctx, qtbot)
    assert list(items.values())[1:] == [
        "العربية",
        "Deutsch",
        "English",
        "Español",
        "Français",
        "Polski",
        "简体中文",
    ]
    assert list(items)[1:] == ["ar", "de", "en", "es", "fr", "pl", "zh_CN"]


def test_adding_a_translation_source_adds_the_language(ctx, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "i18n_dir", lambda: tmp_path)
    assert list(chooser_items(ctx, qtbot)) == ["", "en"]
    (tmp_path / "familysafe_nl.ts").write_text("<TS/>", encoding="utf-8")
    assert chooser_items(ctx, qtbot)["nl"] == "Nederlands"


@pytest.fixture
def compiled():
    for code in SHIPPED:
        ts = paths.i18n_dir() / f"familysafe_{code}.ts"
        if ts.exists():
            qm = ts.with_suffix(".qm")
            subprocess.run([BIN / "pyside6-lrelease", "-silent", ts, "-qm", qm], check=True)
    yield
    install_translators(QLocale("en_GB"))


@pytest.mark.parametrize("code", SHIPPED)
def test_qt_own_dialogs_speak_every_shipped_language(qapp, compiled, code):
    loaded = install_translators(QLocale(code))
    names = [Path(p).name for p in loaded]
    assert f"familysafe_{code}.qm" in names
    assert any(n.startswith("qtbase_") for n in names), names
    assert str(Path(qt_translations_dir())) in " ".join(loaded)
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() != "&Cancel"


def test_content_missing_in_a_language_is_english_and_marked(tmp_path):
    import shutil

    root = tmp_path / "content"
    shutil.copytree(paths.content_dir(), root, ignore=shutil.ignore_patterns("locales"))
    english = load_library(root, "en")
    topic_id, app_id = sorted(english.topics)[0], sorted(english.apps)[0]
    overlay = root / "locales" / "fr" / "topics"
    overlay.mkdir(parents=True)
    (overlay / f"{topic_id}.toml").write_text('title = "Un titre"\n', encoding="utf-8")
    french = load_library(root, "fr_FR")
    assert french.topic(topic_id).title == "Un titre" and french.topic(topic_id).translated
    other = next(t for t in sorted(english.topics) if t != topic_id)
    assert french.topic(other) == dataclasses.replace(english.topic(other), translated=False)
    assert not french.app(app_id).translated and french.app(app_id).name == english.app(app_id).name
    assert all(not g.translated for g in french.guides.values())
    assert all(t.translated for t in english.topics.values())


def test_the_window_marks_what_is_shown_in_english(qapp, qtbot):
    from familysafe.content.loader import library
    from familysafe.ui.widgets.app_view import AppView
    from familysafe.ui.widgets.topic_view import TopicView

    lib = library(None)
    topic = next(iter(lib.topics.values()))
    view = TopicView()
    qtbot.addWidget(view)
    view.show_topic(topic)
    assert "Not yet translated" not in view.toPlainText()
    view.show_topic(dataclasses.replace(topic, translated=False))
    assert "Not yet translated into your language: shown in English." in view.toPlainText()
    app_view = AppView()
    qtbot.addWidget(app_view)
    app_view.show_app(dataclasses.replace(next(iter(lib.apps.values())), translated=False))
    assert "Not yet translated" in app_view.toPlainText()
