"""The carer handout: what a grandparent or sitter needs, whom to call first.

The first page carries what matters in a hurry: the emergency number and the one or two routes
that matter most, large and framed; how to reach the parents (or lines to write it on); the calm
steps for when a child tells the carer something worrying. The box also holds a backup contact,
where the parents are and when they return, and the home address for emergency services: each
printed as given, else as a line to fill in by hand. Then the family's rules, once for every
child, and each child by first name and age band (never a birth date: the handout leaves the
house) with their apps and devices, the family's actual limits (from the agreement's
specifics) and the privacy settings in place (a setting due a re-check is still in place, and
says so). Short, calm signs that a child may be being harmed online, the same settings at the
carer's own home, and the country's helplines close it. Compact tables keep a typical family
(two children, four apps each) on two pages.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from familysafe.core.library import Guide, Route
from familysafe.export.documents import layout
from familysafe.export.documents.carer_extras import (
    carer_home,
    first_box_rows,
    limits,
    standalone,
    warning_signs,
)
from familysafe.export.documents.columns import Columns, Flowing
from familysafe.export.documents.data import AppSettings, CarerChild, CarerHandout
from familysafe.export.documents.words import document_title, join_names
from familysafe.export.pdf import Styles, para, strong
from familysafe.words import translate, vocabulary
from familysafe.words.lists import join_list

COLUMN_GAP = 8  # points between the two columns of the guide
ROUTE_PADDING = 2
PHONE_MAX = 110  # points: a longer number wraps at its spaces
WEB_MAX = 170  # points: a longer address wraps
LARGE_ROUTES = ("40%", "24%", "36%")


def write_carer(path: str | os.PathLike[str], doc: CarerHandout) -> int:
    """Write the handout; returns the number of pages."""
    return layout.write(path, doc.head, document_title("carer"), lambda s: story(doc, s))


def story(doc: CarerHandout, s: Styles) -> list[Flowable]:
    names = [child.name for child in doc.children]
    title = (
        translate("Documents", "Looking after {names}").format(names=join_names(names))
        if 0 < len(names) <= 3
        else translate("Documents", "Looking after the children")
        if names
        else document_title("carer")
    )
    intro = translate(
        "Documents",
        "Thank you for looking after the children. This sheet has what you need to know about "
        "their time online, and what to do if something worries you.",
    )
    out: list[Flowable] = [para(title, s.title), para(intro, s.body)]
    out += [_first_box(doc, s), layout.gap(s)]
    guide = doc.guide if "what-to-do" in doc.sections else None
    signs = warning_signs(s) if "warning-signs" in doc.sections else []
    home = carer_home(s) if "carer-home" in doc.sections and doc.children else []
    if guide is not None:
        out += _first_steps(guide, s, signs)
    if "rules" in doc.sections and doc.rules and doc.children:
        out += _rules(doc, s)
    for child in doc.children:
        out += _child(child, doc.sections, s)
    if guide is not None:
        out += _afterwards(guide, s, home)
    else:  # no guide's columns to stand in
        out += (standalone(signs, s) if signs else []) + (standalone(home, s) if home else [])
    if "helplines" in doc.sections:
        out += _helplines(doc, s)
    return out


def _first_box(doc: CarerHandout, s: Styles) -> Flowable:
    """Whom to call, framed at the top of the first page: the emergency number, the routes that
    matter most, and how to reach the parents (or lines to write it on)."""
    emergency = translate("Documents", "In an emergency, call {number}.").format(
        number=doc.emergency
    )
    lines: list[Flowable] = [para([strong(emergency)], layout.larger(s.h1, 1.25, "emergency"))]
    for route in doc.first_routes if "helplines" in doc.sections else ():
        contact = " · ".join(x for x in (route.phone, _short_url(route.url)) if x)
        who = f" ({_audience(route.audience)}): {contact}"
        lines.append(para([strong(layout.directed(route.name)), who], s.body))
    if "contact" in doc.sections:
        lines.append(layout.gap(s, 3))
        lines.append(first_box_rows(doc, s))
    return layout.boxed(lines, s, weight=1.6)


def _rules(doc: CarerHandout, s: Styles) -> list[Flowable]:
    """Each rule once: those for every child, then those for some of them, under their names."""
    body = layout.compact(s.body)
    group_heading = ParagraphStyle(  # under "Our rules": a little smaller than a section's
        f"{s.h2.name}-group",
        parent=s.h2,
        fontSize=s.h2.fontSize * 11.5 / 13,
        leading=s.h2.leading * 11.5 / 13,
        spaceBefore=s.pt(5),
        spaceAfter=s.pt(2),
    )
    several = len(doc.children) > 1
    out: list[Flowable] = []
    for group in doc.rules:
        if several or group.children:
            who = (
                translate("Documents", "For every child")
                if not group.children
                else translate("Documents", "Also for {names}").format(
                    names=join_names(group.children)
                )
            )
            out.append(layout.heading(who, group_heading))
        out.append(layout.bullets(group.rules, s, style=body))
    if s.scale == 1 and len(out) > 2:  # rules for some of the children: in two columns
        rtl = layout.right_to_left()
        out = [Flowing(out, gap=s.pt(COLUMN_GAP), rtl=rtl)]
    return layout.section(layout.heading(translate("Documents", "Our rules"), s.h1), out, s)


def _child(child: CarerChild, sections: frozenset[str], s: Styles) -> list[Flowable]:
    """The child's apps and the settings in place, as two running paragraphs."""
    body = layout.compact(s.body)
    parts: list[Flowable] = []
    if "apps" in sections:
        apps = join_list(child.apps) or translate("Documents", "None listed")
        if child.devices:
            devices = translate("Documents", "Devices: {names}").format(
                names=join_list(child.devices)
            )
            apps = f"{apps} · {devices}"
        parts.append(para([strong(translate("Documents", "Apps and devices") + ": "), apps], body))
    if "limits" in sections and limits(child):
        label = strong(translate("Documents", "Our limits") + ": ")
        parts.append(para([label, limits(child)], body))
    if "settings" in sections:
        label = strong(translate("Documents", "Privacy settings in place") + ": ")
        if child.settings:
            pieces: list = [label]
            for i, app in enumerate(child.settings):
                pieces += [" · " if i else "", *_settings(app)]
            parts.append(para(pieces, layout.compact(s.small)))
        else:
            none = translate("Documents", "None marked as done in FamilySafe yet")
            parts.append(para([label, none], body))
    heading = layout.heading(f"{child.name} · {vocabulary.band(child.band)}", s.h2)
    if not parts:
        return [heading]
    return layout.section(heading, parts, s)


