"""The carer handout: what a grandparent or sitter needs on one or two pages.

Whom to call comes first, in a frame. Then each child by first name and age band (never a birth
date: the handout leaves the house), with their apps, the family's rules for them and the privacy
settings already in place. Then calm steps for when a child tells the carer something worrying,
and the helplines of the family's country. Tables with a narrow label column keep a typical family
(two children, four apps each) on one or two pages.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.platypus import Flowable

from familysafe.core.library import Guide, Route
from familysafe.export.documents import layout
from familysafe.export.documents.data import CarerChild, CarerHandout
from familysafe.export.documents.words import document_title, join_names
from familysafe.export.pdf import Styles, bullet_list, para, strong
from familysafe.words import translate, vocabulary

LABELS = ("26%", "74%")
HALVES = ("50%", "50%")
ROUTES = ("37%", "15%", "16%", "32%")
LARGE_ROUTES = ("40%", "24%", "36%")


def write_carer(path: str | os.PathLike[str], doc: CarerHandout) -> int:
    """Write the handout; returns the number of pages."""
    return layout.write(path, doc.head, document_title("carer"), lambda s: story(doc, s))


def story(doc: CarerHandout, s: Styles) -> list[Flowable]:
    names = [child.name for child in doc.children]
    title = (
        translate("Documents", "Looking after {names}").format(names=join_names(names))
        if names
        else document_title("carer")
    )
    intro = translate(
        "Documents",
        "Thank you for looking after the children. This sheet has what you need to know about "
        "their time online, and what to do if something worries you.",
    )
    out: list[Flowable] = [para(title, s.title), para(intro, s.body)]
    if "contact" in doc.sections:
        out += [_contact_box(doc, s), layout.gap(s)]
    for child in doc.children:
        out += _child(child, doc.sections, s)
    if "what-to-do" in doc.sections and doc.guide is not None:
        out += _what_to_do(doc.guide, s)
    if "helplines" in doc.sections:
        out += _helplines(doc, s)
    return out


def _contact_box(doc: CarerHandout, s: Styles) -> Flowable:
    lines: list[Flowable] = [para(translate("Documents", "How to reach us"), s.h2)]
    if doc.contact:
        lines.append(para(doc.contact, s.body))
    emergency = translate("Documents", "In an emergency, call {number}.").format(
        number=doc.emergency
    )
    lines.append(para([strong(emergency)], s.body))
    return layout.boxed(lines, s)


def _child(child: CarerChild, sections: frozenset[str], s: Styles) -> list[Flowable]:
    body = layout.compact(s.body)
    rows: list[list] = []
    if "apps" in sections:
        apps = ", ".join(child.apps) or translate("Documents", "None listed")
        rows.append(_label(translate("Documents", "Apps and devices"), s) + [para(apps, body)])
    if "rules" in sections:
        rules = translate("Documents", "Our rules")
        rows += _grouped(rules, [para(rule, body) for rule in child.rules], s) or [
            _label(rules, s) + [para(translate("Documents", "None written down yet"), body)]
        ]
    if "settings" in sections:
        label = translate("Documents", "Privacy settings in place")
        cells = [
            para([strong(f"{app.app}: "), "; ".join(app.settings)], layout.cell(s.small))
            for app in child.settings
            if app.settings
        ]
        none = translate("Documents", "None marked as done in FamilySafe yet")
        rows += _grouped(label, cells, s) or [_label(label, s) + [para(none, body)]]
    heading = layout.heading(f"{child.name} · {vocabulary.band(child.band)}", s.h1)
    if not rows:
        return [heading]
    return layout.section(heading, [_rows_table(rows, s)], s)


def _label(text: str, s: Styles) -> list[Flowable]:
    return [para(text, layout.cell(s.table_header))]


def _grouped(label: str, cells: Sequence[Flowable], s: Styles) -> list[list]:
    """One row per cell, the label on the first only, so that long lists split between rows."""
    return [[_label(label, s)[0] if i == 0 else "", cell] for i, cell in enumerate(cells)]


def _rows_table(rows: list[list], s: Styles) -> Flowable:
    return layout.table(rows, s, LABELS, rules=False, padding=1.5)


def _what_to_do(guide: Guide, s: Styles) -> list[Flowable]:
    def block(title: str, items: Sequence[str], numbered: bool = False) -> list[Flowable]:
        return [
            para(title, layout.loose(s.h2)),
            bullet_list(items, s, style=s.small, numbered=numbered),
        ]

    left = block(translate("Documents", "What to do"), guide.first, numbered=True)
    left += block(translate("Documents", "Keep what happened"), guide.evidence)
    right = block(translate("Documents", "Please do not"), guide.do_not)
    right += block(translate("Documents", "Who to tell"), guide.report)
    right += block(translate("Documents", "Afterwards"), guide.support)
    if s.scale > 1:  # large print: one column, which may run over pages
        steps: list[Flowable] = left + right
    else:  # two balanced columns, about a third of a page
        steps = [layout.table([[left, right]], s, HALVES, rules=False, padding=2)]
    heading = layout.heading(guide.title, s.h1)
    return layout.section(heading, steps, s)  # the title says it; the summary costs a page


def _helplines(doc: CarerHandout, s: Styles) -> list[Flowable]:
    heading = layout.heading(
        translate("Documents", "Helplines and where to report ({country})").format(
            country=doc.country
        ),
        s.h1,
    )
    emergency = translate("Documents", "Emergency: {number}").format(number=doc.emergency)
    who, phone, website = (
        translate("Documents", "Who"),
        translate("Documents", "Phone"),
        translate("Documents", "Website"),
    )
    wide = s.scale == 1  # large print has no room for a column of its own for "For"
    labels = (who, translate("Documents", "For"), phone, website) if wide else (who, phone, website)
    rows = [[para(label, layout.cell(s.table_header)) for label in labels]]
    rows += [_route(route, s, wide) for route in doc.routes]
    table = layout.table(rows, s, ROUTES if wide else LARGE_ROUTES, header=True, padding=2)
    return layout.section(heading, [para([strong(emergency)], s.body), table], s)


def _route(route: Route, s: Styles, wide: bool) -> list:
    small = layout.cell(s.small)
    name = para([strong(route.name)], small)
    audience = para(_audience(route.audience), small)
    who: list = [name, audience] if wide else [[name, audience]]
    return [*who, para(route.phone or "", small), para(_short_url(route.url), small)]


def _audience(audience: str) -> str:
    """Who a helpline is for, in a few words (the content's purpose lines are too long for a
    one-page handout; the app's Get help window shows them)."""
    words = {
        "children": translate("Documents", "Children"),
        "parents": translate("Documents", "Parents, carers"),
        "everyone": translate("Documents", "Everyone"),
        "reporting": translate("Documents", "Reporting"),
    }
    return words.get(audience, audience)


def _short_url(url: str | None) -> str:
    """A web address as people type it: no scheme, no "www.", no trailing slash."""
    if not url:
        return ""
    text = url.split("://", 1)[-1]
    text = text.removeprefix("www.")
    return text.rstrip("/")
