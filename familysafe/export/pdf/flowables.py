"""Building blocks for documents, made from plain text so that user text is always safe.

Names, notes and translated sentences may contain ``&``, ``<`` or any script. :func:`para` turns
such text into a paragraph that is escaped, has a font per script, is shaped where the script
needs it, and runs right to left when its first letter is Arabic. The other helpers build on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreakIfNotEmpty,
    Paragraph,
    Table,
    TableStyle,
)

from familysafe.export.pdf import bidi
from familysafe.export.pdf.fonts import is_bold_font, markup, register_fonts
from familysafe.export.pdf.scripts import base_direction, needs_shaping
from familysafe.export.pdf.styles import Styles, variant

__all__ = [
    "MeasuredTable",
    "forget_layouts",
    "Para",
    "bullet_list",
    "card_sheets",
    "para",
    "paras",
    "signature_table",
    "strong",
]

Text = str | Sequence[str]


class strong(str):  # noqa: N801 - reads like markup: para(["Who: ", strong(name)], style)
    """A piece of text to set in bold inside :func:`para`."""


class Para(Paragraph):
    """A reportlab Paragraph that draws right-to-left words in visual order (see :mod:`.bidi`).

    ``rtl`` is the paragraph's base direction. Page splits create new instances through
    ``self.__class__``, so :meth:`split` passes the direction on.
    """

    blPara: Any  # reportlab's lines, set when the paragraph is wrapped

    def __init__(self, text: Any, style: ParagraphStyle, *args: Any, rtl: bool = False, **kw):
        key = None
        if not args and not kw and isinstance(text, str) and len(text) <= _SHORT:
            key = (text, style)
        self._same_as = key  # paragraphs made from the same markup and style break alike
        parsed = _parsed.get(key) if key else None
        if parsed is not None:  # the same markup in the same style, parsed before
            cleaned, parsed_style, frags = parsed
            super().__init__(cleaned, parsed_style, frags=[_copy(f) for f in frags])
        else:
            super().__init__(text, style, *args, **kw)
            if key is not None and self.bulletText is None:
                if len(_parsed) > _PARSED_MEMO:
                    _parsed.clear()
                _parsed[key] = (self.text, self.style, [_copy(f) for f in self.frags])
        self.rtl = rtl

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        """Lines for ``availWidth``, broken once: a table wraps each cell again to measure rows,
        to split at a page and to draw, and reportlab would break the same lines every time
        (on the large household's plan, four times for each paragraph). The lines depend on
        the width alone, so the paragraph as the first wrap at this width left it is kept and
        put back."""
        kept = self.__dict__.get("_wrapped")
        if kept is not None and kept[0] == availWidth:
            self.__dict__.update(kept[2])
            return kept[1]
        same = self.__dict__.get("_same_as")
        shared = _broken.get((same, self.rtl, availWidth)) if same is not None else None
        if shared is not None:  # another paragraph of the same markup and style, this wide
            size, lines = shared
            self.__dict__.update(lines)
        else:
            size = super().wrap(availWidth, availHeight)
        state = {k: v for k, v in self.__dict__.items() if k != "_wrapped"}
        self._wrapped = (availWidth, size, state)
        if same is not None and shared is None:
            if len(_broken) > _PARSED_MEMO:
                _broken.clear()
            lines = {k: v for k, v in state.items() if k not in _OWN}
            _broken[same, self.rtl, availWidth] = (size, lines)
        return size

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, Para):
                part.rtl = self.rtl
        return parts

    def drawPara(self, debug=0):  # noqa: N802 - reportlab's name
        logical = self.blPara
        if not bidi.has_rtl(logical):
            return super().drawPara(debug)
        self.blPara = bidi.visual_paragraph(logical, self.rtl)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


# Paragraph markup parsed before, by markup and style: its cleaned text, its style and its pieces
# (reportlab's "frags"). reportlab parses markup with an HTML parser, a tenth of a long plan's
# export, and a document repeats its short texts ("To do", a date, a bullet). Only short texts
# are kept; each paragraph gets its own copies of the pieces.
_parsed: dict[tuple[str, ParagraphStyle], tuple[str, ParagraphStyle, list]] = {}
_PARSED_MEMO = 20_000
_SHORT = 300  # characters of markup


# Lines already broken, by markup, style, direction and width: (size, reportlab's lines and
# measures). Paragraphs share them, as they are only read once broken; each keeps its own
# pieces and direction.
_broken: dict[tuple[tuple[str, ParagraphStyle], bool, float], tuple[Any, dict[str, Any]]] = {}
_OWN = frozenset({"frags", "rtl", "_same_as", "canv"})


def forget_layouts() -> None:
    """Drop the parses and lines kept while a document was built: they are keyed by its styles,
    which are its own, so they serve no other document (and would keep its memory)."""
    _parsed.clear()
    _broken.clear()


def _copy(frag: Any) -> Any:
    """A copy of one of reportlab's pieces of a parsed paragraph, with lists of its own."""
    made = frag.clone()
    for key, value in made.__dict__.items():
        if isinstance(value, list):
            made.__dict__[key] = list(value)
    return made


class MeasuredTable(Table):
    """reportlab's Table, measured once for a width when nothing has changed since.

    reportlab measures every row of a table each time it is wrapped: a table in a section is
    measured to see whether the section starts on this page, again when the frame places it,
    and again if a group kept together is split. The measure depends on the width alone when
    the whole table fits the height offered (reportlab stops early only when it does not), so
    then the measure already made is kept.
    """

    # reportlab's measure and what it sets; types-reportlab lists none of them.
    _hmax: int  # the rows measured
    _height: float
    _cellvalues: list

    def _calc(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        if (
            self.__dict__.get("_measured_for") == availWidth
            and self._hmax == len(self._cellvalues)
            and self._height <= availHeight
        ):
            return
        self._measured_for = None
        super()._calc(availWidth, availHeight)  # type: ignore[misc]
        self._measured_for = availWidth


def para(
    text: Text,
    style: ParagraphStyle,
    *,
    alignment: int | None = None,
    rtl: bool | None = None,
) -> Para:
    """A paragraph of plain ``text`` in ``style``.

    ``text`` is a string, or a sequence of strings where pieces wrapped in :class:`strong` are
    bold. Line breaks in the text are kept. Text whose first letter is right-to-left runs right
    to left and is right-aligned (a left-aligned style is mirrored); ``rtl`` sets the direction
    instead (a name in another script first: "Arun: ..." in an Arabic document), and
    ``alignment`` (``TA_LEFT``, ``TA_CENTER``, ``TA_RIGHT``) overrides the alignment.
    """
    register_fonts()
    pieces = _pieces(text)
    plain = "".join(pieces)
    if rtl is None:
        rtl = base_direction(plain) == "rtl"
    if pieces:  # a leading mark chose the direction; it has no ink (a font may draw a box)
        pieces[0] = _without_leading_mark(pieces[0])
    style_bold = is_bold_font(style.fontName)
    body = "".join(
        markup(piece, bold=style_bold or isinstance(piece, strong), base_font=style.fontName)
        for piece in pieces
    )
    chosen = variant(style, rtl=rtl, shaping=needs_shaping(plain), alignment=alignment)
    return Para(body, chosen, rtl=rtl)


CHUNK = 1500  # characters: the longest paragraph :func:`paras` makes from one long text


def paras(
    text: Text, style: ParagraphStyle, *, alignment: int | None = None, chunk: int = CHUNK
) -> list[Para]:
    """Like :func:`para`, for text that may be long (a private note): a list of paragraphs of
    at most about ``chunk`` characters each, cut at line breaks (or, in a longer line, at a
    space), which together read as the one paragraph.

    reportlab breaks a whole paragraph into lines again each time it splits it across a page or
    a table row, so a note of n characters over n/3000 pages costs n\u00b2: 300,000 characters
    took four minutes. Pieces of bounded length keep the work linear. Only the first piece keeps
    the style's space before and only the last its space after.
    """
    pieces = _pieces(text)
    if sum(len(p) for p in pieces) <= chunk:
        return [para(text, style, alignment=alignment)]
    groups: list[list[str]] = [[]]
    size = 0
    for piece in pieces:
        for part in _cuts(piece, chunk):
            if size and size + len(part) > chunk:
                groups.append([])
                size = 0
            cut = type(piece)(part)  # keeps strong() pieces bold
            groups[-1].append(cut)
            size += len(part)
    out = []
    for i, group in enumerate(groups):
        if group and group[-1].endswith("\n"):
            group[-1] = type(group[-1])(group[-1][:-1])  # the break is now between paragraphs
        piece_style = style
        if len(groups) > 1:
            piece_style = ParagraphStyle(
                f"{style.name}-part{min(i, 1)}{int(i == len(groups) - 1)}",
                parent=style,
                spaceBefore=style.spaceBefore if i == 0 else 0,
                spaceAfter=style.spaceAfter if i == len(groups) - 1 else 0,
            )
        out.append(para(group, piece_style, alignment=alignment))
    return out


def _cuts(text: str, chunk: int) -> list[str]:
    """``text`` in parts ending at line breaks (kept), lines longer than ``chunk`` cut after a
    space near that length (or at it, when there is none)."""
    parts = []
    for line in text.splitlines(keepends=True):
        while len(line) > chunk:
            at = line.rfind(" ", chunk // 2, chunk) + 1 or chunk
            parts.append(line[:at])
            line = line[at:]
        if line:
            parts.append(line)
    return parts


def _without_leading_mark(piece: str) -> str:
    bare = piece.lstrip("\u200e\u200f")
    if bare == piece:
        return piece
    return strong(bare) if isinstance(piece, strong) else bare


def _pieces(text: Text) -> list[str]:
    return [text] if isinstance(text, str) else list(text)


def bullet_list(
    items: Iterable[Text],
    styles: Styles,
    *,
    style: ParagraphStyle | None = None,
    bullet: str = "\u2022",
    numbered: bool = False,
    rtl: bool | None = None,
) -> Flowable:
    """A bulleted (or numbered) list; each item is plain text as for :func:`para`.

    ``rtl`` is the list's direction: a right-to-left list has its bullets on the right and
    every item runs right to left, also one that starts with a word in another script (an
    English sentence keeps its own order inside). A document passes its own direction, so that
    all its lists agree; without it, the first item's direction is the list's, and each item
    keeps its own. Laid out as a table so that each item keeps its bullet beside it when the
    list runs over a page.
    """
    style = style or styles.list_item
    items = list(items)
    given = rtl
    if rtl is None:
        rtl = bool(items) and base_direction("".join(_pieces(items[0]))) == "rtl"
    side = TA_RIGHT if rtl else TA_LEFT  # every item lines up with its bullet
    paragraphs = [para(item, style, alignment=side, rtl=given) for item in items]
    rows: list[list[Para | str]] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        marker = para(f"{number}." if numbered else bullet, style, alignment=side)
        rows.append([paragraph, marker] if rtl else [marker, paragraph])
    gutter = styles.pt(22 if numbered else 14)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), style.spaceAfter),
    ]

    def layout(width: float) -> Table:
        text = max(width - gutter, gutter)
        widths = [text, gutter] if rtl else [gutter, text]
        return MeasuredTable(
            rows or [[""]], colWidths=widths, style=TableStyle(commands), hAlign="LEFT"
        )

    return _FitWidth(layout)


