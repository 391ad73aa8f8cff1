"""The content check (issue 14): every fact sourced and dated, the app's own pages cited, every
country's reporting routes in place, and the facts nobody has compared listed for a person."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pytest

from familysafe import paths
from familysafe.content.loader import library

LIB = library()
HERE = Path(__file__).parent
EXCEPTIONS = tomllib.loads((HERE / "source_exceptions.toml").read_text(encoding="utf-8"))
CONTENT = paths.content_dir()
HUMAN_CHECK = CONTENT / "HUMAN-CHECK.md"
# The day the library was first written. A `checked` date on that day records no comparison with
# the source (issue 14), so every file that still carries one must be listed in HUMAN-CHECK.md.
NEVER_COMPARED = date(2026, 11, 23)
# Every guide shows the family's country's routes for its concerns: these must exist everywhere.
NEEDED_CONCERNS = ("grooming", "sextortion", "image-removal")


def domain(url: str) -> str:
    """The registrable part of a URL's host: help.tiktok.com -> tiktok.com, x.gov.uk -> x.gov.uk."""
    parts = (urlparse(url).hostname or "").split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "gov", "net") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def test_domain_keeps_country_second_levels():
    assert domain("https://support.tiktok.com/en/x") == "tiktok.com"
    assert domain("https://www.vodafone.co.uk/news") == "vodafone.co.uk"
    assert domain("https://hwb.gov.wales/x") == "gov.wales"


def test_every_fact_has_a_source_and_dates():
    today = date.today()
    dated = [*LIB.topics.values(), *LIB.apps.values(), *LIB.guides.values()]
    dated += list(LIB.countries.values())
    dated += [i for a in LIB.apps.values() for i in a.checklist]
    dated += [r for a in LIB.apps.values() for r in a.age_rules]
    dated += [a.rating for a in LIB.apps.values() if a.rating]
    for thing in dated:
        assert thing.checked <= today, thing
        assert getattr(thing, "written", today) <= today, thing
    for app in LIB.apps.values():
        assert app.sources, app.id
        for item in app.checklist:
            assert item.source.startswith("https://"), (app.id, item.id)
        for rule in app.age_rules:
            assert rule.source.startswith("https://"), (app.id, rule.feature)


def own(app_id: str, report_url: str) -> set[str]:
    extra = EXCEPTIONS["own_domains"].get(app_id, [])
    reporting = set() if app_id in EXCEPTIONS["report_url_third_party"] else {domain(report_url)}
    return reporting | {*EXCEPTIONS["platforms"], *extra}


def test_checklists_cite_the_apps_own_pages_unless_excepted_with_a_reason():
    excepted = {(e["app"], e["item"]): e["reason"] for e in EXCEPTIONS["exception"]}
    assert all(len(reason) > 30 for reason in excepted.values())
    third_party = {
        (app.id, item.id)
        for app in LIB.apps.values()
        for item in app.checklist
        if domain(item.source) not in own(app.id, app.report_url)
    }
    assert third_party - set(excepted) == set(), "cite the app's own help page, or add a reason"
    assert set(excepted) - third_party == set(), "an exception no longer needed: remove it"
    listed = {row["file"].strip("`") for row in human_check_rows()}
    for (app_id, _item), reason in excepted.items():
        if "HUMAN-CHECK.md" in reason:
            assert f"apps/{app_id}.toml" in listed, (app_id, "say what to check in HUMAN-CHECK.md")


def test_own_domains_are_for_known_apps():
    assert set(EXCEPTIONS["own_domains"]) <= set(LIB.apps)
    assert set(EXCEPTIONS["report_url_third_party"]) <= set(LIB.apps)


@pytest.mark.parametrize("code", sorted(LIB.countries))
def test_every_country_has_the_routes_every_guide_needs(code):
    country = LIB.countries[code]
    assert country.emergency.strip()
    for concern in NEEDED_CONCERNS:
        assert country.routes_for([concern]), (code, concern)
    for guide in LIB.guides.values():
        assert country.routes_for(guide.concerns), (code, guide.id)


def human_check_rows() -> list[dict[str, str]]:
    rows = []
    for line in HUMAN_CHECK.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 4 and not set(cells[0]) <= {"-"}:
            rows.append(dict(zip(("file", "item", "what", "why"), cells, strict=True)))
    return rows[1:]  # the header


def test_human_check_rows_name_real_files_and_items():
    rows = human_check_rows()
    assert rows
    for row in rows:
        path = CONTENT / row["file"].strip("`")
        assert path.is_file(), row
        assert row["what"] and row["why"], row
        item = row["item"].strip("`")
        if item.startswith("checklist "):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            assert item.split(" ", 1)[1] in {i["id"] for i in data["checklist"]}, row


def test_every_file_with_a_fact_never_compared_is_in_human_check():
    listed = {row["file"].strip("`") for row in human_check_rows()}
    pattern = re.compile(rf"^checked = {NEVER_COMPARED.isoformat()}$", re.M)
    unlisted = [
        str(path.relative_to(CONTENT))
        for kind in ("apps", "topics", "guides", "helplines")
        for path in sorted((CONTENT / kind).glob("*.toml"))
        if pattern.search(path.read_text(encoding="utf-8"))
        and str(path.relative_to(CONTENT)) not in listed
    ]
    assert unlisted == []