def _settings(app: AppSettings) -> list:
    """One app's settings in place, those due a re-check marked so (they are not undone)."""
    due = translate("Documents", "re-check due")
    items = list(app.settings) + [f"{title} ({due})" for title in app.recheck]
    return [strong(f"{app.app}: "), "; ".join(items)]


def _block(title: str, items: Sequence[str], s: Styles, numbered: bool = False) -> list:
    return [
        para(title, layout.loose(s.h2)),
        layout.bullets(items, s, style=s.small, numbered=numbered),
    ]


def _columns(left: list[Flowable], right: list[Flowable], s: Styles) -> list[Flowable]:
    """Two columns that run on over a page when the page ends (a long agreement pushes the
    guide's second half down); large print has one column."""
    if s.scale > 1:  # large print: one column, which may run over pages
        return left + right
    rtl = layout.right_to_left()
    return [Columns(left, right, gap=s.pt(COLUMN_GAP), rtl=rtl)]


def _first_steps(guide: Guide, s: Styles, signs: list[Flowable]) -> list[Flowable]:
    """What to do, and what not to, on the first page under the guide's title; the warning
    signs under "Please do not", where the shorter column leaves room."""
    left = _block(translate("Documents", "What to do"), guide.first, s, numbered=True)
    right = _block(translate("Documents", "Please do not"), guide.do_not, s) + signs
    return layout.section(layout.heading(guide.title, s.h1), _columns(left, right, s), s)


def _afterwards(guide: Guide, s: Styles, home: list[Flowable]) -> list[Flowable]:
    """The rest of the guide, for when the moment has passed; the same settings at the carer's
    own home under "Keep what happened", where the shorter column leaves room."""
    left = _block(translate("Documents", "Keep what happened"), guide.evidence, s) + home
    right = _block(translate("Documents", "Who to tell"), guide.report, s)
    right += _block(translate("Documents", "Afterwards"), guide.support, s)
    heading = layout.heading(translate("Documents", "When the moment has passed"), s.h1)
    return layout.section(heading, _columns(left, right, s), s)


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
    widths = _route_widths(doc, rows, s) if wide else LARGE_ROUTES
    table = layout.table(rows, s, widths, header=True, padding=ROUTE_PADDING)
    return layout.section(heading, [para([strong(emergency)], s.body), table], s)


def _route_widths(doc: CarerHandout, rows: list[list], s: Styles) -> list[str | float]:
    """The helpline table's columns, measured in the font they are printed in: "For" as wide
    as its longest word ("Betreuungspersonen" is never cut), "Phone" and "Website" as wide as
    their longest number and address (up to a limit, then they wrap); "Who" has the rest."""
    pad = 2 * s.pt(ROUTE_PADDING) + s.pt(6)  # the padding, and room between the columns
    audience = max(row[1].minWidth() for row in rows) + pad
    return [
        "100%",
        audience,
        _widest(rows, 2, s.pt(PHONE_MAX)) + pad,
        _widest(rows, 3, s.pt(WEB_MAX)) + pad,
    ]


def _widest(rows: list[list], column: int, limit: float) -> float:
    """The width of the longest text in ``column`` set on one line (at most ``limit``)."""
    header, *cells = [row[column] for row in rows]
    unbroken = [para(c.getPlainText().replace(" ", "\u00a0"), c.style) for c in cells]
    return min(max([header.minWidth(), *(u.minWidth() for u in unbroken)]), limit)


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
