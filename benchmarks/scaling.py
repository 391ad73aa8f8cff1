"""Scaling: the same work for a small family and a large household, in one process.

- small: two children (4 and 9), four apps each, a year of fortnightly talks (``export_pdf.py``'s
  typical family);
- large: eight children, ten apps each with settings ticked long ago and lately, three years of
  weekly talks with notes for each, follow-ups, an agreement (``due.py``'s large household).

For each: the due plan (``due``), suggestions for one child (``suggest``), the history
(``history``), the Today page's refresh (offscreen), the family plan with notes (its data and its
PDF) and the calendar file. Runs alternate between the two households; the processor time of the
fastest run of each (CPU time, and the least disturbed run: on a shared computer these few
milliseconds are otherwise mostly waiting for the processor) and the
large/small ratio are printed next to how much bigger the large household is, so that growth can
be read as linear or not.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from due import TODAY, large_household  # noqa: E402
from export_pdf import typical_family  # noqa: E402

from familysafe.core.clock import FixedClock  # noqa: E402
from familysafe.services import Services, open_services  # noqa: E402
from familysafe.services.exports import ExportOptions  # noqa: E402
from familysafe.words.planner import entry_title  # noqa: E402


def tasks(s: Services, folder: Path, page) -> dict[str, Callable[[], object]]:
    first = s.household.children()[0].member.id
    plan = ExportOptions("plan", include_notes=True)
    return {
        "due (the due plan, 7 days)": lambda: s.planner.plan(7),
        "suggest (one child)": lambda: s.planner.suggest(first),
        "history (every talk)": lambda: s.planner.history(),
        "Today page refresh": lambda: page.refresh(),
        "family plan with notes: data": lambda: s.exports.document(plan),
        "family plan with notes: PDF": lambda: s.exports.export_pdf(folder / "plan.pdf", plan),
        "calendar file (30 days)": lambda: s.calendar.export_ics(
            folder / "due.ics", entry_title, 30
        ),
    }


def _size(s: Services) -> tuple[int, int]:
    return len(s.household.children()), len(s.planner.history())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from familysafe.ui.context import AppContext
    from familysafe.ui.pages.today import TodayPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        households = {}
        for label, build in (("small", typical_family), ("large", large_household)):
            folder = Path(tmp) / label
            folder.mkdir()
            s = open_services(folder, FixedClock.on(TODAY))
            build(s)
            page = TodayPage(AppContext(s))
            page.resize(1000, 800)
            page.show()
            app.processEvents()
            households[label] = (s, tasks(s, folder, page))
        (small, small_tasks), (large, large_tasks) = households["small"], households["large"]
        (sc, st), (lc, lt) = _size(small), _size(large)
        print(f"small: {sc} children, {st} talks; large: {lc} children, {lt} talks")
        print(f"(large/small: {lc / sc:.1f}x the children, {lt / st:.1f}x the talks)\n")
        print(f"{'':<32} {'small':>9} {'large':>9}  large/small")
        for name in small_tasks:
            s_times, l_times = [], []
            for _ in range(args.runs):
                for fn, times in ((small_tasks[name], s_times), (large_tasks[name], l_times)):
                    start = time.process_time()
                    fn()
                    app.processEvents()
                    times.append(time.process_time() - start)
            s_min, l_min = min(s_times), min(l_times)
            print(f"{name:<32} {s_min * 1000:7.1f}ms {l_min * 1000:7.1f}ms  {l_min / s_min:6.2f}x")
        small.close()
        large.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
