"""Whole documents: real, searchable text in every script, embedded fonts, page numbers,
metadata, large print, and files written whole and private.

Text is read back with pypdf. Arabic comes back as presentation forms (one character per
glyph, in logical order); NFKC turns them back into the letters typed, as PDF viewers do when
searching. Devanagari conjuncts come back as typed thanks to the ToUnicode map that
:mod:`familysafe.export.pdf.textmap` writes.
"""

from __future__ import annotations

import os
import stat
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Spacer

from familysafe.export.pdf import (
    build_pdf,
    bullet_list,
    card_sheets,
    para,
    signature_table,
    strong,
)

NAMES = [
    "Siôn Ŵyn",
    "Nguyễn Thị Ánh",
    "Αλέξανδρος",
    "Дмитрий",
    "مريم",
    "अनन्या",
    "王小明",
    "さくら",
    "김민준",
]
SENTENCES = [
    "Welsh: ŵ ŷ Ŵ Ŷ, Vietnamese: ệ ữ ặ ở.",
    "Η ασφάλεια στο διαδίκτυο ξεκινά με μια συζήτηση.",
    "Безопасность в интернете начинается с разговора.",
    "نتحدث معاً عن الأمان على الإنترنت كل أسبوع.",
    "हम हर हफ़्ते ऑनलाइन सुरक्षा पर बात करते हैं।",
    "我们每周谈一次网络安全。",
    "毎週オンラインの安全について話します。",
    "우리는 매주 온라인 안전에 대해 이야기합니다.",
]


def _story(s):
    out = [para("Our family agreement", s.title), para(["Made by ", strong("us")], s.subtitle)]
    out += [para(f"Name: {name}", s.body) for name in NAMES]
    out += [para(sentence, s.body) for sentence in SENTENCES]
    return out


def _text(reader: PdfReader) -> str:
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFKC", raw)


@pytest.fixture(scope="module")
def agreement(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "agreement.pdf"
    build_pdf(
        path,
        _story,
        title="Family agreement",
        header_text="The Jones & Nguyễn family",
        date_text="23 November 2026",
        page_template="Page {page} of {pages}",
    )
    return path


def test_every_name_can_be_found_in_the_text(agreement):
    text = _text(PdfReader(agreement))
    for name in NAMES:
        assert unicodedata.normalize("NFKC", name) in text, name


def test_sentences_in_every_script_can_be_found(agreement):
    text = _text(PdfReader(agreement))
    for sentence in SENTENCES:
        if "ن" in sentence:
            # Arabic: extractors order words on a right-to-left line differently; every word
            # must be there.
            for word in sentence.rstrip(".").split():
                assert word in text, word
        else:
            assert unicodedata.normalize("NFKC", sentence) in text, sentence


def test_user_text_is_escaped_not_interpreted(agreement):
    text = _text(PdfReader(agreement))
    assert "The Jones & Nguyễn family" in text


def test_every_script_font_is_embedded(agreement):
    reader = PdfReader(agreement)
    embedded = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = font["/BaseFont"].split("+")[-1]
            descriptor = font.get("/FontDescriptor")
            embedded[name] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    for expected in (
        "NotoSans-Regular",
        "NotoSans-Bold",
        "FamilySafeSansArabic-Regular",
        "FamilySafeSansDevanagari-Regular",
        "WenQuanYiMicroHei",
    ):
        matches = [name for name in embedded if name.startswith(expected)]
        assert matches, f"{expected} not used"
        assert all(embedded[name] for name in matches), f"{expected} not embedded"
    # reportlab always lists Helvetica; it is never drawn with, so need not be embedded.
    assert set(embedded) - {n for n in embedded if embedded[n]} <= {"Helvetica"}


def test_pages_are_numbered_out_of_the_total(tmp_path):
    path = tmp_path / "long.pdf"
    build_pdf(
        path,
        lambda s: [para("A line of text. " * 20, s.body) for _ in range(40)],
        title="Long",
        page_template="Tudalen {page} o {pages}",
    )
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages > 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Tudalen {number} o {pages}" in page.extract_text()


def test_page_text_can_be_a_function(tmp_path):
    path = tmp_path / "f.pdf"
    build_pdf(path, [], title="T", page_template=lambda page, pages: f"{page}/{pages}")
    assert "1/1" in PdfReader(path).pages[0].extract_text()


def test_header_is_on_every_page(tmp_path):
    path = tmp_path / "long.pdf"
    build_pdf(
        path,
        lambda s: [para("Words " * 60, s.body) for _ in range(30)],
        title="Long",
        header_text="The Ŵyn family",
        date_text="1 March 2026",
    )
    reader = PdfReader(path)
    assert len(reader.pages) > 1
    for page in reader.pages:
        text = page.extract_text()
        assert "The Ŵyn family" in text
        assert "1 March 2026" in text
        # reading order: header, then body, then footer
        assert text.index("The Ŵyn family") < text.index("Words") < text.index("Page ")


def test_metadata(agreement):
    info = PdfReader(agreement).metadata
    assert info.title == "Family agreement"
    assert info.creator == "FamilySafe"
    assert not info.author
    assert not info.subject


def test_author_when_given(tmp_path):
    path = tmp_path / "a.pdf"
    build_pdf(path, [], title="T", author="Ana", language="cy")
    reader = PdfReader(path)
    assert reader.metadata.author == "Ana"
    assert reader.trailer["/Root"]["/Lang"] == "cy"


def test_the_file_is_private(agreement):
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(agreement).st_mode) == 0o600


