"""Splitting text into runs of one script, and finding its direction (no reportlab needed)."""

from __future__ import annotations

import pytest

from familysafe.export.pdf.scripts import (
    base_direction,
    needs_shaping,
    resolved_scripts,
    script_of,
    script_runs,
)


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("Siôn Ŵyn", "Latin"),
        ("Nguyễn Thị Ánh", "Latin"),
        ("Αλέξανδρος", "Greek"),
        ("Дмитрий", "Cyrillic"),
        ("مريم", "Arabic"),
        ("अनन्या", "Devanagari"),
        ("王小明", "Han"),
        ("さくら", "Hiragana"),
        ("サクラ", "Katakana"),
        ("김민준", "Hangul"),
    ],
)
def test_a_name_is_one_run_of_its_script(name, script):
    assert script_runs(name) == [(script, name)]


def test_mixed_text_splits_at_script_changes():
    assert script_runs("Hi 王小明, مريم!") == [
        ("Latin", "Hi "),
        ("Han", "王小明, "),
        ("Arabic", "مريم!"),
    ]


def test_punctuation_stays_with_the_word_it_belongs_to():
    # "(مريم)" must be one run so that it can be shaped with one font.
    assert script_runs("Hello (مريم)") == [("Latin", "Hello "), ("Arabic", "(مريم)")]
    assert script_runs("अनन्या।") == [("Devanagari", "अनन्या।")]


def test_combining_marks_inherit_the_letter_they_sit_on():
    text = "क्ष"  # KA, VIRAMA (a combining mark), SSA
    assert set(resolved_scripts(text)) == {"Devanagari"}
    assert script_of("\u0301") == "Inherited"
    assert resolved_scripts("e\u0301") == ["Latin", "Latin"]


def test_zero_width_joiners_stay_inside_their_run():
    assert script_runs("क्\u200dष") == [("Devanagari", "क्\u200dष")]


def test_text_without_letters_is_latin():
    assert script_runs("  42  ") == [("Latin", "  42  ")]
    assert script_runs("") == []


def test_unsupported_scripts_are_other():
    assert script_of("ก") == "Other"  # Thai: no font shipped yet
    assert script_of("-") == "Common"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("مريم", "rtl"),
        ("(مريم) and Siôn", "rtl"),
        ("123 مريم", "rtl"),
        ("Siôn and مريم", "ltr"),
        ("王小明", "ltr"),
        ("2026", "ltr"),
        ("", "ltr"),
    ],
)
def test_base_direction_follows_the_first_strong_letter(text, direction):
    assert base_direction(text) == direction


def test_only_complex_scripts_and_combining_marks_need_shaping():
    assert needs_shaping("مريم")
    assert needs_shaping("अनन्या")
    assert needs_shaping("e\u0301")
    assert not needs_shaping("Nguyễn Thị Ánh")
    assert not needs_shaping("王小明 さくら 김민준")
