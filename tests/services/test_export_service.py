"""Exporting PDFs: what each document may show, checked options, and files written whole and
private, or not at all."""

from __future__ import annotations

import os
import stat
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from familysafe.core.bands import Band, BirthMonth
from familysafe.core.errors import FamilySafeError, NotFoundError, ValidationError
from familysafe.core.household import Role
from familysafe.services.exports import ExportOptions


@pytest.fixture
def family(services):
    s = services
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.household.add("مريم", Role.CHILD, BirthMonth(2013, 9, 14))
    s.household.add("王小明", Role.CHILD, BirthMonth(2022, 1))
    s.household.add("Priya", Role.ADULT)
    s.planner.add_apps(s.household.get("Arun").id, ["roblox", "minecraft"])
    s.planner.add_apps(s.household.get("مريم").id, ["instagram"])
    s.planner.mark(s.household.get("Arun").id, "roblox", "limit-chat")
    s.planner.log_talk([s.household.get("Arun").id], ["safe-to-tell"], date(2026, 11, 1),
        notes="SECRET-NOTE", how_it_went="He listened",
        follow_ups=[("Turn off chat together", date(2026, 11, 30))],
    )  # fmt: skip
    s.agreement.add_line("screen-time-places", suggestion_id="no-screens-at-meals")
    s.agreement.add_line("talking-to-people", text="In Roblox I chat with school friends only.",
                         children=[s.household.get("Arun").id])  # fmt: skip
    s.agreement.add_line(
        "talking-to-people",
        text="MARYAM-ONLY rule.",
        children=[s.household.get("مريم").id],
    )
    s.agreement.add_line("parents-promise", suggestion_id="stay-calm-and-listen")
    s.agreement.agree(
        [
            s.household.get("Priya").id,
            s.household.get("Arun").id,
        ],
        on=date(2026, 11, 1),
    )
    s.settings.set_contact_line("Call Priya: 07700 900123")
    s.settings.set_family_name("The Sharma family")
    return s


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the files written (the data folder is in ``tmp_path`` too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def text_of(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


# Sections and names -----------------------------------------------------------------------------


def test_sections_per_document(family):
    exports = family.exports
    assert [x.id for x in exports.sections("plan")] == [
        "suggestions", "history", "due", "checklists", "follow-ups",
    ]  # fmt: skip
    assert [x.id for x in exports.sections("carer")] == [
        "apps", "rules", "limits", "settings", "what-to-do", "warning-signs", "carer-home",
        "helplines", "contact",
    ]  # fmt: skip
    agreement = [x.id for x in exports.sections("agreement")]
    assert agreement[-3:] == ["specifics", "trusted-adults", "signatures"]
    assert agreement[:-3] == [s.id for s in family.agreement.sections()]
    assert exports.sections("cards") == []
    assert all(x.title and x.default for x in exports.sections("carer"))


def test_suggested_filename(family):
    exports = family.exports
    assert exports.suggested_filename(ExportOptions("plan")) == "Family plan 2026-11-23.pdf"
    assert exports.suggested_filename(ExportOptions("carer")) == "Carer handout 2026-11-23.pdf"


# Options that make no sense ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "error", "code"),
    [
        (ExportOptions("poster"), ValidationError, "export-kind-unknown"),
        (ExportOptions("plan", members=(99,)), NotFoundError, "member-not-found"),  # no one
        (ExportOptions("carer", members=(4,)), ValidationError, "not-a-child"),  # Priya
        (ExportOptions("plan", sections=("bogus",)), ValidationError, "export-section-unknown"),
        (ExportOptions("cards"), ValidationError, "export-topic-missing"),
        (ExportOptions("cards", topic_id="nope"), NotFoundError, "topic-not-found"),
        (ExportOptions("cards", topic_id="safe-to-tell", band=Band.UNDER_5), ValidationError,
         "band-not-suited"),
        (ExportOptions("carer", contact="x" * 121), ValidationError, "text-too-long"),
        (ExportOptions("agreement", homes=("h" * 61,)), ValidationError, "text-too-long"),
    ],
)  # fmt: skip
def test_bad_options_write_nothing(family, out, options, error, code):
    with pytest.raises(error) as caught:
        family.exports.export_pdf(out / "out.pdf", options)
    assert caught.value.code == code
    assert list(out.iterdir()) == []


def test_unknown_kind_for_sections_and_names(family):
    with pytest.raises(ValidationError):
        family.exports.sections("poster")
    with pytest.raises(ValidationError):
        family.exports.suggested_filename(ExportOptions("poster"))


# What each document shows ------------------------------------------------------------------------


def test_the_plan_leaves_notes_out_unless_asked(family, tmp_path):
    path = tmp_path / "plan.pdf"
    result = family.exports.export_pdf(path, ExportOptions("plan"))
    assert result.path == path and result.pages == len(PdfReader(path).pages)
    text = text_of(path)
    assert "SECRET-NOTE" not in text
    assert "He listened" in text and "Turn off chat together" in text
    for name in ("Arun", "مريم", "王小明"):
        assert name in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    with_notes = tmp_path / "notes.pdf"
    family.exports.export_pdf(with_notes, ExportOptions("plan", include_notes=True))
    assert "SECRET-NOTE" in text_of(with_notes)


def test_the_carer_handout_never_shows_a_birth_date(family, tmp_path):
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(path, ExportOptions("carer"))
    text = text_of(path)
    assert "Arun · Ages 8 to 10" in text and "Ages 13 to 15" in text and "Under 5" in text
    for born in ("2017-03", "2013-09", "2013-09-14", "2022-01", "March 2017", "2017", "2013"):
        assert born not in text
    assert "Call Priya: 07700 900123" in text
    assert "Roblox" in text and "Minecraft" in text
    assert "We put screens away when we eat together." in text  # the agreed version's rules
    assert "Childline" in text and "Emergency: 999" in text  # no country set: the default
    assert "We will stay calm" not in text  # the parents' promises are not a sitter's rules
    assert "SECRET-NOTE" not in text and "He listened" not in text


def test_the_carer_handout_shows_only_the_children_chosen(family, tmp_path):
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(
        path, ExportOptions("carer", members=(family.household.get("مريم").id,), contact="Mum")
    )
    text = text_of(path)
    assert "مريم" in text and "MARYAM-ONLY rule." in text and "Instagram" in text
    assert "Arun" not in text and "王小明" not in text and "Roblox" not in text
    assert "Mum" in text and "07700" not in text


def test_the_carer_handout_follows_the_familys_country(family, tmp_path):
    family.settings.set_country("AU")
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(path, ExportOptions("carer", sections=("helplines",)))
    text = text_of(path)
    assert "Kids Helpline" in text and "Emergency: 000" in text and "Childline" not in text


def test_the_agreement_for_the_children_chosen_signed_by_them_and_the_adults(family, tmp_path):
    path = tmp_path / "agreement.pdf"
    result = family.exports.export_pdf(
        path,
        ExportOptions(
            "agreement",
            members=(family.household.get("Arun").id,),
            homes=("Mum's home", "Dad's home"),
        ),
    )
    text = text_of(path)
    assert "Version 1" in text and "(for Arun)" in text
    assert "MARYAM-ONLY" not in text and "مريم" not in text
    assert text.count("Copy for") == 2 and result.pages >= 2
    signatures = text[text.rindex("Signed by") :]
    assert "Arun" in signatures and "Priya" in signatures


def test_a_changed_agreement_prints_as_a_draft(family, tmp_path):
    family.agreement.add_line("screen-time-places", text="NEW LINE not agreed yet.")
    path = tmp_path / "agreement.pdf"
    family.exports.export_pdf(path, ExportOptions("agreement", sections=("screen-time-places",)))
    text = text_of(path)
    assert "Draft, not agreed yet" in text and "It will replace version 1." in text
    assert "NEW LINE not agreed yet." in text and "Signed by" not in text


def test_cards_in_the_first_chosen_childs_words(family, tmp_path):
    path = tmp_path / "cards.pdf"
    family.exports.export_pdf(
        path,
        ExportOptions("cards", members=(family.household.get("مريم").id,), topic_id="safe-to-tell"),
    )
    topic = family.library.topic("safe-to-tell")
    text = text_of(path)
    assert topic.starters[Band.AGE_13_15][0] in text and "Ages 13 to 15" in text


def test_author_only_when_the_parent_set_one(family, tmp_path):
    path = tmp_path / "cards.pdf"
    options = ExportOptions("cards", topic_id="safe-to-tell", band=Band.AGE_8_10)
    family.exports.export_pdf(path, options)
    assert not PdfReader(path).metadata.author
    family.settings.set_document_author("Priya Sharma")
    family.exports.export_pdf(path, options)
    assert PdfReader(path).metadata.author == "Priya Sharma"


# Files -----------------------------------------------------------------------------------------


def test_a_missing_folder_writes_nothing(family, tmp_path):
    with pytest.raises(FamilySafeError) as caught:
        family.exports.export_pdf(tmp_path / "nope" / "plan.pdf", ExportOptions("plan"))
    assert caught.value.code == "export-folder-missing"
    assert not (tmp_path / "nope").exists()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(family, out, monkeypatch):
    path = out / "plan.pdf"
    path.write_bytes(b"the old plan")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FamilySafeError) as caught:
        family.exports.export_pdf(path, ExportOptions("plan"))
    assert caught.value.code == "export-failed"
    assert caught.value.values["reason"] == "No space left on device"
    assert path.read_bytes() == b"the old plan"
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]


