"""Right-to-left paragraphs: words drawn in visual order, numbers still left to right.

A shaped Arabic word holds its glyphs in visual order, as presentation forms; reversed and
normalised (NFKC) they give back the word as typed, which is how these tests read a line.
"""

from __future__ import annotations

import unicodedata

from reportlab.lib.enums import TA_LEFT, TA_RIGHT

from familysafe.export.pdf import make_styles, para
from familysafe.export.pdf.bidi import visual_paragraph


def _visual_words(paragraph, width=400):
    """The words of each drawn line, left to right, each read back in logical order."""
    paragraph.wrap(width, 1000)
    visual = visual_paragraph(paragraph.blPara, paragraph.rtl)
    lines = []
    for line in visual.lines:
        text = "".join(str(frag.text) for frag in line.words)
        words = []
        for word in text.split():
            arabic = any("\ufb50" <= c <= "\ufeff" or "\u0600" <= c <= "\u06ff" for c in word)
            if arabic and not word.isdigit():
                word = word[::-1]
            words.append(unicodedata.normalize("NFKC", word))
        lines.append(words)
    return lines


def test_arabic_text_is_right_aligned_and_right_to_left():
    styles = make_styles()
    paragraph = para("مرحبا بكم في عائلتنا", styles.body)
    assert paragraph.rtl
    assert paragraph.style.alignment == TA_RIGHT
    # drawn left to right, the last word comes first
    assert _visual_words(paragraph) == [["عائلتنا", "في", "بكم", "مرحبا"]]


def test_latin_words_inside_arabic_keep_their_order():
    styles = make_styles()
    lines = _visual_words(para("مرحبا Family Safe اليوم", styles.body))
    assert lines == [["اليوم", "Family", "Safe", "مرحبا"]]


def test_numbers_inside_arabic_read_left_to_right():
    styles = make_styles()
    (line,) = _visual_words(para("في ٢٠٢٦ و 2026", styles.body))
    assert "٢٠٢٦" in line
    assert "2026" in line
    assert line.index("2026") < line.index("و") < line.index("٢٠٢٦") < line.index("في")


def test_an_arabic_name_inside_english_stays_in_place():
    styles = make_styles()
    paragraph = para("Name: مريم and more", styles.body)
    assert not paragraph.rtl
    assert paragraph.style.alignment == TA_LEFT
    assert _visual_words(paragraph) == [["Name:", "مريم", "and", "more"]]


def test_a_long_arabic_paragraph_breaks_lines_in_reading_order():
    styles = make_styles()
    words = [f"كلمة{n}" for n in range(1, 4)] * 10
    lines = _visual_words(para(" ".join(words), styles.body), width=150)
    assert len(lines) > 1
    logical = [word for line in lines for word in reversed(line)]
    assert logical == [unicodedata.normalize("NFKC", w) for w in words]


def test_a_split_paragraph_keeps_its_direction():
    styles = make_styles()
    paragraph = para(" ".join(["كلمة"] * 200), styles.body)
    paragraph.wrap(200, 1000)
    first, rest = paragraph.split(200, 60)
    assert first.rtl and rest.rtl
