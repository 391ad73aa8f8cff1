"""The shipped fonts, and the markup that gives each run of text a font that has its letters."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from familysafe import paths
from familysafe.export.pdf import FACES, markup, register_fonts
from familysafe.export.pdf.cmap import code_points
from familysafe.export.pdf.fonts import font_runs, use_face

NAMES = [
    "Siôn Ŵyn",
    "Nguyễn Thị Ánh",
    "Αλέξανδρος",
    "Дмитрий",
    "مريم",
    "נועה",
    "אביגיל (שרה)",
    "अनन्या",
    "王小明",
    "さくら",
    "김민준",
]


def _font_files():
    for face in FACES:
        yield face.regular_file, face.subfont
        if face.bold_file:
            yield face.bold_file, 0


@pytest.mark.parametrize(("filename", "subfont"), list(_font_files()))
def test_every_font_is_truetype_with_glyf_outlines(filename, subfont):
    # reportlab can only embed TrueType outlines, never CFF.
    font = TTFontFile(str(paths.fonts_dir() / filename), subfontIndex=subfont)
    assert "glyf" in font.table
    assert "CFF " not in font.table


def test_every_font_has_its_licence_and_a_line_in_the_readme():
    folder = paths.fonts_dir()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert (folder / "OFL.txt").is_file()
    assert (folder / "LICENSE-Apache-2.0.txt").is_file()
    for filename, _ in _font_files():
        assert filename in readme


def test_the_fonts_stay_small():
    total = sum(f.stat().st_size for f in paths.fonts_dir().iterdir() if f.is_file())
    assert total < 15 * 1024 * 1024


@pytest.mark.parametrize("name", NAMES)
def test_every_letter_of_every_name_has_a_glyph(name):
    register_fonts()
    for face, text in font_runs(name):
        use_face(face)
        charmap = pdfmetrics.getFont(face.regular).face.charToGlyph
        missing = [c for c in text if ord(c) not in charmap and not c.isspace()]
        assert not missing, f"{face.key} lacks {missing!r}"


def test_vietnamese_and_welsh_stay_in_the_main_font():
    for text in ("Nguyễn Thị Ánh ệ ữ", "Siôn Ŵyn ŷ", "e\u0301"):  # the last is NFC-composed
        assert [face.key for face, _ in font_runs(text)] == ["Sans"]


def test_each_script_gets_its_face():
    runs = [(face.key, text) for face, text in font_runs("Hi مريم अनन्या 王小明 さくら 김민준")]
    assert runs == [
        ("Sans", "Hi "),
        ("Arabic", "مريم "),
        ("Devanagari", "अनन्या "),
        ("CJK", "王小明 さくら 김민준"),
    ]


def test_a_word_is_set_in_one_face_where_possible():
    # reportlab shapes a whole word with one font, so these must not be split.
    cases = [("(مريم)", "Arabic"), ("«مريم»", "Arabic"), ("3岁", "CJK"), ("(अनन्या)", "Devanagari")]
    for word, key in cases:
        assert [face.key for face, _ in font_runs(word)] == [key], word


def test_markup_escapes_user_text():
    text = markup('Tom & Jerry <script>"x"</script>')
    assert text == 'Tom &amp; Jerry &lt;script&gt;"x"&lt;/script&gt;'


def test_markup_tags_runs_outside_the_base_font():
    text = markup("Hi مريم & 王", base_font="FamilySafe-Sans")
    assert text == (
        'Hi <font face="FamilySafe-Arabic">مريم &amp; </font><font face="FamilySafe-CJK">王</font>'
    )


def test_bold_markup_uses_each_faces_bold():
    text = markup("Hi مريم अनन्या 王", bold=True)
    assert text.startswith("Hi <font")  # the main face is the base: left untagged
    faces = re.findall(r'face="([^"]+)"', text)
    assert faces == [
        "FamilySafe-Arabic-Bold",
        "FamilySafe-Devanagari-Bold",
        "FamilySafe-CJK",  # no bold CJK file: the regular is used
    ]


def test_markup_keeps_line_breaks_and_drops_control_characters():
    assert markup("one\ntwo\x00\x07", base_font="FamilySafe-Sans") == "one<br/>two"


def test_registering_twice_is_harmless():
    register_fonts()
    register_fonts()
    assert pdfmetrics.getFont("FamilySafe-Sans").fontName == "FamilySafe-Sans"


def test_hebrew_gets_its_own_right_to_left_face():
    runs = [(face.key, text) for face, text in font_runs("Hi נועה (שרה) 123")]
    assert runs == [("Sans", "Hi "), ("Hebrew", "נועה (שרה) 123")]
    assert FACES[[f.key for f in FACES].index("Hebrew")].rtl


def test_hebrew_and_emoji_read_back_from_the_pdf(tmp_path):
    from pypdf import PdfReader

    from familysafe.export.pdf import build_pdf, make_styles, para

    path = tmp_path / "hebrew.pdf"
    styles = make_styles()
    build_pdf(
        path,
        [para("נועה אוהבת לצבוע", styles.body), para("We ❤️ it 🙂 🇬🇧", styles.body)],
        title="Test",
    )
    page = PdfReader(path).pages[0]
    text = unicodedata.normalize("NFKC", page.extract_text())
    for word in ("נועה", "אוהבת", "לצבוע"):  # drawn right to left: read back either way
        assert word in text or word[::-1] in text
    assert "[heavy black heart]" in text and "[slightly smiling face]" in text
    assert "[flag GB]" in text and "\ufffd" not in text
    fonts = {str(f) for f in page["/Resources"]["/Font"].values()}
    names = " ".join(str(page["/Resources"]["/Font"][k].get_object()["/BaseFont"])
                     for k in page["/Resources"]["/Font"])  # fmt: skip
    assert "FamilySafeSansHebrew" in names and fonts


def test_emoji_no_font_draws_become_their_names_and_drawable_symbols_stay():
    from familysafe.export.pdf.fonts import readable_symbols

    assert readable_symbols("I ❤️ it 🙂") == "I [heavy black heart] it [slightly smiling face]"
    assert (
        readable_symbols("👨\u200d👩\u200d👧 and 👍🏽") == "[man][woman][girl] and [thumbs up sign]"
    )
    assert readable_symbols("© ✓ → ★ é") == "© ✓ → ★ é"
    assert readable_symbols("क्\u200dष") == "क्\u200dष"  # a joiner inside a word stays


@pytest.mark.parametrize("face", FACES, ids=lambda f: f.key)
def test_the_character_map_read_alone_is_what_reportlab_reads(face):
    """Faces are chosen from their cmap before reportlab loads them: the two must agree."""
    path = paths.fonts_dir() / face.regular_file
    loaded = TTFontFile(str(path), subfontIndex=face.subfont).charToGlyph
    assert code_points(path, face.subfont) == frozenset(loaded)


def _faces_after(statement: str) -> list[str]:
    code = f"""
from familysafe.export.pdf import fonts
{statement}
print(sorted(fonts.registered_faces()))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return eval(out.stdout)  # a printed list of face keys


def test_an_english_document_loads_only_the_main_face(tmp_path):
    statement = f"""
from familysafe.export.pdf import build_pdf, para
TEXT = "Siôn & Nguyễn Thị Ánh: 1–2 • “ok”"
build_pdf({str(tmp_path / "a.pdf")!r}, lambda s: [para(TEXT, s.body)],
          title="Plan", header_text="The Joneses", date_text="7 December 2026")
"""
    assert _faces_after(statement) == ["Sans"]


def test_a_document_loads_the_faces_its_text_needs(tmp_path):
    statement = f"""
from familysafe.export.pdf import build_pdf, para
build_pdf({str(tmp_path / "a.pdf")!r}, lambda s: [para("Mia and 王小明 🙂", s.body)], title="Plan")
"""
    assert _faces_after(statement) == ["CJK", "Sans"]
