"""Lay out a story of flowables as an A4 or US Letter PDF with a header, "page X of Y" and metadata.

Every page carries the same header (the family's name on the reading side, a date on the other,
a thin rule) and a footer with the page number out of the total. The total is only known at the
end, so the canvas holds each finished page back and draws the footers when the document is
saved: one layout pass, not two.

The header is drawn when a page starts and the footer last, so that a screen reader or a copy
and paste meets header, body and footer in that order. The file is written through
:func:`familysafe.files.atomic_file`: complete and private (0600), or not at all.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from familysafe.core.records import record
from familysafe.export.pdf.flowables import forget_layouts, para
from familysafe.export.pdf.fonts import SANS, register_fonts
from familysafe.export.pdf.scripts import base_direction
from familysafe.export.pdf.styles import Styles, make_styles
from familysafe.files import atomic_file

__all__ = ["CREATOR", "NewCopy", "PageText", "Story", "build_pdf", "page_text"]

CREATOR = "FamilySafe"

PageText = str | Callable[[int, int], str]
Story = Iterable[Flowable] | Callable[[Styles], Iterable[Flowable]]

PAPER_SIZES = {"a4": A4, "letter": LETTER}
_SIDE_MARGIN = 18 * mm
_EDGE = 10 * mm  # from the paper's edge to the header's top and the footer's bottom
_GAP = 5 * mm  # between the header or footer and the body

# Streams (page contents, embedded fonts) are compressed and written as binary, not also spelled
# out in ASCII85 (reportlab's default, for 7-bit channels that PDFs no longer travel through):
# files about a fifth smaller, and encoding them took a tenth of a long plan's export. Only our
# documents use reportlab in FamilySafe.
rl_config.useA85 = 0


def page_text(template: PageText) -> Callable[[int, int], str]:
    """Turn a footer template into a function of (page, pages).

    A template is a translated string with ``{page}`` and ``{pages}``, such as
    ``"Page {page} of {pages}"``, or a function returning the text. A template with other
    placeholders raises ``KeyError`` or ``IndexError`` here, before anything is written.
    """
    if callable(template):
        return template

    def render(page: int, pages: int) -> str:
        return template.format(page=page, pages=pages)

    render(1, 1)
    return render


def build_pdf(
    path: str | os.PathLike[str],
    story: Story,
    *,
    title: str,
    header_text: str = "",
    date_text: str = "",
    page_template: PageText = "Page {page} of {pages}",
    large_print: bool = False,
    author: str | None = None,
    subject: str | None = None,
    language: str | None = None,
    rtl: bool | None = None,
    paper: str = "a4",
) -> int:
    """Write a PDF to ``path`` and return its number of pages.

    ``story`` is a list of flowables, or better a function that receives the :class:`Styles`
    (normal or large print, as asked) and returns them. ``title`` becomes the document's
    metadata title; ``header_text`` (usually the family's name) and ``date_text`` (already
    formatted for the reader's language) head every page; ``page_template`` is the translated
    footer. The author is left empty unless given; the creator is "FamilySafe". ``language`` is
    a BCP 47 tag such as ``"cy"`` or ``"ar"`` for screen readers. ``rtl`` mirrors the header and
    defaults to the direction of ``title``. ``paper`` is ``"a4"`` or ``"letter"`` (US Letter:
    wider and shorter; the margins stay, the text frame follows the paper).
    """
    register_fonts()
    footer_text = page_text(page_template)
    styles = make_styles(large_print)
    flowables = list(story(styles) if callable(story) else story) or [Spacer(1, 1)]
    chrome = _Chrome(
        styles=styles,
        header_text=header_text,
        date_text=date_text,
        footer_text=footer_text,
        rtl=base_direction(title) == "rtl" if rtl is None else rtl,
        page_size=PAPER_SIZES[paper],
    )
    with atomic_file(path) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=chrome.page_size,
            leftMargin=_SIDE_MARGIN,
            rightMargin=_SIDE_MARGIN,
            topMargin=chrome.top_margin,
            bottomMargin=chrome.bottom_margin,
            title=title,
            author=author or "",
            subject=subject or "",
            creator=CREATOR,
            keywords=[],
            lang=language,
            displayDocTitle=True,
            initialFontName=SANS,
        )
        try:
            doc.build(
                flowables,
                onFirstPage=chrome.draw_header,
                onLaterPages=chrome.draw_header,
                canvasmaker=functools.partial(_NumberedCanvas, chrome=chrome),
            )
        finally:
            forget_layouts()
    canvas = doc.canv
    assert isinstance(canvas, _NumberedCanvas)  # made by the canvasmaker above
    return canvas.page_count


@record
class _Chrome:
    """What is drawn around the body of every page."""

    styles: Styles
    header_text: str
    date_text: str
    footer_text: Callable[[int, int], str]
    rtl: bool
    page_size: tuple[float, float] = A4

    @property
    def top_margin(self) -> float:
        return _EDGE + self.styles.header.leading * 2 + _GAP

    @property
    def bottom_margin(self) -> float:
        return _EDGE + self.styles.footer.leading * 2 + _GAP

    def draw_header(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        """The family's name on the reading side, the date on the other, a rule below."""
        if not (self.header_text or self.date_text):
            return
        width, height = self.page_size
        inner = width - 2 * _SIDE_MARGIN
        top = height - _EDGE
        # (text, alignment, left edge and width as shares of the line), left to right on paper
        name = (self.header_text, TA_LEFT, 0.0, 0.62)
        date = (self.date_text, TA_RIGHT, 0.62, 0.38)
        if self.rtl:
            name = (self.header_text, TA_RIGHT, 0.38, 0.62)
            date = (self.date_text, TA_LEFT, 0.0, 0.38)
        bottom = top
        for text, alignment, left, share in (name, date):
            if text:
                paragraph = para(text, self.styles.header, alignment=alignment)
                _, h = paragraph.wrap(inner * share, top)
                paragraph.drawOn(canvas, _SIDE_MARGIN + inner * left, top - h)
                bottom = min(bottom, top - h)
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.5)
        canvas.line(_SIDE_MARGIN, bottom - 2, width - _SIDE_MARGIN, bottom - 2)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        paragraph = para(self.footer_text(page, pages), self.styles.footer)
        paragraph.wrap(self.page_size[0] - 2 * _SIDE_MARGIN, self.bottom_margin)
        paragraph.drawOn(canvas, _SIDE_MARGIN, _EDGE)


