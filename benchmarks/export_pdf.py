"""Exporting each PDF document for a typical family and a large one, against a one-page PDF.

The baseline is ``build_pdf`` writing one short paragraph (fonts registered, file written
atomically), measured alternately with the documents in the same run, so the ratios say what
gathering the family's data and laying out each document cost on top of making any PDF at all.

- typical: two children (4 and 9) with four apps each, a year of fortnightly talks, an agreed
  family agreement, a few settings ticked.
- large: six children, one in each child band, one of them with every app in the catalogue,
  three years of weekly talks with each child (with notes and follow-ups), names in Latin,
  Arabic, Chinese and Devanagari script.

The families are built once, before timing, in a temporary folder.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from familysafe.core.bands import BirthMonth
from familysafe.core.clock import FixedClock
from familysafe.core.household import Role
from familysafe.services import Services, open_services
from familysafe.services.exports import ExportOptions

TODAY = date(2026, 11, 23)
TYPICAL_APPS = {
    "Rosa": ["youtube-kids", "netflix", "amazon-kids", "iphone-ipad"],
    "Arun": ["roblox", "minecraft", "youtube", "nintendo-switch"],
}
LARGE_CHILDREN = {  # name: (birth month, apps); one child in each band
    "王小明": (BirthMonth(2023, 5), ["youtube-kids", "iphone-ipad"]),
    "مريم": (BirthMonth(2020, 2), ["youtube-kids", "roblox", "minecraft", "netflix"]),
    "Maximilian-Alexander Featherstone-Haugh": (BirthMonth(2017, 3), None),  # every app
    "अनन्या": (BirthMonth(2014, 9), ["roblox", "fortnite", "youtube", "whatsapp", "discord"]),
    "Nguyễn Thị Ánh": (
        BirthMonth(2012, 1),
        ["instagram", "snapchat", "tiktok", "whatsapp", "bereal", "spotify"],
    ),
    "Siôn Ŵyn ap Gruffydd": (
        BirthMonth(2009, 12),
        ["discord", "twitch", "instagram", "snapchat", "steam", "reddit", "chatgpt"],
    ),
}
KINDS = ("agreement", "carer", "plan", "cards")


def typical_family(s: Services) -> None:
    """Priya's family from PERSONAS.md: two children, a year of talks every two weeks."""
    s.household.add("Rosa", Role.CHILD, BirthMonth(2022, 8))
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.household.add("Priya", Role.ADULT)
    s.household.add("Grandma", Role.ADULT)
    for name, apps in TYPICAL_APPS.items():
        s.planner.add_apps(s.household.get(name).id, apps)
        _tick_some(s, name, TODAY)
    _talks(s, ["Rosa", "Arun"], weeks=52, every=2)
    _agreement(s, ["Rosa", "Arun"], ["Priya", "Grandma"], per_section=2)
    s.settings.set_family_name("The Sharma family")
    s.settings.set_contact_line("Priya: 07700 900123")


def large_family(s: Services) -> None:
    """Six children across every band, all 40 apps for one, three years of weekly talks."""
    every_app = [a.id for a in s.library.apps()]
    for name, (born, apps) in LARGE_CHILDREN.items():
        s.household.add(name, Role.CHILD, born)
        s.planner.add_apps(s.household.get(name).id, apps or every_app)
        _tick_some(s, name, TODAY - timedelta(days=200))  # due for a re-check by now
        _tick_some(s, name, TODAY, start=1)
    for adult in ("Dana Okafor-Müller", "Marco", "Oma Hildegard"):
        s.household.add(adult, Role.ADULT)
    _talks(s, list(LARGE_CHILDREN), weeks=156, every=1)
    _agreement(s, list(LARGE_CHILDREN), ["Dana Okafor-Müller", "Marco"], per_section=5)
    s.settings.set_family_name("The Featherstone-Haugh, Nguyễn & 王 family")
    s.settings.set_contact_line("Dana: +44 7700 900456, Marco: +44 7700 900789")


def _tick_some(s: Services, name: str, on: date, start: int = 0) -> None:
    """Every other applying checklist item (from the ``start``-th) ticked on ``on``."""
    child = s.household.get(name).id
    for i, state in enumerate(s.planner.checklist(child)):
        if state.applies and i % 2 == start:
            s.planner.mark(child, state.app_id, state.item_id, on=on)


