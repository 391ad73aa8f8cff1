"""PDF exports against a bare reportlab document of the same pages: time and peak memory.

Each FamilySafe document is written by a fresh process (import, fonts, data, layout, file: what
``familysafe export pdf`` costs beyond start-up) through ``ExportService.export_pdf``. Its text is
then read back (pypdf) and the baseline, also a fresh process, lays the same text out as a
bare reportlab platypus document (Helvetica ``Paragraph``s, one per six lines of the PDF's text,
a page break where ours has one), so both have the same pages and words. Runs alternate; the
medians of wall time, CPU time (user + system: steadier than wall time on a shared computer) and
peak resident memory (the child's ``ru_maxrss``) and their ratios are printed.

Documents: the carer handout and the family plan of the typical family (``export_pdf.py``), the
family plan with notes of the large household (``due.py``), and a family plan whose one talk has
a 300,000-character note (ours only: it must stay linear, under 10 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent

OURS = r"""
import sys
from pathlib import Path
from familysafe.core.clock import FixedClock
from familysafe.services import open_services
from familysafe.services.exports import ExportOptions
from datetime import date
data, kind, notes, out = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
s = open_services(Path(data), FixedClock.on(date(2026, 11, 23)))
s.exports.export_pdf(out, ExportOptions(kind, include_notes=notes))
"""

LONG_NOTE = r"""
import sys
from datetime import date
from familysafe.core.bands import Band
from familysafe.export.documents import data
from familysafe.export.documents.plan import write_plan
words = "we talked about games and friends online and she said it was fine".split()
text = ""
i = 0
while len(text) < 300_000:
    text += " ".join(words[(i + k) % len(words)] for k in range(40)) + (".\n" if i % 3 else ". ")
    i += 1
talk = data.TalkLine(on=date(2026, 1, 5), topics=("Games",), others=(), how_it_went="Good",
                     notes=text[:300_000])
child = data.PlanChild("Mia", 10, Band.AGE_8_10,
                       talks=(talk,))
doc = data.FamilyPlanDocument(data.Letterhead("Family", date(2026, 12, 1)), (child,),
                              data.FamilyItems(), frozenset({"history"}), True)
print(write_plan(sys.argv[1], doc))
"""

BARE = r"""
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape
pages = json.load(open(sys.argv[1]))
style = getSampleStyleSheet()["BodyText"].clone("Bare", spaceBefore=0)
story = []
for n, lines in enumerate(pages):
    if n:
        story.append(PageBreak())
    lines = [line for line in lines if line.strip()]
    for at in range(0, len(lines), 6):  # a paragraph per six lines of ours, page by page
        story.append(Paragraph(escape(" ".join(lines[at : at + 6])), style))
SimpleDocTemplate(sys.argv[2], pagesize=A4).build(story)
"""


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident MiB and CPU seconds (user + system) of one fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status:
        raise SystemExit(f"failed: {argv}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def compare(label: str, ours: list[str], pdf: Path, folder: Path, env, runs: int) -> None:
    timed(ours, env)  # writes the PDF once, and warms the disk cache
    reader = PdfReader(pdf)
    pages = [page.extract_text().splitlines() for page in reader.pages]
    text = folder / "pages.json"
    text.write_text(json.dumps(pages))
    bare = [sys.executable, "-c", BARE, str(text), str(folder / "bare.pdf")]
    b_runs, o_runs = [], []
    for _ in range(runs):
        b_runs.append(timed(bare, env))
        o_runs.append(timed(ours, env))
    bare_pages = len(PdfReader(folder / "bare.pdf").pages)
    bt, bm, bc = (statistics.median(r[i] for r in b_runs) for i in range(3))
    ot, om, oc = (statistics.median(r[i] for r in o_runs) for i in range(3))
    print(f"{label} ({len(pages)} pages; bare reportlab: {bare_pages})")
    print(f"  time    bare {bt * 1000:7.0f} ms   FamilySafe {ot * 1000:7.0f} ms   {ot / bt:.2f}x")
    print(f"  CPU     bare {bc * 1000:7.0f} ms   FamilySafe {oc * 1000:7.0f} ms   {oc / bc:.2f}x")
    print(f"  memory  bare {bm:7.1f} MiB  FamilySafe {om:7.1f} MiB  {om / bm:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-long", action="store_true", help="no 300,000-character note")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from due import TODAY, large_household
    from export_pdf import typical_family

    from familysafe.core.clock import FixedClock
    from familysafe.services import open_services

    env = dict(os.environ, FAMILYSAFE_LANG="en", QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        typical, large = folder / "typical", folder / "large"
        typical.mkdir()
        large.mkdir()
        s = open_services(typical, FixedClock.on(TODAY))
        typical_family(s)
        s.close()
        if not args.skip_large:
            s = open_services(large, FixedClock.on(TODAY))
            large_household(s)
            s.close()
        cases = [("carer handout, typical family", typical, "carer", "0")]
        cases.append(("family plan, typical family", typical, "plan", "0"))
        if not args.skip_large:
            cases.append(("family plan with notes, large household", large, "plan", "1"))
        for label, data, kind, notes in cases:
            out = folder / f"{kind}.pdf"
            ours = [sys.executable, "-c", OURS, str(data), kind, notes, str(out)]
            compare(label, ours, out, folder, env, args.runs)
        if args.skip_long:
            return 0
        out = folder / "long.pdf"
        seconds, mib, _ = timed([sys.executable, "-c", LONG_NOTE, str(out)], env)
        pages = len(PdfReader(out).pages)
        print(f"a 300,000-character note ({pages} pages): {seconds:.1f} s, peak {mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