def test_large_print_scales_text_up(tmp_path):
    def words(s):
        return [
            para("Talk about who your child plays games with online. " * 6, s.body)
            for _ in range(40)
        ]

    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    build_pdf(normal, words, title="T")
    build_pdf(large, words, title="T", large_print=True)
    # 1.4 times the size in both directions: about twice the pages
    assert len(PdfReader(large).pages) >= 1.6 * len(PdfReader(normal).pages)


def test_a_bad_page_template_fails_before_writing(tmp_path):
    path = tmp_path / "x.pdf"
    with pytest.raises(KeyError):
        build_pdf(path, [], title="T", page_template="Page {page} of {total}")
    assert not path.exists()


class _Explodes(Flowable):
    def wrap(self, availWidth, availHeight):  # noqa: N803
        raise RuntimeError("boom")


def test_a_failing_build_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"old plan")
    with pytest.raises(RuntimeError):
        build_pdf(path, [Spacer(1, 10), _Explodes()], title="T")
    assert path.read_bytes() == b"old plan"
    assert os.listdir(tmp_path) == ["plan.pdf"]


def test_building_blocks_lay_out(tmp_path):
    path = tmp_path / "blocks.pdf"

    def story(s):
        cards = [
            [para(f"Card {n}", s.card_title), para("Who did you play with?", s.card)]
            for n in range(7)
        ]
        return [
            bullet_list(["We talk first", "مريم تتحدث معنا"], s),
            bullet_list(["First", "Second"], s, numbered=True),
            signature_table(
                NAMES, s, name_label="Name", signature_label="Signature", date_label="Date"
            ),
            *card_sheets(cards),
        ]

    build_pdf(path, story, title="Blocks")
    reader = PdfReader(path)
    text = _text(reader)
    for expected in ("We talk first", "1.", "2.", "Second", "Signature", "Date", "Card 6"):
        assert expected in text
    for name in NAMES:
        assert unicodedata.normalize("NFKC", name) in text
    # 7 cards at 6 a page: two card sheets after the page with the lists and signatures
    assert len(reader.pages) >= 3
    assert "Card 6" in reader.pages[-1].extract_text()
    assert "Card 5" not in reader.pages[-1].extract_text()


def test_a_long_text_becomes_bounded_paragraphs_that_keep_every_word(tmp_path):
    """reportlab re-breaks a whole paragraph at every page split: long text goes in pieces."""
    from familysafe.export.pdf import make_styles, paras

    words = [f"word{i}" for i in range(4000)]
    text = " ".join(words[:1500]) + "\n" + " ".join(words[1500:])
    parts = paras(text, make_styles(False).body)
    assert len(parts) > 10
    assert all(len(p.text) < 2 * 1500 for p in parts)  # markup of at most ~1500 characters
    path = tmp_path / "long.pdf"
    build_pdf(path, parts, title="Long")
    printed = "".join(page.extract_text() for page in PdfReader(path).pages).split()
    assert [w for w in printed if w.startswith("word")] == words
