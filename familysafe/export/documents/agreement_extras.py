"""What the family filled in beside its agreement's lines, as blocks of the printed agreement:
the apps and devices each child uses, each child's times and places, and the people the children
can talk to (the trusted adults named, and the children's helpline of the family's country).

Written for the children who read the agreement: a child's name, then short plain words."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from familysafe.export.documents import layout
from familysafe.export.documents.data import AgreementChild, AgreementDocument
from familysafe.export.pdf import Styles, para, strong
from familysafe.words import translate
from familysafe.words.lists import join_list

# The section each block follows (when that section is printed).
AFTER = {
    "uses": "what-we-enjoy",
    "times": "screen-time-places",
    "people": "if-something-goes-wrong",
}


def blocks(doc: AgreementDocument, s: Styles, style: ParagraphStyle) -> dict[str, list[Flowable]]:
    """The blocks this copy prints, by the section id each follows, in the order of the page."""
    found: dict[str, list[Flowable]] = {}
    used = [c for c in doc.children if c.apps or c.devices]
    if used:
        found[AFTER["uses"]] = _uses(used, s, style)
    timed = [c for c in doc.children if c.has_limits or c.younger]
    if timed:
        found[AFTER["times"]] = _times(timed, s, style)
    if doc.trusted or doc.helpline:
        found[AFTER["people"]] = _people(doc, s, style)
    return found


def _uses(children: list[AgreementChild], s: Styles, style: ParagraphStyle) -> list[Flowable]:
    items = []
    for child in children:
        words = join_list(child.apps + child.devices)
        items.append([strong(child.name + ": "), words])
    heading = layout.heading(translate("Documents", "The apps, games and devices we use"), s.h2)
    return layout.section(heading, [layout.bullets(items, s, style=style)], s)


def _times(children: list[AgreementChild], s: Styles, style: ParagraphStyle) -> list[Flowable]:
    items = []
    for child in children:
        said = []
        if child.screen_free:
            said.append(
                translate("Documents", "No screens: {places}.").format(places=child.screen_free)
            )
        if child.bedtime:
            said.append(
                translate("Documents", "Devices go to bed at {time}.").format(
                    time=child.bedtime.strftime("%H:%M")
                )
            )
        if child.play_time:
            said.append(
                translate("Documents", "Games and videos: {time}.").format(time=child.play_time)
            )
        if child.younger:
            said.append(
                translate(
                    "Documents", "Sleep and moving about come first, every day, before screens."
                )
            )
        items.append([strong(child.name + ": "), " ".join(said)])
    heading = layout.heading(translate("Documents", "Our times and places"), s.h2)
    return layout.section(heading, [layout.bullets(items, s, style=style)], s)


def _people(doc: AgreementDocument, s: Styles, style: ParagraphStyle) -> list[Flowable]:
    items: list = []
    for person in doc.trusted:
        items.append([strong(person.name), f" · {person.phone}" if person.phone else ""])
    body: list[Flowable] = []
    if items:
        intro = translate("Documents", "Grown-ups we trust, who we can always tell:")
        body += [para(intro, layout.loose(s.body)), layout.bullets(items, s, style=style)]
    route = doc.helpline
    if route is not None:
        contact = " · ".join(x for x in (route.phone, _short_url(route.url)) if x)
        who = f"{route.name}, {contact}" if contact else route.name
        text = translate(
            "Documents", "If you want to talk to someone outside the family: {who}."
        ).format(who=who)
        body.append(para(text, style))
    heading = layout.heading(translate("Documents", "People we can talk to"), s.h2)
    return layout.section(heading, body, s)


def _short_url(url: str | None) -> str:
    if not url:
        return ""
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/")
