"""The pieces every document is laid out with: the page header, the title block, headings that
stay with what follows them, ruled tables and framed boxes.

Black on white only, with meaning carried by words, weight and rules rather than colour, so that
every page reads the same from a black-and-white printer.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Spacer, Table, TableStyle

from familysafe.export.documents.data import Letterhead
from familysafe.export.documents.words import page_template
from familysafe.export.pdf import Styles, build_pdf, bullet_list, para
from familysafe.export.pdf.flowables import MeasuredTable
from familysafe.export.pdf.scripts import base_direction
from familysafe.words import long_date

Cell: TypeAlias = Flowable | str | list[Flowable]

GREY = colors.Color(0.45, 0.45, 0.45)  # rules only; never the only sign of anything
KEEP_WITH_HEADING = 110  # points: less room than this left, and a section starts a new page


def write(
    path: str | os.PathLike[str],
    head: Letterhead,
    title: str,
    story: Callable[[Styles], Iterable[Flowable]],
) -> int:
    """Write the document with the family's name and today's date on every page; returns the
    number of pages."""
    return build_pdf(
        path,
        story,
        title=title,
        header_text=head.family_name,
        date_text=long_date(head.today),
        page_template=page_template(),
        large_print=head.large_print,
        author=head.author,
        language=head.language,
        paper=head.paper,
    )


def title_block(s: Styles, title: str, *lines: str) -> list[Flowable]:
    """The document's title with a line or two under it (who it is for, what it holds)."""
    out: list[Flowable] = [para(title, s.title)]
    out += [para(line, s.subtitle) for line in lines if line]
    return out


def right_to_left() -> bool:
    """Whether the document runs right to left: its translated page template says (Arabic)."""
    return base_direction(page_template()) == "rtl"


def bullets(items: Iterable[Any], s: Styles, **options: Any) -> Flowable:
    """A bulleted list in the document's direction, whatever its first item: in an Arabic
    document every list has its bullets on the right, and an item that starts with a Latin
    name ("Arun: ...") or is an English sentence still runs right to left around it. Takes
    :func:`~familysafe.export.pdf.bullet_list`'s options."""
    return bullet_list(items, s, rtl=right_to_left(), **options)


def directed(text: str) -> str:
    """``text`` made to run in the document's direction even when it starts with a name in
    another script: a paragraph takes its direction from its first letter, so "مريم · Ages 5 to
    7" in an English plan would otherwise be set right to left. A zero-width mark of the
    document's direction goes first (translated templates say which direction that is)."""
    rtl = right_to_left()
    if not text or (base_direction(text) == "rtl") == rtl:
        return text
    # The mark is a word of its own: glued to an Arabic word, HarfBuzz's width for the word
    # comes out short and the next space disappears.
    return ("\u200f " if rtl else "\u200e ") + text


def kept_whole(text: str) -> str:
    """A sentence in another direction than the document's, kept whole inside a line that runs
    in the document's direction: an English line not yet translated, followed by Arabic words
    ("... before we do. (لـ Arun و Rosa)"), keeps its full stop at its end. Unchanged when the
    sentence already runs the document's way."""
    rtl = right_to_left()
    if not text or (base_direction(text) == "rtl") == rtl:
        return text
    # The opening mark sets the line's direction; the closing one keeps the sentence's own full
    # stop with it (a mark of the sentence's direction after it).
    return ("\u200f " if rtl else "\u200e ") + text + ("\u200e" if rtl else "\u200f")


def heading(text: str, style: ParagraphStyle) -> Flowable:
    """A heading that :func:`section` keeps with its text.

    The styles' own ``keepWithNext`` would bind a heading to *all* of the next flowable, so a
    long table would leave the rest of a page empty; here it is switched off and
    :func:`section` keeps only the start of the body with the heading instead.
    """
    return para(directed(text), loose(style))


def section(head: Flowable, body: Sequence[Flowable], s: Styles) -> list[Flowable]:
    """``head`` and ``body`` on this page when they fit; otherwise started here if a fair part
    of a page is left (the body then runs on), else on the next page. So no heading is left
    alone at the foot of a page, and no half-empty page is left before a long table."""
    body = list(body)
    if not body:
        return []
    return [KeepStart([head, *body], s.pt(KEEP_WITH_HEADING))]