def test_the_carer_handout_follows_the_computers_country_until_one_is_chosen(
    family, tmp_path, monkeypatch
):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(path, ExportOptions("carer"))
    first = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "In an emergency, call 911." in first and "999" not in text_of(path)
    assert round(float(PdfReader(path).pages[0].mediabox.height)) == 792  # US Letter
    family.exports.export_pdf(path, ExportOptions("carer", paper="a4"))
    assert round(float(PdfReader(path).pages[0].mediabox.height)) == 842


def test_ticks_due_a_recheck_stay_in_place_on_the_handout(family, tmp_path):
    family.planner.mark(
        family.household.get("Arun").id, "minecraft", "multiplayer", on=date(2025, 1, 5)
    )  # long ago
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(
        path, ExportOptions("carer", members=(family.household.get("Arun").id,))
    )
    text = text_of(path)
    title = family.library.app("minecraft").item("multiplayer").title
    assert f"{title} (re-check due)" in text
    assert "None marked as done" not in text


def test_rules_for_every_child_chosen_are_printed_once(family, tmp_path):
    both = [family.household.get("Arun").id, family.household.get("مريم").id]
    family.agreement.add_line("talking-to-people", text="SHARED-BY-TWO rule.", children=both)
    family.agreement.agree(
        [
            family.household.get("Priya").id,
            family.household.get("Arun").id,
        ],
        on=date(2026, 11, 2),
    )
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(
        path,
        ExportOptions(
            "carer",
            members=(
                family.household.get("Arun").id,
                family.household.get("مريم").id,
            ),
        ),
    )
    text = text_of(path)
    assert text.count("SHARED-BY-TWO rule.") == 1
    assert text.count("We put screens away when we eat together.") == 1
    assert "MARYAM-ONLY rule." in text and "In Roblox I chat with school friends only." in text