def _talks(s: Services, children: list[str], weeks: int, every: int) -> None:
    """A talk with each child every ``every`` weeks, the newest last week; each brings the
    child's top suggestion, notes, how it went, and now and then a follow-up."""
    with s.db.transaction():  # one commit: building the family is not what is measured
        for n, child in enumerate(children):
            band = s.household.view(s.household.get(child)).band
            topics = [t.id for t in s.library.topics(band)]
            for week in range(weeks, 0, -every):
                on = TODAY - timedelta(weeks=week) + timedelta(days=n)
                topic = topics[(week + n) % len(topics)]
                follow_ups = [(f"Check the settings again with {child}", on + timedelta(days=14))]
                s.planner.log_talk(
                    [s.household.get(child).id],
                    [topic],
                    on,
                    notes=f"PRIVATE-NOTE week {week}: {child} mentioned a new friend online.",
                    how_it_went="Went well; short and relaxed.",
                    follow_ups=follow_ups if week % 10 == 0 else [],
                )


def _agreement(s: Services, children: list[str], adults: list[str], per_section: int) -> None:
    for section in s.agreement.suggestions():
        for line in section.suggestions[:per_section]:
            s.agreement.add_line(section.id, suggestion_id=line.id, children=line.child_ids)
    s.agreement.add_line("screen-time-places", text="Tablets stay downstairs after 19:00.")
    signers = [s.household.get(name).id for name in children + adults]
    s.agreement.agree(signers, on=TODAY - timedelta(days=30))


def options_for(kind: str) -> ExportOptions:
    if kind == "cards":
        return ExportOptions(kind, topic_id="strangers-in-games")
    return ExportOptions(kind)


def baseline(path: Path) -> None:
    from familysafe.export.pdf import build_pdf, para

    build_pdf(path, lambda s: [para("FamilySafe", s.body)], title="Baseline")


def bare_platypus(path: Path, pages: int) -> None:
    """A bare reportlab platypus document of ``pages`` pages of plain paragraphs (Helvetica,
    no shaping, no script runs, no bidi, no header): what laying out that much paper costs
    reportlab on its own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    body = getSampleStyleSheet()["BodyText"]
    line = "Privacy settings in place: who can chat; spending limit; private account. " * 3
    story: list = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story += [Paragraph(line, body) for _ in range(14)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def six_child_carer(services: Services, target: Path, runs: int) -> None:
    """The six-child carer handout against a bare platypus document of as many pages."""
    options = ExportOptions("carer")
    pages = services.exports.export_pdf(target, options).pages
    bare = target.with_name("bare.pdf")
    bare_platypus(bare, pages)
    handout, plain = [], []
    for _ in range(runs):  # alternating, so both see the same machine
        start = time.perf_counter()
        services.exports.export_pdf(target, options)
        handout.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_platypus(bare, pages)
        plain.append(time.perf_counter() - start)
    took, base = statistics.median(handout), statistics.median(plain)
    print(
        f"six-child carer handout {pages} pages  median {took * 1000:7.1f} ms;"
        f" bare platypus {pages} pages {base * 1000:7.1f} ms  ratio {took / base:5.1f}x"
    )


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        clock = FixedClock.on(TODAY)
        families = {}
        for label, build in (("typical", typical_family), ("large", large_family)):
            services = open_services(root / label, clock)
            build(services)
            families[label] = services
        target = root / "out.pdf"
        baseline(target)  # fonts registered, reportlab loaded: not part of any timing
        base = median_time(lambda: baseline(target), args.runs)
        print(f"baseline one-page PDF     median {base * 1000:7.1f} ms")
        for label, services in families.items():
            for kind in KINDS:
                options = options_for(kind)
                result = services.exports.export_pdf(target, options)

                def export(s: Services = services, o: ExportOptions = options) -> None:
                    s.exports.export_pdf(target, o)

                took = median_time(export, args.runs)
                print(
                    f"{label:8} {kind:10} {result.pages:3} pages  median {took * 1000:7.1f} ms"
                    f"  ratio {took / base:6.1f}x"
                )
            if label == "large":
                six_child_carer(services, target, args.runs)
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
