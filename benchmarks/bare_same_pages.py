"""The bare reportlab document of the same pages: stock reportlab, none of FamilySafe's code.

``python benchmarks/bare_same_pages.py SKELETON.json OUT.pdf`` lays out what
``pdf_skeleton.py`` wrote of a FamilySafe document: the same paragraphs (the same text and
markup, in the same sizes, spacing and TrueType fonts), the same tables (the same cells, column
widths, rules and padding; split across pages as ours are), the same groups kept together, the
same columns, the same page size and margins, a header (family name, date, rule) and a "page X
of Y" footer on every page (reportlab's usual canvas that keeps the pages until the total is
known).

This is what a programmer would write with reportlab alone to print the same document. What it
leaves out is FamilySafe's own work: reading the household, choosing a font per script,
shaping and right-to-left text, keeping a heading with the start of its section. Only the
standard library and reportlab are imported.
"""

import json
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import BalancedColumns

with open(sys.argv[1]) as fh:
    skeleton = json.load(fh)
for name, (path, subfont) in skeleton["fonts"].items():
    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=subfont))
for name in skeleton["fonts"]:
    if not name.endswith("-Bold"):
        bold = name + "-Bold" if name + "-Bold" in skeleton["fonts"] else name
        pdfmetrics.registerFontFamily(name, normal=name, bold=bold, italic=name, boldItalic=bold)
styles = {name: ParagraphStyle(name, **fields) for name, fields in skeleton["styles"].items()}


def value(v):
    if isinstance(v, dict):
        return colors.Color(*v["color"])
    return tuple(v) if isinstance(v, list) else v


def flowables(items):
    return [flowable(item) for item in items]


def cell(v):
    return v if isinstance(v, str) else flowables(v)


def flowable(item):
    kind = item["kind"]
    if kind == "p":
        return Paragraph(item["text"], styles[item["style"]])
    if kind == "table":
        commands = [tuple(value(v) for v in c) for c in item["commands"]]
        rows = [[cell(v) for v in row] for row in item["rows"]]
        return Table(rows, *item["args"], style=TableStyle(commands), **item["kwargs"])
    if kind == "keep":
        return KeepTogether(flowables(item["content"]))
    if kind == "frame":
        width, height = item["size"]
        return KeepInFrame(width, height, flowables(item["content"]), mode=item["mode"])
    if kind == "balanced":
        padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        return BalancedColumns(flowables(item["content"]), innerPadding=item["gap"], **padding)
    if kind == "space":
        return Spacer(*item["size"])
    if kind == "page":
        return PageBreak()
    raise SystemExit(f"unknown flowable {kind}")


def story(items):
    out = []
    for item in items:  # a section: its heading and body in sequence
        out += story(item["content"]) if item["kind"] == "list" else [flowable(item)]
    return out


width, height = skeleton["page"]
left, right, top, bottom = skeleton["margins"]
header, footer = styles[skeleton["header_style"]], styles[skeleton["footer_style"]]


def draw_header(canvas, doc):
    name, day = skeleton["header"]
    inner = width - left - right
    low = height - 10 * 72 / 25.4
    for text, style, x, share in ((name, TA_LEFT, 0, 0.62), (day, TA_RIGHT, 0.62, 0.38)):
        p = Paragraph(escape(text), ParagraphStyle("h", parent=header, alignment=style))
        _, h = p.wrap(inner * share, height)
        p.drawOn(canvas, left + inner * x, height - 10 * 72 / 25.4 - h)
        low = min(low, height - 10 * 72 / 25.4 - h)
    canvas.setLineWidth(0.5)
    canvas.line(left, low - 2, width - right, low - 2)


class NumberedCanvas(Canvas):
    """reportlab's usual recipe for "page X of Y": keep the pages, number them when saving."""

    def __init__(self, *args, **kwargs):
        Canvas.__init__(self, *args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            p = Paragraph(
                escape(skeleton["footer"].format(page=number, pages=len(self._pages))), footer
            )
            p.wrap(width - left - right, bottom)
            p.drawOn(self, left, 10 * 72 / 25.4)
            Canvas.showPage(self)
        Canvas.save(self)


SimpleDocTemplate(
    sys.argv[2],
    pagesize=(width, height),
    leftMargin=left,
    rightMargin=right,
    topMargin=top,
    bottomMargin=bottom,
    title=skeleton["title"],
).build(
    story(skeleton["story"]),
    onFirstPage=draw_header,
    onLaterPages=draw_header,
    canvasmaker=NumberedCanvas,
)