def signature_table(
    names: Sequence[str],
    styles: Styles,
    *,
    name_label: str,
    signature_label: str,
    date_label: str,
) -> Flowable:
    """A table with one row per person to sign: their name, then ruled space to sign and date.

    The labels are translated by the caller. The columns run right to left when the name
    label does. The heading row repeats if the table runs over a page.
    """
    rtl = base_direction(name_label) == "rtl"
    labels = (name_label, signature_label, date_label)
    side = TA_RIGHT if rtl else TA_LEFT  # a Latin name in an Arabic table still lines up
    header = [para(label, styles.table_header, alignment=side) for label in labels]
    rows = [header] + [[para(name, styles.body, alignment=side), "", ""] for name in names]
    fractions = [0.38, 0.40, 0.22]
    if rtl:
        rows = [list(reversed(row)) for row in rows]
        fractions.reverse()
    first_ruled, last_ruled = (0, 1) if rtl else (1, 2)
    commands: list[tuple[Any, ...]] = [  # reportlab's table style commands
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (first_ruled, 1), (last_ruled, -1), 0.6, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), styles.pt(4)),
        ("RIGHTPADDING", (0, 0), (-1, -1), styles.pt(10)),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.pt(3)),
        ("TOPPADDING", (0, 1), (-1, -1), styles.pt(22)),  # room to write
    ]

    def layout(width: float) -> Table:
        widths = [width * f for f in fractions]
        return MeasuredTable(rows, colWidths=widths, style=TableStyle(commands), repeatRows=1)

    return _FitWidth(layout)


