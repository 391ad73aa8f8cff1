"""A Chinese window shows Chinese, not boxes, even where the computer has no Chinese font: the
font FamilySafe ships for its PDFs is registered then, and only for a language that needs it."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextLayout

from familysafe.ui import fonts
from familysafe.ui.translators import install_translators


@pytest.fixture
def app_font(qapp):
    before = QGuiApplication.font()
    yield
    QGuiApplication.setFont(before)
    install_translators(QLocale("en_GB"))


def glyphs(text: str) -> list[tuple[str, int]]:
    """(font family, glyph index) for each glyph the window would draw ``text`` with."""
    layout = QTextLayout(text, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        (run.rawFont().familyName(), index)
        for run in layout.glyphRuns()
        for index in run.glyphIndexes()
    ]


def test_chinese_text_has_real_glyphs_in_a_chinese_window(app_font):
    install_translators(QLocale("zh_CN"))
    drawn = glyphs("家庭成员")
    assert len(drawn) == 4 and all(index != 0 for _, index in drawn), drawn  # 0 is the box
    if fonts.fallback_for(QLocale("zh_CN")):  # this computer has no Chinese font of its own
        assert {family for family, _ in drawn} <= set(fonts.fallback_for(QLocale("zh_CN")))


def test_the_shipped_font_is_added_after_the_windows_own(app_font):
    primary = QGuiApplication.font().families()[:1]
    added = fonts.fallback_for(QLocale("zh_CN"))
    families = QGuiApplication.font().families()
    assert families[:1] == primary  # Latin text and digits keep the system's font
    assert set(added) <= set(families)


def test_other_languages_do_not_load_it(app_font, monkeypatch):
    loaded = []
    monkeypatch.setattr(fonts, "_families", {})
    monkeypatch.setattr(
        fonts.QFontDatabase, "addApplicationFont", lambda path: loaded.append(path) or -1
    )
    before = QGuiApplication.font().families()
    for code in ("en_GB", "es", "fr", "de", "pl", "ar"):
        assert fonts.fallback_for(QLocale(code)) == []
    assert loaded == []
    assert QGuiApplication.font().families() == before


def test_a_computer_with_its_own_chinese_font_keeps_it(app_font, monkeypatch):
    loaded = []
    monkeypatch.setattr(fonts, "_families", {})
    monkeypatch.setattr(fonts.QFontDatabase, "families", lambda system=None: ["Noto Sans CJK SC"])
    monkeypatch.setattr(
        fonts.QFontDatabase, "addApplicationFont", lambda path: loaded.append(path) or -1
    )
    assert fonts.fallback_for(QLocale("zh_CN")) == []
    assert loaded == []


def test_the_font_it_needs_is_shipped():
    from familysafe import paths

    for _system, file in fonts.NEEDED.values():
        assert (paths.fonts_dir() / file).is_file()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in {s for s, _ in fonts.NEEDED.values()}