class NewCopy(Flowable):
    """Put first on a page (after a ``PageBreak``): from this page on, pages are numbered as a
    copy of their own ("Page 1 of 2" again), such as one copy of the agreement per home."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        return 0, 0

    def draw(self) -> None:
        starts = getattr(self.canv, "_fs_copy_starts", None)
        if starts is not None:
            starts.add(self.canv.getPageNumber())


class _NumberedCanvas(Canvas):
    """A canvas that keeps every page until the end, to number them "X of Y" (within each copy
    when the story has :class:`NewCopy` marks)."""

    def __init__(self, *args, chrome: _Chrome, **kwargs):
        super().__init__(*args, **kwargs)
        self._fs_chrome = chrome
        self._fs_pages: list[dict] = []
        self._fs_copy_starts: set[int] = {1}
        self.page_count = 0  # known once saved: the number of pages in the file

    def showPage(self):  # noqa: N802 - reportlab's name
        self._fs_pages.append(dict(self.__dict__))
        # reportlab's own next-page step (what Canvas.showPage ends with); not in types-reportlab.
        self._startPage()  # type: ignore[attr-defined]

    def save(self):
        pages = len(self._fs_pages)
        starts = sorted(s for s in self._fs_copy_starts if s <= pages) or [1]
        ends = [s - 1 for s in starts[1:]] + [pages]
        numbers = {
            page: (page - start + 1, end - start + 1)
            for start, end in zip(starts, ends, strict=True)
            for page in range(start, end + 1)
        }
        for page, state in enumerate(self._fs_pages, start=1):
            self.__dict__.update(state)
            self._fs_chrome.draw_footer(self, *numbers[page])
            super().showPage()
        self.page_count = pages
        super().save()