class _FitWidth(Flowable):
    """A flowable made for the width of the frame it lands in (tables whose columns are
    shares of the page, whatever the margins or the page size)."""

    def __init__(self, layout: Callable[[float], Flowable]):
        super().__init__()
        self._layout = layout
        self._made: Flowable | None = None
        self._made_for = 0.0  # the width it was made for (read only once made)

    def _make(self, width: float) -> Flowable:
        if self._made is None or self._made_for != width:
            self._made, self._made_for = self._layout(width), width
        return self._made

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self.width, self.height = self._make(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        return self._make(availWidth).split(availWidth, availHeight)

    def draw(self):
        assert self._made is not None
        self._made.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self):  # noqa: N802 - reportlab's name
        return self._made.getSpaceBefore() if self._made else 0

    def getSpaceAfter(self):  # noqa: N802 - reportlab's name
        return self._made.getSpaceAfter() if self._made else 0


def card_sheets(
    cards: Sequence[Sequence[Flowable]],
    *,
    columns: int = 2,
    rows: int = 3,
    padding: float = 12,
) -> list[Flowable]:
    """Pages of cut-out cards: ``columns`` x ``rows`` cards a page, with dashed cutting lines.

    Each card is a list of flowables (for example ``[para(title, s.card_title), para(text,
    s.card)]``). Every sheet starts on a new page and fills the page; text too long for its card
    is shrunk to fit rather than spilling over the cutting line.
    """
    per_page = columns * rows
    out: list[Flowable] = []
    for start in range(0, len(cards), per_page):
        out.append(PageBreakIfNotEmpty())
        out.append(_CardSheet(list(cards[start : start + per_page]), columns, rows, padding))
    return out