class KeepStart(Flowable):
    """A heading and its body that start on a new page only when they must.

    They stay where they are when they fit, or when at least ``room`` points are left and the
    heading can take the start of its body with it (a table's first rows, a paragraph's first
    lines); otherwise they start on the next page. reportlab's ``KeepTogether`` instead moves
    the whole run whenever it does not fit, leaving most of a page empty before a long table
    (its ``maxHeight`` only stops it trying when little space is left).
    """

    def __init__(self, content: list[Flowable], room: float) -> None:
        super().__init__()
        self._content = content
        self._room = room
        self._heights: dict[float, float] = {}

    def measure(self, width: float) -> float:
        """The height of the whole run at ``width``."""
        if width not in self._heights:
            self._heights[width] = sum(_height(f, self.canv, width) for f in self._content)
        return self._heights[width]

    def starts_in(self, width: float, height: float) -> bool:
        """Whether the run can start in ``height`` points without leaving its heading alone."""
        if self.measure(width) <= height:
            return True
        if height < self._room or len(self._content) < 2:
            return False
        head, first = self._content[0], self._content[1]
        left = height - _height(head, self.canv, width)
        if isinstance(first, KeepStart):
            first.canv = self.canv
            return first.starts_in(width, left)
        if _height(first, self.canv, width) <= left:
            return True
        if isinstance(first, KeepTogether):
            return False
        return bool(first.split(width, left - first.getSpaceBefore()))

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self.measure(availWidth)
        return availWidth, _TALL  # always split: the frame then lays out the content itself

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        if self.starts_in(availWidth, availHeight):
            return list(self._content)
        return [FrameBreak(), *self._content]


def _height(flowable: Flowable, canv, width: float) -> float:
    """The height ``flowable`` takes at ``width``, with the space around it."""
    if isinstance(flowable, KeepStart):
        flowable.canv = canv
        height = flowable.measure(width)
    elif isinstance(flowable, KeepTogether):
        # reportlab's list of what it keeps together; types-reportlab does not list it.
        content: list[Flowable] = flowable._content  # type: ignore[attr-defined]
        height = sum(_height(f, canv, width) for f in content)
    else:
        height = flowable.wrapOn(canv, width, _TALL)[1]
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


_TALL = 0xFFFFFF


def loose(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without ``keepWithNext`` (see :func:`heading`)."""
    return _variant(style, "loose", keepWithNext=0)


def cell(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without the space after it, for text in table cells (the padding spaces it)."""
    return _variant(style, "cell", spaceAfter=0)


def compact(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` a little smaller and tighter, for long lists in tables that must stay short
    (the carer handout's rules); large print scales it like everything else."""
    size = style.fontSize * 10 / 11
    return _variant(style, "compact", fontSize=size, leading=size * 1.25, spaceAfter=0)


_VARIANTS: dict[tuple[str, str], ParagraphStyle] = {}


def _variant(style: ParagraphStyle, suffix: str, **changes: Any) -> ParagraphStyle:
    key = (style.name, suffix)
    if key not in _VARIANTS:
        _VARIANTS[key] = ParagraphStyle(name=f"{style.name}-{suffix}", parent=style, **changes)
    return _VARIANTS[key]


def table(
    rows: Sequence[Sequence[Cell]],
    s: Styles,
    widths: Sequence[str | float],
    *,
    header: bool = False,
    rules: bool = True,
    padding: float = 3,
    split_in_row: bool = False,
) -> Table:
    """A table as wide as the frame, rows split across pages. ``widths`` are percentages, or
    points for a column that must be so wide (the percentages then share what is left).

    With ``header`` the first row is a heading row, underlined and repeated on every page the
    table runs over; with ``rules`` a thin rule separates the rows. ``split_in_row`` lets one
    row run over a page (a long note); only for cells of plain paragraphs, as reportlab's
    in-row splitting fails on other flowables. A right-to-left document (Arabic) reads its
    columns from the right: the first column is drawn on the right.
    """
    if right_to_left():
        rows = [list(reversed(row)) for row in rows]
        widths = list(reversed(widths))
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), s.pt(padding)),
        ("RIGHTPADDING", (0, 0), (-1, -1), s.pt(padding)),
        ("TOPPADDING", (0, 0), (-1, -1), s.pt(padding)),
        ("BOTTOMPADDING", (0, 0), (-1, -1), s.pt(padding)),
    ]
    if rules:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY))
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 1, colors.black))
    return MeasuredTable(
        [list(row) for row in rows],
        colWidths=list(widths),
        style=TableStyle(commands),
        repeatRows=1 if header else 0,
        hAlign="LEFT",
        splitByRow=1,
        splitInRow=1 if split_in_row else 0,
    )


def boxed(content: Sequence[Flowable], s: Styles, *, weight: float = 1.2) -> Table:
    """Content in a black frame: what a reader must find at a glance (whom to call)."""
    box = MeasuredTable([[list(content)]], colWidths=["100%"], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), weight, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), s.pt(8)),
                ("RIGHTPADDING", (0, 0), (-1, -1), s.pt(8)),
                ("TOPPADDING", (0, 0), (-1, -1), s.pt(6)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), s.pt(4)),
            ]
        )
    )
    return box


def gap(s: Styles, points: float = 6) -> Spacer:
    return Spacer(1, s.pt(points))


def larger(style: ParagraphStyle, factor: float, name: str) -> ParagraphStyle:
    """``style`` at ``factor`` times its size (the agreement's lines, read by children)."""
    return ParagraphStyle(
        name=f"{style.name}-{name}",
        parent=style,
        fontSize=style.fontSize * factor,
        leading=style.leading * factor,
        spaceAfter=style.spaceAfter * factor,
    )
