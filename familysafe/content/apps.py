"""Reading one app file: its checklist, minimum ages per country, feature age rules and ratings.

See ``resources/content/SCHEMA.md``; every problem names the file and the field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from familysafe.content.schema import Table, check_url
from familysafe.core.library import (
    CATEGORIES,
    ESRB_RATINGS,
    FEATURES,
    PEGI_RATINGS,
    PLATFORMS,
    AgeRule,
    App,
    ChecklistItem,
    Rating,
)

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def slug_id(t: Table, path: Path) -> str:
    value = t.slug("id")
    if value != path.stem:
        raise t.error("id", f"must match the file name ({path.stem!r})")
    return value


def sources(t: Table) -> tuple[str, ...]:
    found = t.texts("sources", low=1)
    for s in found:
        check_url(t, "sources", s)
    return found


def _checklist_item(t: Table, seen: set[str]) -> ChecklistItem:
    item_id = t.slug("id")
    if item_id in seen:
        raise t.error("id", f"{item_id!r} is used twice in this app's checklist")
    seen.add(item_id)
    where_table = t.table("where")
    where = {}
    for platform in list(where_table.data):
        if platform not in PLATFORMS:
            raise where_table.error(platform, f"is not a platform ({', '.join(PLATFORMS)})")
        where[platform] = where_table.text(platform, max_len=400)
    if not where:
        raise t.error("where", "needs at least one platform")
    where_table.done()
    item = ChecklistItem(
        id=item_id,
        title=t.text("title", max_len=120),
        why=t.text("why", max_len=600),
        where=where,
        written=t.day("written"),
        checked=t.day("checked"),
        source=t.url("source"),
        min_age=t.integer("min_age", 0, 21, required=False),
    )
    t.done()
    return item


def _ages_by_country(t: Table) -> dict[str, int]:
    table = t.table("min_age_by_country", required=False)
    if table is None:
        return {}
    ages = {}
    for code in list(table.data):
        if not COUNTRY_CODE.match(code):
            raise table.error(code, "must be an upper-case ISO 3166 alpha-2 code, like AU")
        ages[code] = table.integer(code, 0, 21)
    table.done()
    return ages


def _age_rules(t: Table) -> tuple[AgeRule, ...]:
    if "age_rule" not in t.data:
        t.taken.add("age_rule")
        return ()
    rules = []
    seen: set[tuple[str, int]] = set()
    for r in t.tables("age_rule", 1, 12):
        rule = AgeRule(
            feature=r.choice("feature", FEATURES),
            min_age=r.integer("min_age", 1, 21),
            text=r.line("text", max_len=120),
            source=r.url("source"),
            checked=r.day("checked"),
        )
        if (rule.feature, rule.min_age) in seen:
            raise r.error("feature", f"{rule.feature!r} has this age rule twice")
        seen.add((rule.feature, rule.min_age))
        r.done()
        rules.append(rule)
    return tuple(rules)


def _rating(t: Table) -> Rating | None:
    r = t.table("rating", required=False)
    if r is None:
        return None
    pegi = r.integer("pegi", 3, 18, required=False)
    if pegi is not None and pegi not in PEGI_RATINGS:
        raise r.error("pegi", f"must be one of {', '.join(map(str, PEGI_RATINGS))}")
    esrb = r.text("esrb", required=False, max_len=4)
    if esrb is not None and esrb not in ESRB_RATINGS:
        raise r.error("esrb", f"{esrb!r} is not one of: {', '.join(ESRB_RATINGS)}")
    if pegi is None and esrb is None:
        raise r.error("pegi", "a rating needs `pegi`, `esrb` or both")
    rating = Rating(pegi, esrb, r.url("source"), r.day("checked"))
    r.done()
    return rating


def parse_app(path: Path, data: dict[str, Any]) -> App:
    t = Table(data, path)
    app_id = slug_id(t, path)
    seen: set[str] = set()
    app = App(
        id=app_id,
        name=t.text("name", max_len=80),
        category=t.choice("category", CATEGORIES),
        min_age=t.integer("min_age", 0, 21),
        features=t.choices("features", FEATURES),
        parental_tool=t.text("parental_tool", required=False, max_len=80),
        summary=t.text("summary", max_len=400),
        report=t.text("report", max_len=600),
        report_url=t.url("report_url"),
        written=t.day("written"),
        checked=t.day("checked"),
        sources=sources(t),
        checklist=tuple(_checklist_item(i, seen) for i in t.tables("checklist", 4, 12)),
        min_age_by_country=_ages_by_country(t),
        age_rules=_age_rules(t),
        rating=_rating(t),
    )
    for rule in app.age_rules:
        if rule.feature not in app.features:
            raise t.error("age_rule", f"{rule.feature!r} is not in the app's `features`")
    t.done()
    return app
