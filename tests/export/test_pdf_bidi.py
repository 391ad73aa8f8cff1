"""Right-to-left paragraphs: words drawn in visual order, numbers still left to right.

A shaped Arabic word holds its glyphs in visual order, as presentation forms; reversed and
normalised (NFKC) they give back the word as typed, which is how these tests read a line.
"""

from __future__ import annotations

import unicodedata

from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_LEFT, TA_RIGHT

from familysafe.export.pdf import make_styles, para, strong
from familysafe.export.pdf.bidi import (
    _MIRRORED,
    _reorder,
    _trailing_spaces,
    char_levels,
    visual_paragraph,
)


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


def test_a_phone_number_after_an_arabic_name_keeps_its_groups_in_order():
    styles = make_styles()
    assert _visual_words(para("Call مريم 07700 900111", styles.body)) == [
        ["Call", "مريم", "07700", "900111"]
    ]
    (line,) = _visual_words(para("مريم 07700 900111", styles.body))  # a right-to-left line
    assert line.index("07700") + 1 == line.index("900111")


def test_english_after_an_arabic_name_stays_one_run_in_order():
    styles = make_styles()
    (line,) = _visual_words(para("مريم (overdue since Tuesday, 1 December 2026)", styles.body))
    assert line[:6] == ["(overdue", "since", "Tuesday,", "1", "December", "2026)"]


def test_punctuation_after_an_arabic_word_stays_after_it():
    styles = make_styles()
    assert _visual_words(para("Ask مريم, then Arun.", styles.body)) == [
        ["Ask", "مريم,", "then", "Arun."]
    ]


ALPHABET = "abc XYZ مرحبا ،؟ 0123 ٣٤ ()[]-+.,:!"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=40), st.booleans())
def test_levels_and_reordering_agree_with_python_bidi(text, rtl):
    """Character by character (no shaping, no digit groups), our rules L1 and L2 on the
    library's levels give the library's own display order. The library leaves mirroring (L4)
    to the renderer; we mirror the brackets of right-to-left runs ourselves."""
    levels = list(char_levels(text, rtl))
    _trailing_spaces(text, levels, 1 if rtl else 0)
    order = _reorder(list(range(len(text))), levels)
    assert "".join(text[i] for i in order) == get_display(text, base_dir="R" if rtl else "L")
    mirrored = "".join(text[i].translate(_MIRRORED) if levels[i] % 2 else text[i] for i in order)
    assert mirrored.count("(") + mirrored.count(")") == text.count("(") + text.count(")")


def test_brackets_in_a_right_to_left_run_are_mirrored():
    styles = make_styles()
    paragraph = para("قال (مرحبا) [نعم]", styles.body)
    paragraph.wrap(400, 1000)
    drawn = "".join(
        str(f.text) for f in visual_paragraph(paragraph.blPara, paragraph.rtl).lines[0].words
    )
    # drawn left to right: the closing bracket of the last word comes first, as a "]" shape
    assert drawn.lstrip().startswith("[")


def test_the_apps_english_after_arabic_user_text_reads_in_the_documents_direction():
    from familysafe.export.documents.layout import directed

    styles = make_styles()
    text = directed("اتصل بالمدرسة") + " (overdue since Tuesday, 1 December 2026)"
    paragraph = para(text, styles.body)
    assert not paragraph.rtl
    (line,) = _visual_words(paragraph)
    words = [w for w in line if w.strip("\u200e")]
    assert words[-6:] == ["(overdue", "since", "Tuesday,", "1", "December", "2026)"]


def test_an_english_sentence_in_an_arabic_line_keeps_its_full_stop_at_its_end():
    """What ``layout.kept_whole`` writes: an English line of the agreement (not yet
    translated) and the Arabic names it is for. The marks around the sentence are hidden by
    HarfBuzz; the full stop still stays after "do", not before "Screens"."""
    styles = make_styles()
    sentence = "\u200f Screens go to sleep before we do.\u200e"
    paragraph = para([sentence, " ", strong("(لـ Arun و Rosa)")], styles.body)
    assert paragraph.rtl
    (line,) = _visual_words(paragraph)
    english = [w for w in line if w.isascii() and w not in ("(Rosa", "Arun")]
    assert english == ["Screens", "go", "to", "sleep", "before", "we", "do."]
    # the space the mark's glyph took is back between the names and the sentence
    assert line[: len(line) - len(english)] == ["(Rosa", "و", "Arun", ")لـ"]


def test_a_line_of_english_in_a_right_to_left_paragraph_runs_left_to_right():
    """A paragraph set right to left (an Arabic document's line) whose first line is all
    English: that line keeps its full stops after its words."""
    styles = make_styles()
    english = "\u200f We put screens away. We eat together. We talk."
    paragraph = para([english, " ", strong("(لـ Arun)")], styles.body)
    lines = _visual_words(paragraph, width=200)
    assert len(lines) > 1 and all(w.isascii() for w in lines[0])
    assert lines[0] == ["We", "put", "screens", "away.", "We", "eat", "together."]


def test_a_mark_inside_an_arabic_word_keeps_the_word_whole():
    """HarfBuzz draws the mark as an empty space; the word's two halves stay in order."""
    styles = make_styles()
    marked = _visual_words(para("مرحبا\u200fبكم في عائلتنا", styles.body))
    assert marked == [["عائلتنا", "في", "بكم", "مرحبا"]]


def test_a_number_after_an_arabic_word_drawn_with_a_ligature_keeps_its_space():
    """ "العمر 9" (age 9) in a plan's heading: the font draws "مر" as one glyph, which has no
    character of its own; the number still stands apart from the word, on its left."""
    styles = make_styles()
    paragraph = para("العمر 9", styles.h1)
    paragraph.wrap(400, 1000)
    drawn = "".join(
        str(f.text) for f in visual_paragraph(paragraph.blPara, paragraph.rtl).lines[0].words
    )
    assert any("\ue000" <= c <= "\uf8ff" for c in drawn)  # the ligature this is about
    assert drawn.strip().startswith("9 ")
