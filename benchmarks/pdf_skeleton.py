"""What a FamilySafe document is made of, written out for the bare reportlab baseline.

``python benchmarks/pdf_skeleton.py DATA KIND NOTES OUT.json`` builds the document as
``familysafe export pdf`` does (``ExportService.export_pdf``), but stops where reportlab would
lay it out: the flowables (paragraphs with their text and style, tables with their cells,
column widths and style commands, kept-together groups, spacers, page breaks), the page's
geometry, the header (family name, date) and the footer's template are written as JSON.
``bare_same_pages.py`` then lays the same out with stock reportlab and none of FamilySafe's code.

FamilySafe's own flowables are written as the stock ones they stand for: a heading kept with the
start of its section (``KeepStart``) as the heading and its body in sequence (on a new page where
ours started one), a list or a signature table made for the frame's width (``_FitWidth``) as
that table, two columns (``Columns``) as a table of one row, two balanced columns that run on
over pages (``Flowing``) as reportlab's ``BalancedColumns``. Fonts are written as
the TrueType files they are read from, so the baseline draws the same glyphs at the same widths.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import (
    FrameBreak,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus import doctemplate as _doctemplate

from familysafe.core.clock import FixedClock
from familysafe.export.documents import layout
from familysafe.export.documents.columns import Columns, Flowing
from familysafe.export.pdf import document as _document
from familysafe.export.pdf import flowables as _flowables
from familysafe.export.pdf.fonts import FACES, registered_faces
from familysafe.services import open_services
from familysafe.services.exports import ExportOptions

PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
STYLE_FIELDS = (
    "fontName",
    "fontSize",
    "leading",
    "spaceBefore",
    "spaceAfter",
    "alignment",
    "leftIndent",
    "rightIndent",
    "firstLineIndent",
    "allowWidows",
    "allowOrphans",
    "splitLongWords",
    "keepWithNext",
    "wordWrap",
)


def _record_tables() -> None:
    """Make every Table remember the arguments it was made with and the commands styled on it
    (reportlab keeps only their effects)."""
    made, styled = Table.__init__, Table.setStyle

    def init(self, data, *args, **kwargs):
        self._bare = {"args": args, "kwargs": kwargs, "commands": []}
        made(self, data, *args, **kwargs)

    def set_style(self, style):
        commands = style.getCommands() if hasattr(style, "getCommands") else list(style)
        self._bare["commands"] += [list(c) for c in commands]
        styled(self, style)

    Table.__init__, Table.setStyle = init, set_style


class _Skeleton:
    def __init__(self, frame_width: float) -> None:
        self.frame_width = frame_width
        self.styles: dict[str, dict] = {}

    def flowable(self, f) -> dict | None:
        if isinstance(f, layout.KeepStart):  # on a new page where ours moved it to one
            page = [{"kind": "page"}] if getattr(f, "_bare_new_page", False) else []
            return {"kind": "list", "content": page + self.each(f._content)}
        if isinstance(f, _flowables._FitWidth):  # the table made for where it was drawn
            return self.flowable(f._made or f._layout(self.frame_width))
        if isinstance(f, Paragraph):
            self.style(f.style)
            return {"kind": "p", "text": f.text, "style": f.style.name}
        if isinstance(f, Table):
            return self.table(f)
        if isinstance(f, Flowing):  # balanced columns that run on: reportlab's own
            return {"kind": "balanced", "gap": f._gap, "content": self.each(f._content)}
        if isinstance(f, Columns):  # two columns side by side: a table of one row
            width = f._width_for(self.frame_width)
            commands = [["VALIGN", [0, 0], [-1, -1], "TOP"]]
            commands += [[side, [0, 0], [-1, -1], 0] for side in PADDINGS]
            commands.append(["RIGHTPADDING", [0, 0], [0, 0], f._gap])
            return {
                "kind": "table",
                "rows": [[self.each(f.columns[0]), self.each(f.columns[1])]],
                "args": [],
                "kwargs": {"colWidths": [width + f._gap, width], "hAlign": "LEFT"},
                "commands": commands,
            }
        if isinstance(f, KeepTogether):
            return {"kind": "keep", "content": self.each(f._content)}
        if isinstance(f, KeepInFrame):
            return {
                "kind": "frame",
                "size": [f.maxWidth, f.maxHeight],
                "mode": f.mode,
                "content": self.each(f._content),
            }
        if isinstance(f, Spacer):
            return {"kind": "space", "size": [f.width, f.height]}
        if isinstance(f, PageBreak):  # PageBreakIfNotEmpty too
            return {"kind": "page"}
        if isinstance(f, type(FrameBreak)):
            return None  # KeepStart's own: the baseline does not keep sections together
        if isinstance(f, _document.NewCopy):
            return None
        raise SystemExit(f"pdf_skeleton: no stock equivalent written for {type(f).__name__}")

    def each(self, content) -> list:
        return [d for d in (self.flowable(f) for f in content) if d is not None]

    def cell(self, value):
        if isinstance(value, str):
            return value
        if isinstance(value, list | tuple):
            return self.each(value)
        return self.each([value])

    def table(self, t: Table) -> dict:
        if not hasattr(t, "_bare"):
            raise SystemExit("pdf_skeleton: a table made before its arguments were recorded")
        rows = [[self.cell(v) for v in row] for row in t._cellvalues]
        kwargs = dict(t._bare["kwargs"])
        kwargs.pop("style", None)
        return {
            "kind": "table",
            "rows": rows,
            "args": list(t._bare["args"]),
            "kwargs": kwargs,
            "commands": [[_plain(v) for v in c] for c in t._bare["commands"]],
        }

    def style(self, style) -> None:
        if style.name not in self.styles:
            self.styles[style.name] = {k: getattr(style, k, 0) for k in STYLE_FIELDS}


def _plain(value):
    if isinstance(value, colors.Color):
        return {"color": [value.red, value.green, value.blue]}
    if isinstance(value, tuple):
        return list(value)
    return value


def main() -> int:
    data, kind, notes, out = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
    _record_tables()
    captured: dict = {}

    original_build, original_split = _doctemplate.SimpleDocTemplate.build, layout.KeepStart.split

    def build(self, flowables, **kwargs):
        captured.update(doc=self, flowables=list(flowables), kwargs=kwargs)
        return original_build(self, flowables, **kwargs)

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = original_split(self, availWidth, availHeight)
        self._bare_new_page = isinstance(parts[0], type(FrameBreak))
        return parts

    _doctemplate.SimpleDocTemplate.build = build
    layout.KeepStart.split = split
    s = open_services(Path(data), FixedClock.on(date(2026, 11, 23)))
    s.exports.export_pdf(Path(out).with_suffix(".pdf"), ExportOptions(kind, include_notes=notes))
    doc = captured["doc"]
    chrome = captured["kwargs"]["canvasmaker"].keywords["chrome"]
    skeleton = _Skeleton(doc.width)
    story = skeleton.each(captured["flowables"])
    fonts = {}
    for face in FACES:
        if face.key in registered_faces():
            folder = _folder_of()
            fonts[face.regular] = [str(folder / face.regular_file), face.subfont]
            if face.bold_file:
                fonts[face.bold] = [str(folder / face.bold_file), 0]
    skeleton.style(chrome.styles.header)
    skeleton.style(chrome.styles.footer)
    Path(out).write_text(
        json.dumps(
            {
                "page": list(doc.pagesize),
                "margins": [doc.leftMargin, doc.rightMargin, doc.topMargin, doc.bottomMargin],
                "title": doc.title,
                "header": [chrome.header_text, chrome.date_text],
                "footer": chrome.footer_text(98765, 43210)
                .replace("98765", "{page}")
                .replace("43210", "{pages}"),
                "fonts": fonts,
                "styles": skeleton.styles,
                "header_style": chrome.styles.header.name,
                "footer_style": chrome.styles.footer.name,
                "story": story,
            }
        )
    )
    return 0


def _folder_of() -> Path:
    from familysafe.export.pdf import fonts

    return fonts._folder[0]


if __name__ == "__main__":
    raise SystemExit(main())
