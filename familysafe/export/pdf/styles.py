"""The few paragraph styles every FamilySafe document uses.

One small set keeps the documents consistent: a title, two heading levels, body text, small
print, list items and the text on cut-out cards. Everything is black on white so that a
document prints well on any printer, and sizes are generous because these pages are read at the
kitchen table. Large print multiplies every size and space by :data:`LARGE_PRINT_SCALE`.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from familysafe.core.records import record
from familysafe.export.pdf.fonts import SANS, SANS_BOLD, register_fonts

__all__ = ["LARGE_PRINT_SCALE", "Styles", "make_styles", "variant"]

LARGE_PRINT_SCALE = 1.4


@record
class Styles:
    """The styles of one document; build them with :func:`make_styles`."""

    scale: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    list_item: ParagraphStyle
    card_title: ParagraphStyle
    card: ParagraphStyle
    table_header: ParagraphStyle
    header: ParagraphStyle
    footer: ParagraphStyle

    def pt(self, points: float) -> float:
        """A length in points, scaled for large print (for spacers, padding, rules)."""
        return points * self.scale


def make_styles(large_print: bool = False) -> Styles:
    """The document styles, at normal size or scaled for large print."""
    register_fonts()
    k = LARGE_PRINT_SCALE if large_print else 1.0

    def style(name: str, size: float, *, bold: bool = False, leading: float = 1.35, **kw):
        return ParagraphStyle(
            name=f"FamilySafe-{name}" + ("-large" if large_print else ""),
            fontName=SANS_BOLD if bold else SANS,
            fontSize=size * k,
            leading=size * k * leading,
            textColor=colors.black,
            alignment=kw.pop("alignment", TA_LEFT),
            spaceBefore=kw.pop("spaceBefore", 0) * k,
            spaceAfter=kw.pop("spaceAfter", 0) * k,
            leftIndent=kw.pop("leftIndent", 0) * k,
            allowWidows=0,
            allowOrphans=0,
            splitLongWords=1,
            **kw,
        )

    return Styles(
        scale=k,
        title=style("title", 22, bold=True, leading=1.2, spaceAfter=6),
        subtitle=style("subtitle", 13, spaceAfter=12),
        h1=style("h1", 16, bold=True, leading=1.25, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        h2=style("h2", 13, bold=True, leading=1.25, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=style("body", 11, spaceAfter=6),
        small=style("small", 9, spaceAfter=4),
        list_item=style("list", 11, spaceAfter=3),
        card_title=style("card-title", 14, bold=True, leading=1.25, spaceAfter=6),
        card=style("card", 12, leading=1.4, spaceAfter=4),
        table_header=style("table-header", 10, bold=True),
        header=style("header", 9),
        footer=style("footer", 9, alignment=TA_CENTER),
    )


@functools.lru_cache(maxsize=512)
def variant(
    style: ParagraphStyle,
    *,
    rtl: bool = False,
    shaping: bool = False,
    alignment: int | None = None,
) -> ParagraphStyle:
    """``style`` adjusted for one paragraph: mirrored for right-to-left text, with HarfBuzz
    shaping switched on when the text needs it, or with another alignment.

    Shaping is only switched on where needed because reportlab shapes each word with the font
    of its first letter, which is harmless for Arabic and Devanagari words (their fonts carry
    the Latin punctuation) but would break a word such as "Nguyễn的" that needs two fonts.
    """
    if not rtl and not shaping and alignment is None:
        return style
    changes: dict[str, Any] = {"shaping": 1 if shaping else 0}
    if rtl:
        changes["leftIndent"] = style.rightIndent
        changes["rightIndent"] = style.leftIndent
        if style.alignment == TA_LEFT:
            changes["alignment"] = TA_RIGHT
        elif style.alignment == TA_RIGHT:
            changes["alignment"] = TA_LEFT
    if alignment is not None:
        changes["alignment"] = alignment
    suffix = ("-rtl" if rtl else "") + ("-shaped" if shaping else "") + f"-a{alignment}"
    return ParagraphStyle(name=style.name + suffix, parent=style, **changes)
