"""What is due, for a large household: ``familysafe due --json`` and the Today page's refresh.

The household: eight children across the bands, ten apps each (some settings ticked long ago and
due a re-check, some ticked lately), three years of weekly talks with each child, a follow-up
every tenth week, an agreement. It is built once, before any timing.

- ``due --json`` runs as a fresh process, against ``member list --json`` on the same data
  folder (the same start-up and database open, and almost no work).
Follow-ups older than a month were done; the rest are open.

- The Today page's refresh (``TodayPage.refresh``, offscreen: the due plan plus the widgets),
  against working out the due plan alone (``PlannerService.plan``), in the same process.

Runs alternate; medians and the ratio are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from familysafe.core.bands import BirthMonth  # noqa: E402
from familysafe.core.clock import FixedClock  # noqa: E402
from familysafe.core.household import Role  # noqa: E402
from familysafe.services import Services, open_services  # noqa: E402

TODAY = date(2026, 11, 23)
CHILDREN = {  # name: birth month
    "Rosa": BirthMonth(2022, 8),
    "Tom": BirthMonth(2020, 2),
    "Arun": BirthMonth(2017, 3),
    "Mia": BirthMonth(2016, 11),
    "Ananya": BirthMonth(2014, 9),
    "Lucia": BirthMonth(2013, 9),
    "Sam": BirthMonth(2011, 1),
    "Sion": BirthMonth(2009, 12),
}
APPS_EACH = 10
WEEKS = 156


def large_household(s: Services) -> None:
    apps = [a.id for a in s.library.apps()]
    for n, (name, born) in enumerate(CHILDREN.items()):
        child = s.household.add(name, Role.CHILD, born).id
        s.planner.add_apps(child, [apps[(n * 3 + i) % len(apps)] for i in range(APPS_EACH)])
        for i, state in enumerate(s.planner.checklist(child)):
            if state.applies and i % 3:
                on = TODAY - timedelta(days=200 if i % 3 == 1 else 10)
                s.planner.mark(child, state.app_id, state.item_id, on=on)
    s.household.add("Dana", Role.ADULT)
    with s.db.transaction():  # one commit: building the family is not what is measured
        for n, child in enumerate(CHILDREN):
            band = s.household.view(s.household.get(child)).band
            topics = [t.id for t in s.library.topics(band)]
            for week in range(WEEKS, 0, -1):
                on = TODAY - timedelta(weeks=week) + timedelta(days=n % 7)
                follow_ups = [(f"Look at the settings with {child}", on + timedelta(days=14))]
                s.planner.log_talk(
                    [s.household.get(child).id],
                    [topics[(week + n) % len(topics)]],
                    on,
                    notes="A private note.",
                    follow_ups=follow_ups if week % 10 == 0 else [],
                )
    for entry in s.planner.history():  # the follow-ups of past months were done
        for follow_up in entry.follow_ups:
            if follow_up.due_on < TODAY - timedelta(days=30):
                s.planner.complete_follow_up(follow_up.id)
    for section in s.agreement.suggestions():
        for line in section.suggestions[:2]:
            s.agreement.add_line(section.id, suggestion_id=line.id, children=line.child_ids)
    signers = [s.household.get(name).id for name in [*CHILDREN, "Dana"]]
    s.agreement.agree(signers, on=TODAY - timedelta(days=100))


def _process(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def _call(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _report(label: str, base_label: str, base: list[float], ours: list[float]) -> None:
    b, o = statistics.median(base), statistics.median(ours)
    print(f"{base_label:<34} median {b * 1000:8.1f} ms")
    print(f"{label:<34} median {o * 1000:8.1f} ms")
    print(f"{'ratio':<34} {o / b:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        services = open_services(Path(data), FixedClock.on(TODAY))
        large_household(services)
        plan = services.planner.plan(7)
        print(
            f"household: {len(CHILDREN)} children, {APPS_EACH} apps each, "
            f"{len(services.planner.history())} talks; {len(plan.entries)} entries due this week"
        )

        cli = [str(Path(sys.executable).with_name("familysafe")), "--data-dir", data]
        cli += ["--today", TODAY.isoformat()]
        env = dict(os.environ, FAMILYSAFE_LANG="en")
        base, ours = [], []
        for _ in range(args.runs):
            base.append(_process([*cli, "member", "list", "--json"], env))
            ours.append(_process([*cli, "due", "--json"], env))
        _report("familysafe due --json", "familysafe member list --json", base, ours)

        from PySide6.QtWidgets import QApplication

        from familysafe.ui.context import AppContext
        from familysafe.ui.pages.today import TodayPage

        app = QApplication.instance() or QApplication(sys.argv[:1])
        page = TodayPage(AppContext(services))
        page.resize(1000, 800)
        page.show()
        app.processEvents()
        base, ours = [], []
        for _ in range(args.runs):
            base.append(_call(lambda: services.planner.plan(7)))
            ours.append(_call(lambda: (page.refresh(), app.processEvents())))
        print()
        _report("Today page refresh", "the due plan alone", base, ours)
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
