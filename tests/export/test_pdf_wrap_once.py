"""A paragraph in a long table is broken into lines once for its width, not at each measure,
page split and draw: the same PDF, with a fraction of the work."""

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from familysafe.export.pdf import flowables
from familysafe.export.pdf.styles import make_styles


def _document(path, rows):
    style = make_styles().body
    cells = [
        [
            flowables.para(f"Talk {n}", style),
            flowables.para(f"We talked about games {n} " * 6, style),
        ]
        for n in range(rows)
    ]
    table = Table(cells, colWidths=[120, 330], repeatRows=0)
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return cells


def test_each_cell_is_broken_into_lines_once(tmp_path, monkeypatch):
    calls = []
    real = Paragraph.breakLines

    def counting(self, width):
        calls.append(id(self))
        return real(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    cells = _document(tmp_path / "table.pdf", 150)
    assert len(PdfReader(tmp_path / "table.pdf").pages) > 3  # the table is split at pages
    per_cell = {id(cell): calls.count(id(cell)) for row in cells for cell in row}
    assert max(per_cell.values()) == 1


def test_wrapping_again_at_the_same_width_gives_the_same_lines(tmp_path):
    style = make_styles().body
    paragraph = flowables.para("Look at the settings together after dinner. " * 12, style)
    first = paragraph.wrap(300, 800)
    lines = [list(line) if isinstance(line, tuple) else line for line in paragraph.blPara.lines]
    assert paragraph.wrap(200, 800) != first  # another width: broken again
    assert paragraph.wrap(300, 800) == first
    again = [list(line) if isinstance(line, tuple) else line for line in paragraph.blPara.lines]
    assert again == lines
