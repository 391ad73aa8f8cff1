"""The family plan: the parents' own overview, child by child, to read away from the screen or
to share with the other parent.

For each child: what to talk about next (with words to start), what was talked about and when,
what is overdue or coming up, each app's privacy checklist with its dates, and the open
follow-ups; then what belongs to the whole family. Private notes are printed only when the
parent asked for them, and the first lines of the plan say which it is.

Checklist items in the due list are counted per app rather than listed, because the checklist
table further down lists them one by one; repeating 40 apps' items twice would bury the talks.
"""

from __future__ import annotations

import os
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from familysafe.core.checklist import ItemState
from familysafe.core.due import DueEntry
from familysafe.core.planning import FollowUp
from familysafe.export.documents import layout
from familysafe.export.documents.data import (
    AppChecklist,
    FamilyItems,
    FamilyPlanDocument,
    PlanChild,
    TalkLine,
    TopicIdea,
)
from familysafe.export.documents.words import (
    document_title,
    join_names,
    when_due,
)
from familysafe.export.pdf import Styles, para, paras, strong
from familysafe.words import long_date, translate, vocabulary
from familysafe.words.planner import entry_title

WHEN_WHAT = ("34%", "66%")
TALKS = ("24%", "36%", "40%")
TALKS_WITHOUT_NOTES = ("30%", "70%")
LONG_NOTE = 3000  # characters: a longer note is printed in full after the table, not in a row
NOTE_START = 300  # characters of a long note shown in its row
CHECKLIST = ("58%", "42%")


def write_plan(path: str | os.PathLike[str], doc: FamilyPlanDocument) -> int:
    """Write the plan; returns the number of pages."""
    return layout.write(path, doc.head, document_title("plan"), lambda s: story(doc, s))


def story(doc: FamilyPlanDocument, s: Styles) -> list[Flowable]:
    intro = translate(
        "Documents",
        "For the parents: what to talk about next, what you talked about, what is due, "
        "and how each app is set up.",
    )
    if doc.include_notes:
        privacy = translate(
            "Documents",
            "This copy includes the private notes from your talks. Keep it somewhere safe.",
        )
    else:
        privacy = translate("Documents", "Private notes from your talks are not included.")
    out = layout.title_block(s, document_title("plan"), intro)
    out.append(para(privacy, s.body))
    for child in doc.children:
        out += _child(child, doc, s)
    out += _family(doc.family, doc, s)
    return out


def _child(child: PlanChild, doc: FamilyPlanDocument, s: Styles) -> list[Flowable]:
    heading = translate("Documents", "{name} · {band} · {age} years old").format(
        name=child.name, age=child.age, band=vocabulary.band(child.band)
    )
    parts: list[Flowable] = []
    if "suggestions" in doc.sections:
        parts += _ideas(child.ideas, s)
    if "history" in doc.sections:
        parts += _history(child, doc.include_notes, s)
    if "due" in doc.sections:
        parts += _due(child, s)
    if "checklists" in doc.sections:
        parts += _checklists(child.apps, s)
    if "follow-ups" in doc.sections:
        parts += _follow_ups(child.follow_ups, doc.head.today, s)
    return layout.section(layout.heading(heading, s.h1), parts, s)


def _ideas(ideas: tuple[TopicIdea, ...], s: Styles) -> list[Flowable]:
    heading = layout.heading(translate("Documents", "What to talk about next"), s.h2)
    if not ideas:
        return [heading, para(translate("Documents", "Nothing to suggest at this age."), s.body)]
    blocks = []
    for idea in ideas:
        if idea.last_discussed:
            when = translate("Documents", "last talked about on {date}").format(
                date=long_date(idea.last_discussed)
            )
        else:
            when = translate("Documents", "not talked about yet")
        starters = [f"“{starter}”" for starter in idea.starters]
        blocks.append(
            KeepTogether(
                [
                    para([strong(idea.title), f" ({when})"], s.body),
                    layout.bullets(starters, s, style=s.list_item),
                ]
            )
        )
    return layout.section(heading, blocks, s)


def _history(child: PlanChild, include_notes: bool, s: Styles) -> list[Flowable]:
    heading = layout.heading(translate("Documents", "What you talked about"), s.h2)
    if not child.talks:
        return [heading, para(translate("Documents", "No talks logged yet."), s.body)]
    how = (
        translate("Documents", "How it went, and notes")
        if include_notes
        else translate("Documents", "How it went")
    )
    rows: list[list] = [
        [
            para(translate("Documents", "When"), layout.cell(s.table_header)),
            para(translate("Documents", "Topics"), layout.cell(s.table_header)),
            para(how, layout.cell(s.table_header)),
        ]
    ]
    long_notes: list[TalkLine] = []
    for talk in child.talks:
        when = [para(long_date(talk.on), layout.cell(s.small))]
        if talk.others:
            with_ = translate("Documents", "with {names}").format(names=join_names(talk.others))
            with_ = layout.directed(with_)
            when.append(para(with_, layout.cell(s.small)))
        said = paras(talk.how_it_went, layout.cell(s.small)) if talk.how_it_went else []
        if include_notes and talk.notes:
            notes = talk.notes
            if len(notes) > LONG_NOTE:  # the whole note follows the table
                notes = notes[:NOTE_START].rstrip() + " \u2026"
                long_notes.append(talk)
            said.append(
                para([strong(translate("Documents", "Notes: ")), notes], layout.cell(s.small))
            )
        rows.append([when, para("; ".join(talk.topics), layout.cell(s.small)), said or ""])
    widths: tuple[str, ...] = TALKS
    if not any(talk.how_it_went or (include_notes and talk.notes) for talk in child.talks):
        rows = [row[:2] for row in rows]  # nothing to say how it went: no empty column
        widths = TALKS_WITHOUT_NOTES
    out = layout.section(
        heading, [layout.table(rows, s, widths, header=True, padding=2, split_in_row=True)], s
    )
    if child.earlier_talks and child.first_talk:
        earlier = translate("Documents", "Earlier talks: {count}, the first on {date}.").format(
            count=child.earlier_talks, date=long_date(child.first_talk)
        )
        out.append(para(earlier, layout.cell(s.small)))
    for talk in long_notes:
        note = [strong(long_date(talk.on)), " \u2014 ", strong(translate("Documents", "Notes: "))]
        out.append(para(note, s.body))
        out += paras(talk.notes, s.body)
    return out


