"""``familysafe app show APP_ID [--json]``: one app's whole entry in the content library.

Minimum ages (worldwide and where a country differs), the ages features need, game ratings, and
every checklist item with why it matters, where to find it on each platform, its source and the
dates its facts were checked and its words written.
"""

from __future__ import annotations

import argparse

from familysafe.cli.output import print_json
from familysafe.cli.session import services_for
from familysafe.core.library import App
from familysafe.words import translate
from familysafe.words.lists import join_list
from familysafe.words.vocabulary import feature, platform


def app_dict(app: App) -> dict[str, object]:
    rating = app.rating
    return {
        "id": app.id,
        "name": app.name,
        "category": app.category,
        "min_age": app.min_age,
        "min_age_by_country": dict(sorted(app.min_age_by_country.items())),
        "features": list(app.features),
        "parental_tool": app.parental_tool,
        "summary": app.summary,
        "age_rules": [
            {
                "feature": r.feature,
                "min_age": r.min_age,
                "text": r.text,
                "source": r.source,
                "checked": r.checked.isoformat(),
            }
            for r in app.age_rules
        ],
        "rating": None
        if rating is None
        else {
            "pegi": rating.pegi,
            "esrb": rating.esrb,
            "source": rating.source,
            "checked": rating.checked.isoformat(),
        },
        "checklist": [
            {
                "id": i.id,
                "title": i.title,
                "why": i.why,
                "min_age": i.min_age,
                "where": dict(i.where),
                "source": i.source,
                "written": i.written.isoformat(),
                "checked": i.checked.isoformat(),
            }
            for i in app.checklist
        ],
        "report": app.report,
        "report_url": app.report_url,
        "sources": list(app.sources),
        "written": app.written.isoformat(),
        "checked": app.checked.isoformat(),
    }


def show_app(args: argparse.Namespace) -> int:
    with services_for(args) as s:
        app = s.library.app(args.app_id)
    if args.json:
        print_json(app_dict(app))
        return 0
    heading = f"{app.name} ({app.id})"
    print(heading)
    print("=" * len(heading))
    if not app.translated:
        print(translate("Content", "Not yet translated into your language: shown in English."))
    print(app.summary, "\n")
    if app.min_age:
        ages = translate("cli", "Minimum age: {age}").format(age=app.min_age)
    else:
        ages = translate("cli", "No minimum age")
    exceptions = join_list(f"{c} {a}" for c, a in sorted(app.min_age_by_country.items()))
    if exceptions:
        ages += " · " + translate("cli", "where it differs: {list}").format(list=exceptions)
    print(ages)
    if app.parental_tool:
        print(translate("cli", "Parental controls: {tool}").format(tool=app.parental_tool))
    names = join_list(feature(f) for f in app.features)
    print(translate("cli", "Features: {list}").format(list=names))
    if app.rating:
        parts = [f"PEGI {app.rating.pegi}" if app.rating.pegi else "", app.rating.esrb or ""]
        print(
            translate("cli", "Rating: {rating} ({source}, checked {date})").format(
                rating=" · ".join(p for p in parts if p),
                source=app.rating.source,
                date=app.rating.checked.isoformat(),
            )
        )
    if app.age_rules:
        print("\n" + translate("cli", "Age rules"))
        for rule in app.age_rules:
            print(f"  - {rule.text}")
            print("    " + _source_line(rule.source, rule.checked.isoformat()))
    print("\n" + translate("cli", "Privacy checklist"))
    for n, item in enumerate(app.checklist, 1):
        print(f"  {n}. {item.title}")
        print(f"     {item.why}")
        if item.min_age:
            print("     " + translate("cli", "From age {age}.").format(age=item.min_age))
        for where, path in item.where.items():
            print(f"     {platform(where)}: {path}")
        print("     " + _source_line(item.source, item.checked.isoformat()))
    print("\n" + translate("cli", "How to report"))
    print(f"  {app.report}\n  {app.report_url}")
    checked = app.checked.isoformat()
    print("\n" + translate("cli", "Sources (facts checked on {date})").format(date=checked))
    for source in app.sources:
        print(f"  {source}")
    return 0


def _source_line(source: str, checked: str) -> str:
    return translate("cli", "Source: {source} (checked {date})").format(source=source, date=checked)