class _CardSheet(Flowable):
    """One page of cards, sized to the frame it is drawn in."""

    def __init__(self, cards: list[Sequence[Flowable]], columns: int, rows: int, padding: float):
        super().__init__()
        self._cards = cards
        self._columns = columns
        self._rows = rows
        self._padding = padding
        self._table: Table | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        cell_w = availWidth / self._columns
        cell_h = (availHeight - 1) / self._rows
        inner_w = cell_w - 2 * self._padding
        inner_h = cell_h - 2 * self._padding
        grid: list[list[Any]] = []
        for r in range(self._rows):
            row: list[KeepInFrame | str] = []
            for c in range(self._columns):
                i = r * self._columns + c
                if i < len(self._cards):
                    row.append(KeepInFrame(inner_w, inner_h, list(self._cards[i]), mode="shrink"))
                else:
                    row.append("")
            grid.append(row)
        used_rows = max(1, -(-len(self._cards) // self._columns))
        self._table = Table(
            grid[:used_rows], colWidths=[cell_w] * self._columns, rowHeights=[cell_h] * used_rows
        )
        self._table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.7, colors.black, None, (4, 3)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), self._padding),
                    ("RIGHTPADDING", (0, 0), (-1, -1), self._padding),
                    ("TOPPADDING", (0, 0), (-1, -1), self._padding),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self._padding),
                ]
            )
        )
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self):
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)
