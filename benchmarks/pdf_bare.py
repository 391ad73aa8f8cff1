"""PDF exports against a bare reportlab document of the same pages: time and peak memory.

Each FamilySafe document is written by a fresh process (import, fonts, data, layout, file: what
``familysafe export pdf`` costs beyond start-up) through ``ExportService.export_pdf``. Two
baselines, each a fresh process of stock reportlab with none of FamilySafe's code:

- **same flowables** (``bare_same_pages.py``, the baseline of issue 15's goal 2 since round 3):
  the same document laid out by reportlab alone. ``pdf_skeleton.py`` (untimed) writes what our
  document is made of: its paragraphs (text, markup and style), its tables (cells, column
  widths, rules, padding, rows split across pages), what is kept together, the page's geometry,
  header and footer, and the TrueType files of its fonts; the baseline builds exactly that with
  ``Paragraph``, ``Table``, ``KeepTogether``, ``SimpleDocTemplate`` and a "page X of Y" canvas.
- **plain paragraphs** (the baseline of rounds 1 and 2, kept for comparison): the text of our
  PDF read back (pypdf) and set as Helvetica ``Paragraph``s, one per six lines, a page break
  where ours has one. It has the same pages and words but no tables, no embedded font and no
  header or footer, so it is not the same document: a plan of 27 pages of tables against 27
  pages of plain paragraphs.

FamilySafe's bytecode is compiled first, as an installed package's is (reportlab's is). Runs
alternate; the medians of wall time, CPU time (user + system: steadier than wall time on a
shared computer) and peak resident memory (the child's ``ru_maxrss``) and their ratios are
printed, with the page count of each document.

Documents: the carer handout and the family plan of the typical family (``export_pdf.py``), the
family plan with notes of the large household (``due.py``), and a family plan whose one talk has
a 300,000-character note (ours only: it must stay linear, under 10 s).
"""

from __future__ import annotations

import argparse
import compileall
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


def compare(label: str, case: list[str], folder: Path, env, runs: int, before: str) -> None:
    pdf = folder / "ours.pdf"
    ours = [sys.executable, "-c", OURS, *case, str(pdf)]
    timed(ours, env)  # writes the PDF once, and warms the disk cache
    reader = PdfReader(pdf)
    pages = [page.extract_text().splitlines() for page in reader.pages]
    text = folder / "pages.json"
    text.write_text(json.dumps(pages))
    skeleton = folder / "skeleton.json"
    subprocess.run(
        [sys.executable, str(HERE / "pdf_skeleton.py"), *case, str(skeleton)], env=env, check=True
    )
    commands = {
        "FamilySafe": (ours, env),
        "bare, same flowables": (
            [
                sys.executable,
                str(HERE / "bare_same_pages.py"),
                str(skeleton),
                str(folder / "s.pdf"),
            ],
            env,
        ),
        "bare, plain paragraphs": (
            [sys.executable, "-c", BARE, str(text), str(folder / "p.pdf")],
            env,
        ),
    }
    if before:  # the same export by another copy of FamilySafe (a worktree of an older commit)
        old_env = dict(env, PYTHONPATH=before)
        commands["FamilySafe before"] = ([*ours[:-1], str(folder / "before.pdf")], old_env)
        timed(*commands["FamilySafe before"])
    results: dict[str, list] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (argv, run_env) in commands.items():
            results[name].append(timed(argv, run_env))
    counts = {name: len(PdfReader(argv[-1]).pages) for name, (argv, _) in commands.items()}
    medians = {
        name: [statistics.median(r[i] for r in rs) for i in range(3)]
        for name, rs in results.items()
    }
    print(f"{label}")
    for name, (t, m, c) in medians.items():
        print(
            f"  {name:23s} {t * 1000:6.0f} ms  CPU {c * 1000:6.0f} ms  {m:5.1f} MiB  "
            f"{counts[name]} pages"
        )
    for mine in [n for n in medians if n.startswith("FamilySafe")]:
        ot, om, oc = medians[mine]
        for base in [n for n in medians if n.startswith("bare")]:
            bt, bm, bc = medians[base]
            print(
                f"  {mine} / {base}: CPU {oc / bc:.2f}x, time {ot / bt:.2f}x, memory {om / bm:.2f}x"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-typical", action="store_true", help="the large household only")
    parser.add_argument("--skip-long", action="store_true", help="no 300,000-character note")
    parser.add_argument(
        "--before",
        default="",
        help="a folder with another copy of FamilySafe (say a worktree of the commit before a "
        "change), timed in the same runs",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from due import TODAY, large_household
    from export_pdf import typical_family

    import familysafe
    from familysafe.core.clock import FixedClock
    from familysafe.services import open_services

    env = dict(os.environ, FAMILYSAFE_LANG="en", QT_QPA_PLATFORM="offscreen")
    # An installed FamilySafe has its bytecode, as reportlab has: without it (this development
    # environment sets PYTHONDONTWRITEBYTECODE) every run compiled about 100 modules of ours.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for tree in [Path(familysafe.__file__).parent] + (
        [Path(args.before) / "familysafe"] if args.before else []
    ):
        compileall.compile_dir(tree, quiet=1)
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
        cases = []
        if not args.skip_typical:
            cases.append(("carer handout, typical family", typical, "carer", "0"))
            cases.append(("family plan, typical family", typical, "plan", "0"))
        if not args.skip_large:
            cases.append(("family plan with notes, large household", large, "plan", "1"))
        for label, data, kind, notes in cases:
            compare(label, [str(data), kind, notes], folder, env, args.runs, args.before)
        if args.skip_long:
            return 0
        out = folder / "long.pdf"
        seconds, mib, _ = timed([sys.executable, "-c", LONG_NOTE, str(out)], env)
        pages = len(PdfReader(out).pages)
        print(f"a 300,000-character note ({pages} pages): {seconds:.1f} s, peak {mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