def test_bad_paper_is_refused(family, out):
    with pytest.raises(ValidationError) as error:
        family.exports.export_pdf(out / "x.pdf", ExportOptions("carer", paper="a5"))
    assert error.value.code == "paper-unknown" and not list(out.iterdir())


def test_how_it_went_is_a_column_only_when_a_talk_says(services, tmp_path):
    services.household.add("Lola", Role.CHILD, BirthMonth(2016, 5))
    services.planner.log_talk(
        [services.household.get("Lola").id],
        ["safe-to-tell"],
        date(2026, 11, 1),
    )
    path = tmp_path / "plan.pdf"
    services.exports.export_pdf(path, ExportOptions("plan"))
    assert "How it went" not in text_of(path)
    services.planner.log_talk(
        [services.household.get("Lola").id],
        ["safe-to-tell"],
        date(2026, 11, 8),
        how_it_went="OK",
    )
    services.exports.export_pdf(path, ExportOptions("plan"))
    assert "How it went" in text_of(path)


def _text_sizes(path) -> list[float]:
    sizes: list[float] = []
    for page in PdfReader(path).pages:

        def visit(text, cm, tm, font, size):
            if text.strip():
                sizes.append(size * (tm[0] or 1) * (cm[0] or 1))

        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("kind", ["agreement", "carer", "plan", "cards"])
def test_large_print_enlarges_every_line(family, tmp_path, kind):
    extra = {"topic_id": "strangers-in-games"} if kind == "cards" else {}
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    family.exports.export_pdf(normal, ExportOptions(kind, **extra))
    family.exports.export_pdf(large, ExportOptions(kind, large_print=True, **extra))
    small, big = _text_sizes(normal), _text_sizes(large)
    assert min(big) >= 1.39 * min(small)  # the header, footer and small print too


# Reading the household once ---------------------------------------------------------------------


def _queries(services, work) -> list[str]:
    seen: list[str] = []
    services.db.conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        services.db.conn.set_trace_callback(None)
    return seen


@pytest.mark.parametrize("kind", ["plan", "carer"])
def test_a_document_reads_the_household_in_queries_that_do_not_grow_with_its_talks(family, kind):
    options = ExportOptions(kind, include_notes=True)
    before = _queries(family, lambda: family.exports.document(options))
    both = [family.household.get("Arun").id, family.household.get("مريم").id]
    for week in range(1, 30):
        on = date(2026, 11, 1) - 7 * week * date.resolution
        family.planner.log_talk(both, ["safe-to-tell"], on,
            notes=f"note {week}", how_it_went="fine",
            follow_ups=[("Again", date(2026, 11, 30))] if week % 5 == 0 else [],
        )  # fmt: skip
    after = _queries(family, lambda: family.exports.document(options))
    assert len(after) == len(before)
    settings = [q for q in after if "FROM setting" in q]
    assert len(settings) == 1  # every setting read once, however many children and apps


def test_the_sample_familys_carer_handout_fits_two_pages(services, tmp_path):
    """The sample family (three children, 18 agreement lines, five of them for some of the
    children): its rules in two columns and the guide's columns running on, two pages."""
    from pypdf import PdfReader

    from familysafe.services import demo

    demo.seed(services)
    path = tmp_path / "carer.pdf"
    services.exports.export_pdf(path, ExportOptions("carer"))
    assert len(PdfReader(path).pages) == 2
