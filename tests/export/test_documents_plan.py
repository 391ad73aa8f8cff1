"""The family plan from plain data: per child what is next, what was said, what is due and how
each app is set up; notes only when the parent asked for them."""

from __future__ import annotations

import unicodedata
from datetime import date, time

import pytest
from pypdf import PdfReader

from familysafe.core.bands import Band
from familysafe.core.checklist import ItemState
from familysafe.core.due import DueEntry, SettingDue, SettingsDue, TalkDue
from familysafe.core.planning import FollowUp
from familysafe.export.documents.data import (
    AppChecklist,
    FamilyItems,
    FamilyPlanDocument,
    Letterhead,
    PlanChild,
    TalkLine,
    TopicIdea,
)
from familysafe.export.documents.plan import write_plan
from familysafe.words import long_date

TODAY = date(2026, 11, 23)
ALL = frozenset({"suggestions", "history", "due", "checklists", "follow-ups"})


def state(item_id: str, title: str, code: str, checked: date | None = None, applies=True):
    recheck = date(checked.year + 1, checked.month, checked.day) if checked else None
    return ItemState(1, "roblox", item_id, title, applies, code != "to-do", checked, recheck,
                     code in ("changed", "recheck"), code, TODAY)  # fmt: skip


def due(kind: str, overdue: int, **kw) -> DueEntry:
    day = date.fromordinal(TODAY.toordinal() - overdue)
    common = {"key": f"{kind}:{overdue}", "member_id": 1, "due_on": day, "overdue_days": overdue}
    if kind == "talk":
        return TalkDue(**common, name="Arun", last_talk=None, topic=None)
    settings = tuple(
        SettingDue(f"checklist:1:roblox:{t}", "roblox", t, t, "to-do", day, None)
        for t in kw["titles"]
    )
    return SettingsDue(**common, name="Arun", app_id="roblox", app_name="Roblox", settings=settings)


ARUN = PlanChild(
    name="Arun",
    age=9,
    band=Band.AGE_8_10,
    ideas=(
        TopicIdea("Strangers in games and chat", ("Who do you play with online?",)),
        TopicIdea("Cyberbullying", ("What does unkind look like in a game?",), date(2026, 6, 1)),
    ),
    talks=(
        TalkLine(
            date(2026, 11, 1),
            ("Being kind online",),
            ("Priya",),
            "He listened well.",
            notes="SECRET-NOTE about a friend",
        ),
    ),  # fmt: skip
    earlier_talks=12,
    first_talk=date(2025, 11, 2),
    due=(
        due("talk", 9),
        due("settings", 2, titles=("Limit chat", "Spending")),
    ),  # fmt: skip
    apps=(
        AppChecklist(
            "Roblox",
            13,
            True,
            (
                state("limit-chat", "Set who can chat with your child", "ok", date(2026, 10, 1)),
                state("spending", "Set a monthly spending limit", "to-do"),
                state("parental", "Link your parent account", "changed", date(2026, 1, 5)),
                state("voice", "Keep voice chat off", "to-do", applies=False),
            ),
        ),
    ),
    follow_ups=(FollowUp(1, 1, 1, "Turn off chat together", date(2026, 11, 20)),),
)
MARYAM = PlanChild("مريم", 13, Band.AGE_13_15)
FAMILY = FamilyItems(
    check_in_on=date(2026, 11, 29),
    check_in_at=time(18, 0),
    agreement_version=2,
    agreement_review_on=date(2026, 12, 1),
    follow_ups=(FollowUp(2, 1, None, "Agree a screen-free evening", date(2026, 12, 5)),),
)


def plan(include_notes: bool, sections=ALL) -> FamilyPlanDocument:
    return FamilyPlanDocument(
        Letterhead("王 & Okafor family", TODAY), (ARUN, MARYAM), FAMILY, sections, include_notes
    )


def pdf_text(path) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "plan.pdf"
    pages = write_plan(path, plan(include_notes=False))
    return path, pages, pdf_text(path)


def test_each_child_with_age_and_band(written):
    text = written[2]
    assert "Arun · Ages 8 to 10 · 9 years old" in text
    assert "مريم" in text and "Ages 13 to 15 · 13 years old" in text
    assert "王 & Okafor family" in text


def test_what_to_talk_about_next_with_words_to_start(written):
    text = written[2]
    assert "Strangers in games and chat (not talked about yet)" in text
    assert "“Who do you play with online?”" in text
    assert f"last talked about on {long_date(date(2026, 6, 1))}" in text


def test_what_was_talked_about_without_notes_by_default(written):
    text = written[2]
    assert "Being kind online" in text and "He listened well." in text
    assert "with Priya" in text
    assert f"Earlier talks: 12, the first on {long_date(date(2025, 11, 2))}." in text
    assert "SECRET-NOTE" not in text
    assert "Private notes from your talks are not included." in text


def test_notes_when_the_parent_asks(tmp_path):
    path = tmp_path / "notes.pdf"
    write_plan(path, plan(include_notes=True))
    text = pdf_text(path)
    assert "Notes: SECRET-NOTE about a friend" in text
    assert "This copy includes the private notes from your talks." in text


def test_what_is_due_with_checklists_counted_per_app(written):
    text = written[2]
    assert "Overdue since" in text and "Talk with Arun" in text
    assert "Roblox for Arun: 2 settings to set up" in text


def test_checklist_status_in_words_with_dates(written):
    text = written[2]
    assert "Roblox · asks users to be at least 13" in text
    assert (
        f"Done {long_date(date(2026, 10, 1))}; re-check by {long_date(date(2027, 10, 1))}" in text
    )
    assert "To do" in text
    # ticked, then the advice changed: still in place, and due a re-check
    assert f"In place since {long_date(date(2026, 1, 5))}; re-check due: the advice" in text
    assert "Not needed at this age yet" in text


def test_follow_ups_and_the_family(written):
    text = written[2]
    assert "Turn off chat together (overdue since" in text
    assert f"Next family check-in: {long_date(date(2026, 11, 29))} at 18:00" in text
    assert "Look at the family agreement (version 2) again by" in text
    assert "Agree a screen-free evening" in text


def test_pages_are_numbered(written):
    path, pages, _ = written
    reader = PdfReader(path)
    assert pages == len(reader.pages)
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()


def test_only_the_sections_chosen(tmp_path):
    path = tmp_path / "few.pdf"
    write_plan(path, plan(include_notes=True, sections=frozenset({"suggestions"})))
    text = pdf_text(path)
    assert "What to talk about next" in text
    for absent in (
        "What you talked about",
        "SECRET-NOTE",
        "Overdue and coming up",
        "Privacy settings by app",
        "Turn off chat together",
        "Next family check-in",
    ):
        assert absent not in text  # fmt: skip


def test_a_note_longer_than_a_page_runs_on(tmp_path):
    note = " ".join(f"Sentence {n} of a long note." for n in range(700))
    child = PlanChild(
        "Arun", 9, Band.AGE_8_10, talks=(TalkLine(TODAY, ("Safe to tell",), notes=note),)
    )
    doc = FamilyPlanDocument(Letterhead("Ŵyn", TODAY), (child,), FamilyItems(), ALL, True)
    path = tmp_path / "long.pdf"
    assert write_plan(path, doc) > 2
    text = pdf_text(path)
    assert "Sentence 0 of a long note." in text and "Sentence 699 of a long note." in text
