"""Work a document repeats is done once: a word's width, a text's markup, a paragraph's parse,
a table's measure. Each gives exactly what reportlab's own way gives."""

import functools

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table

from familysafe import paths
from familysafe.export.pdf import build_pdf, flowables, fonts, markup, para, strong
from familysafe.export.pdf.flowables import MeasuredTable
from familysafe.export.pdf.styles import make_styles

TEXT = st.lists(
    st.sampled_from(list("abc XYZ éßø&<>\"'·–—“”0123") + ["\n", "مرحبا", "नमस्ते", "王"]),
    max_size=30,
).map("".join)


@functools.cache
def _stock_font() -> TTFont:
    """The main face as reportlab's own TrueType font, without our class."""
    return TTFont("stock-sans", str(paths.fonts_dir() / "NotoSans-Regular.ttf"))


@settings(max_examples=60, deadline=None)
@given(words=st.lists(TEXT, max_size=8), size=st.sampled_from([7, 9, 11, 12.6, 15.4, 30.8]))
def test_a_word_measures_as_reportlab_measures_it(words, size):
    fonts.register_fonts()
    ours = pdfmetrics.getFont(fonts.SANS)
    stock = _stock_font()
    for word in words + words:  # the second time from what was kept
        assert ours.stringWidth(word, size) == stock.stringWidth(word, size)


@settings(max_examples=60, deadline=None)
@given(text=TEXT, bold=st.booleans())
def test_markup_made_again_is_the_markup_made_first(text, bold):
    first = markup(text, bold=bold)
    fonts._markup_made.clear()
    assert (
        markup(text, bold=bold)
        == first
        == fonts._markup(text, bold, fonts.SANS_FACE.bold if bold else fonts.SANS_FACE.regular)
    )


def _pieces(paragraph: Paragraph) -> list[dict]:
    return [dict(frag.__dict__) for frag in paragraph.frags]


@settings(max_examples=40, deadline=None)
@given(text=TEXT, strong_part=TEXT)
def test_a_paragraph_parsed_before_has_the_pieces_reportlab_parses(text, strong_part):
    style = make_styles().small
    first = para([text, strong(strong_part)], style)
    again = para([text, strong(strong_part)], style)  # from what was kept
    stock = Paragraph(first.text, first.style)
    assert _pieces(again) == _pieces(first) == _pieces(stock)
    assert again.text == stock.text
    if again.frags:  # each paragraph has pieces of its own
        assert all(a is not b for a, b in zip(again.frags, first.frags, strict=True))
        again.frags[0].link.append("changed")
        assert first.frags[0].link == []


def _rows(n: int):
    style = make_styles().small
    return [
        [para(f"Talk {i}", style), para(f"We talked about games and friends {i} " * 3, style)]
        for i in range(n)
    ]


def _state(table: Table) -> tuple:
    return (
        table._width,
        table._height,
        list(table._rowHeights),
        table._hmax,
        list(table._rowpositions),
        list(table._colWidths),
    )


@settings(max_examples=40, deadline=None)
@given(
    heights=st.lists(st.integers(min_value=20, max_value=900), min_size=1, max_size=6),
    widths=st.lists(st.sampled_from([300, 420]), min_size=1, max_size=6),
    spans=st.booleans(),
)
def test_a_table_measures_as_reportlab_measures_it(heights, widths, spans):
    rows = _rows(12)
    # A cell over two rows: reportlab then stops measuring where the height runs out.
    style = [("SPAN", (0, 0), (0, 1))] if spans else []
    ours = MeasuredTable(rows, colWidths=["30%", "70%"], style=style)
    stock = Table(rows, colWidths=["30%", "70%"], style=style)
    for height, width in zip(heights, widths, strict=False):  # the same wraps, in turn
        assert ours.wrap(width, height) == stock.wrap(width, height)
        assert _state(ours) == _state(stock)


def test_a_table_that_fits_is_measured_once_for_its_width(monkeypatch):
    measured = []
    real = Table._calc_height

    def counting(self, *args, **kwargs):
        measured.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Table, "_calc_height", counting)
    table = MeasuredTable(_rows(5), colWidths=["30%", "70%"])
    size = table.wrap(400, 10_000)
    assert table.wrap(400, 800) == size  # fits: the same measure
    assert len(measured) == 1
    table.wrap(300, 800)  # another width: measured again
    table.wrap(400, 20)  # not room for all of it: measured again, as reportlab does
    assert len(measured) == 3


def test_the_file_is_compressed_without_ascii85(tmp_path):
    path = tmp_path / "plain.pdf"
    build_pdf(path, lambda s: [para("Talk about games. " * 40, s.body)], title="T")
    data = path.read_bytes()
    assert b"/ASCII85Decode" not in data
    assert b"/FlateDecode" in data
    assert "Talk about games." in PdfReader(path).pages[0].extract_text()


def _lines(paragraph: Paragraph) -> list[str]:
    """reportlab's lines, spelled out (its line objects compare by identity)."""
    return [repr(line) for line in paragraph.blPara.lines]


def test_paragraphs_of_the_same_text_are_broken_into_lines_once(monkeypatch):
    broken = []
    real = Paragraph.breakLines

    def counting(self, width):
        broken.append(width)
        return real(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    style = make_styles().small
    text = "Look at the settings together after dinner, & talk. " * 5
    first, second = para(text, style), para(text, style)
    stock = Paragraph(first.text, first.style)
    assert first.wrap(200, 800) == second.wrap(200, 800) == stock.wrap(200, 800)
    assert len(broken) == 2  # the first and reportlab's own: the second took the first's lines
    assert _lines(second) == _lines(stock)
    wider = Paragraph(first.text, first.style)
    assert second.wrap(300, 800) == wider.wrap(300, 800)  # another width: broken for it
    assert _lines(second) == _lines(wider)
    assert [type(p).__name__ for p in second.split(300, 30)] == ["Para", "Para"]


def test_a_written_document_keeps_none_of_its_paragraphs(tmp_path):
    def story(s):
        return [para("To do", s.small) for _ in range(20)] + [para("Done", s.body)]

    build_pdf(tmp_path / "a.pdf", story, title="T")
    assert not flowables._parsed
    assert not flowables._broken  # the lines kept for its repeated texts went with it