def _due(child: PlanChild, s: Styles) -> list[Flowable]:
    """The same entries as the Today page: one row per talk, per app's settings, per item."""
    heading = layout.heading(translate("Documents", "Overdue and coming up"), s.h2)
    rows = [_due_row(item, child.name, s) for item in child.due]
    if not rows:
        return [heading, para(translate("Documents", "Nothing is due. Well done."), s.body)]
    return layout.section(heading, [layout.table(rows, s, WHEN_WHAT, padding=2)], s)


def _due_row(item: DueEntry, name: str, s: Styles) -> list[Flowable]:
    when = when_due(item)
    cell = para([strong(when)] if item.overdue_days > 0 else when, layout.cell(s.small))
    return [cell, para(layout.directed(entry_title(item, name)), layout.cell(s.small))]


def _checklists(apps: tuple[AppChecklist, ...], s: Styles) -> list[Flowable]:
    heading = layout.heading(translate("Documents", "Privacy settings by app"), s.h2)
    if not apps:
        return [heading, para(translate("Documents", "No apps added yet."), s.body)]
    return layout.section(heading, [_app_table(app, s) for app in apps], s)


def _app_table(app: AppChecklist, s: Styles) -> Flowable:
    title: list[str] = [strong(app.app)]
    if app.below_min_age:
        title.append(
            " · "
            + translate("Documents", "asks users to be at least {age}").format(age=app.min_age)
        )
    rows: list[list] = [[para(title, s.body), ""]]
    rows += [
        [para(item.title, layout.cell(s.small)), para(_status(item), layout.cell(s.small))]
        for item in app.items
    ]
    table = layout.table(rows, s, CHECKLIST, header=True, padding=2)
    table.setStyle([("SPAN", (0, 0), (-1, 0))])
    return KeepTogether([table])  # at most a dozen rows: never one row alone at a page foot


def _status(item: ItemState) -> str:
    """A checklist item's state in words (never only a mark or a colour)."""
    if not item.applies:
        return translate("Documents", "Not needed at this age yet")
    if item.code == "to-do" or item.checked_on is None:
        return translate("Documents", "To do")
    checked = long_date(item.checked_on)
    if item.code == "changed":  # still in place: our advice for it changed since
        return translate(
            "Documents", "In place since {date}; re-check due: the advice changed"
        ).format(date=checked)
    if item.code == "recheck":
        return translate("Documents", "In place since {date}; re-check due").format(date=checked)
    return translate("Documents", "Done {date}; re-check by {recheck}").format(
        date=checked, recheck=long_date(item.recheck_on) if item.recheck_on else ""
    )


def _follow_ups(follow_ups: tuple[FollowUp, ...], today: date, s: Styles) -> list[Flowable]:
    heading = layout.heading(translate("Documents", "Follow-ups"), s.h2)
    if not follow_ups:
        return [heading, para(translate("Documents", "No open follow-ups."), s.body)]
    lines = layout.bullets([_follow_up(f, today) for f in follow_ups], s)
    return layout.section(heading, [lines], s)


def _follow_up(follow_up: FollowUp, today: date) -> list[str]:
    if follow_up.due_on < today:
        when = translate("Documents", "overdue since {date}").format(
            date=long_date(follow_up.due_on)
        )
        return [layout.directed(follow_up.text), " (", strong(when), ")"]
    when = translate("Documents", "by {date}").format(date=long_date(follow_up.due_on))
    return [layout.directed(follow_up.text), f" ({when})"]


def _family(family: FamilyItems, doc: FamilyPlanDocument, s: Styles) -> list[Flowable]:
    lines: list = []
    if "due" in doc.sections:
        if family.check_in_on:
            text = translate("Documents", "Next family check-in: {date}").format(
                date=long_date(family.check_in_on)
            )
            if family.check_in_at:
                text += " " + translate("Documents", "at {time}").format(
                    time=family.check_in_at.strftime("%H:%M")
                )
            lines.append(text)
        if family.agreement_version and family.agreement_review_on:
            review = translate(
                "Documents", "Look at the family agreement (version {version}) again by {date}"
            )
            lines.append(
                review.format(
                    version=family.agreement_version, date=long_date(family.agreement_review_on)
                )
            )
        elif not family.agreement_version:
            lines.append(translate("Documents", "The family agreement has not been agreed yet."))
    parts: list[Flowable] = [layout.bullets(lines, s)] if lines else []
    if "follow-ups" in doc.sections and family.follow_ups:
        parts += _follow_ups(family.follow_ups, doc.head.today, s)
    heading = layout.heading(translate("Documents", "For the whole family"), s.h1)
    return layout.section(heading, parts, s)
