"""Arabic, for real: every window and dialog mirrors, Arabic lines read right to left even when a
Latin name comes first, and date and time fields keep their sections in order."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel
from ui_windows import close, seeded, window_makers

from familysafe import paths, words
from familysafe.ui.translators import install_translators, user_locale

BIN = Path(sys.executable).parent
ISOLATES = {"\u2066": 1, "\u2067": 1, "\u2068": 1, "\u2069": -1}


@pytest.fixture
def arabic(qapp):
    qm = paths.i18n_dir() / "familysafe_ar.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", qm.with_suffix(".ts"), "-qm", qm], check=True
    )
    assert install_translators(user_locale("ar"))
    words.use_language("ar")
    yield
    install_translators(QLocale("en_GB"))
    words.use_language(None)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def first_strong(text: str) -> str | None:
    """The direction Qt gives a label: its first strong letter outside isolates (Unicode P2),
    markup aside."""
    text = re.sub(r"<[^>]*>", "", text) if "<" in text else text
    depth = 0
    for char in text:
        if char in ISOLATES:
            depth = max(0, depth + ISOLATES[char])
            continue
        kind = unicodedata.bidirectional(char)
        if depth == 0 and kind in ("L", "R", "AL"):
            return "ltr" if kind == "L" else "rtl"
    return None


def arabic_letters(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text)


def test_first_strong_skips_isolated_names():
    assert first_strong("\u2068Minecraft\u2069 لـ Arun") == "rtl"
    assert first_strong("Minecraft لـ Arun") == "ltr"
    assert first_strong("\u200fMinecraft لـ Arun") == "rtl"


def test_every_window_and_dialog_mirrors_and_its_arabic_lines_read_right_to_left(
    arabic, ctx, qtbot
):
    seeded(ctx)
    ctx.services.library.set_language("ar")
    wrong = []
    for name, make in window_makers(ctx):
        window = make()
        qtbot.addWidget(window)
        window.show()
        assert window.isRightToLeft(), name
        for label in window.findChildren(QLabel):
            text = label.text()
            visible = label.isVisibleTo(window)
            if visible and arabic_letters(text) and first_strong(text) == "ltr":
                wrong.append(f"{name}: {text[:60]!r}")
        close(window)
    assert wrong == []


def test_the_today_cards_put_a_latin_app_name_first_and_still_read_right_to_left(
    arabic, ctx, qtbot
):
    from familysafe.ui.main_window import MainWindow
    from familysafe.ui.today.entry_card import EntryCard

    seeded(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.findChildren(EntryCard)))
    titles = [card.title.text() for card in window.findChildren(EntryCard)]
    settings = [t for t in titles if "Minecraft" in t or "Instagram" in t]
    assert settings and all(first_strong(t) == "rtl" for t in settings), settings
    close(window)


def test_date_fields_in_dialogs_keep_their_sections_in_order(arabic, ctx, qtbot):
    """Laid out right to left, Qt shows 23/11/2026 as 2026/11/23: the fields stay left to right."""
    seeded(ctx)
    fields = []
    for name, make in window_makers(ctx):
        window = make()
        qtbot.addWidget(window)
        for edit in window.findChildren(QDateTimeEdit):
            shown = edit.locale().toString(edit.dateTime(), edit.displayFormat())
            fields.append((name, edit.text(), shown))
        close(window)
    assert len(fields) >= 4  # the talk's date and follow-up, the agreement's two dates
    assert all(text == shown for _, text, shown in fields), fields


def test_the_settings_times_read_in_order(arabic, ctx, qtbot):
    from familysafe.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page(5)
    qtbot.waitUntil(lambda: bool(window.findChildren(QDateTimeEdit)))
    for edit in window.findChildren(QDateTimeEdit):
        assert edit.isLeftToRight()
        edit.setTime(QTime(18, 5))
        hour = QLocale().toString(QTime(18, 5), edit.displayFormat())
        assert edit.text() == hour, (edit.text(), hour)
        assert edit.time().toPython() == time(18, 5)
    close(window)
