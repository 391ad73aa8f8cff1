"""The family agreement on paper: read by the children it is for, then signed by everyone.

The lines are set larger than other documents' text because children read them; a line meant for
some children only says whom it is for in words. The parents' promises stand in a frame of their
own so that nobody mistakes whose voice they are in. A family living in two homes gets one copy
per home, each starting on a new page and headed with that home's name.

What the family filled in beside the lines is printed where it belongs: the apps and devices
each child uses after "What we enjoy online", each child's screen-free places and times, device
bedtime and time for games and videos after the section on time and places, and the trusted
adults the family named with the children's helpline of its country after "If something goes
wrong". When that section is not printed, the block follows the last line instead.
"""

from __future__ import annotations

import os

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from familysafe.export.documents import agreement_extras, layout
from familysafe.export.documents.data import AgreementDocument, AgreementLineText, AgreementPart
from familysafe.export.documents.words import document_title, join_names
from familysafe.export.pdf import NewCopy, Styles, para, signature_table, strong
from familysafe.words import long_date, translate

CHILD_READABLE = 1.25  # the lines, against ordinary list text


def write_agreement(path: str | os.PathLike[str], doc: AgreementDocument) -> int:
    """Write the agreement; returns the number of pages."""
    return layout.write(path, doc.head, document_title("agreement"), lambda s: story(doc, s))


def story(doc: AgreementDocument, s: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for number, home in enumerate(doc.homes or (None,)):
        if number:
            out += [PageBreak(), NewCopy()]  # each home's copy numbered on its own
        out += _copy(doc, s, home)
    return out


def _copy(doc: AgreementDocument, s: Styles, home: str | None) -> list[Flowable]:
    out: list[Flowable] = []
    if home:
        out.append(para(translate("Documents", "Copy for {home}").format(home=home), s.h2))
    out += layout.title_block(s, translate("Documents", "Our family agreement"), _status(doc))
    line_style = layout.larger(s.list_item, CHILD_READABLE, "agreement")
    blocks = agreement_extras.blocks(doc, s, line_style)
    for part in doc.parts:
        if part.lines:
            out += _part(part, s, line_style)
            out += blocks.pop(part.id, [])
    if doc.parts and not any(part.lines for part in doc.parts):
        out.append(para(translate("Documents", "The agreement has no lines yet."), s.body))
    for rest in blocks.values():  # their section was not printed
        out += rest
    if doc.signers:
        out += _signatures(doc, s)
    return out


def _status(doc: AgreementDocument) -> str:
    """Agreed and when, or plainly a draft: a printed draft must never pass for the agreement."""
    if doc.version is not None and doc.agreed_on is not None:
        text = translate("Documents", "Version {version}, agreed on {date}.").format(
            version=doc.version, date=long_date(doc.agreed_on)
        )
        if doc.review_on:
            text += " " + translate("Documents", "We will look at it again by {date}.").format(
                date=long_date(doc.review_on)
            )
        return text
    text = translate(
        "Documents",
        "Draft, not agreed yet: read it together, change what does not work, then sign it.",
    )
    if doc.previous:
        text += " " + translate("Documents", "It will replace version {version}.").format(
            version=doc.previous
        )
    return text


def _part(part: AgreementPart, s: Styles, line_style) -> list[Flowable]:
    items = [
        [layout.kept_whole(line.text), " ", strong(_for(line))] if line.children else line.text
        for line in part.lines
    ]
    lines = layout.bullets(items, s, style=line_style)
    heading = layout.heading(part.title, s.h1)
    if part.voice == "parents":
        said_by = translate("Documents", "The parents and carers promise the children:")
        box = layout.boxed([para(said_by, layout.loose(s.h2)), lines], s)
        return [KeepTogether([heading, box])]  # short, and a promise is not split
    body: list[Flowable] = [para(part.purpose, s.small)] if part.purpose else []
    return layout.section(heading, [*body, lines], s)


def _for(line: AgreementLineText) -> str:
    if line.all_children:
        return translate("Documents", "(for all the children)")
    return translate("Documents", "(for {names})").format(names=join_names(line.children))


def _signatures(doc: AgreementDocument, s: Styles) -> list[Flowable]:
    intro = translate("Documents", "We talked about this agreement together and we agree to it.")
    table = signature_table(
        doc.signers,
        s,
        name_label=translate("Documents", "Name"),
        signature_label=translate("Documents", "Signature"),
        date_label=translate("Documents", "Date"),
    )
    heading = layout.heading(translate("Documents", "Signed by"), s.h1)
    # Together on one page: nobody signs alone on a page of their own.
    return [KeepTogether([heading, para(intro, s.body), table])]
