"""The family agreement on paper, from plain data: what it says, whom it is for, who signs."""

from __future__ import annotations

import stat
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from familysafe.export.documents.agreement import write_agreement
from familysafe.export.documents.data import (
    AgreementDocument,
    AgreementLineText,
    AgreementPart,
    Letterhead,
)
from familysafe.words import long_date

HEAD = Letterhead("The Jones & Nguyễn family", date(2026, 11, 23))
PARTS = (
    AgreementPart(
        "screen-time-places",
        "Time and places for screens",
        "When and where we use phones, tablets, games and TV.",
        "family",
        (
            AgreementLineText("We put screens away when we eat together."),
            AgreementLineText("Tablets sleep in the kitchen.", ("Arun", "مريم")),
            AgreementLineText("I ask before I press buy.", ("王小明",)),
        ),
    ),
    AgreementPart("talking-to-people", "Talking to people online", "", "child", ()),
    AgreementPart(
        "parents-promise",
        "What we promise in return",
        "What the adults at home promise the children.",
        "parents",
        (AgreementLineText("We will stay calm and listen when you tell us something."),),
    ),
)
SIGNERS = ("Arun", "مريم", "王小明", "Priya")


def pdf_text(path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture(scope="module")
def agreed(tmp_path_factory):
    path = tmp_path_factory.mktemp("agreement") / "agreement.pdf"
    doc = AgreementDocument(
        HEAD, PARTS, SIGNERS, version=2, agreed_on=date(2026, 9, 1), review_on=date(2026, 12, 1)
    )
    return path, write_agreement(path, doc)


def test_the_agreement_says_what_was_agreed_and_when(agreed):
    path, pages = agreed
    text = pdf_text(path)
    assert pages == len(PdfReader(path).pages)
    assert "Our family agreement" in text
    assert f"Version 2, agreed on {long_date(date(2026, 9, 1))}." in text
    assert long_date(date(2026, 12, 1)) in text
    assert "Time and places for screens" in text
    assert "We put screens away when we eat together." in text
    assert "Draft" not in text


def test_lines_for_some_children_name_them(agreed):
    text = pdf_text(agreed[0])
    assert "(for 王小明)" in text
    assert "Arun" in text and "مريم" in text


def test_an_empty_section_is_left_out(agreed):
    assert "Talking to people online" not in pdf_text(agreed[0])


def test_the_parents_promises_are_in_the_parents_voice(agreed):
    text = pdf_text(agreed[0])
    assert "The parents and carers promise the children:" in text
    assert text.index("promise the children:") < text.index("We will stay calm and listen")


def test_everyone_has_a_place_to_sign(agreed):
    text = pdf_text(agreed[0])
    assert "Signed by" in text
    for label in ("Name", "Signature", "Date"):
        assert label in text
    signatures = text[text.index("Signed by") :]
    for name in SIGNERS:
        assert name in signatures


def test_header_footer_metadata_and_privacy(agreed):
    path, pages = agreed
    reader = PdfReader(path)
    first = reader.pages[0].extract_text()
    assert "The Jones & Nguyễn family" in first
    assert long_date(date(2026, 11, 23)) in first
    assert f"Page 1 of {pages}" in first
    assert reader.metadata.title == "Family agreement"
    assert not reader.metadata.author
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_draft_says_plainly_that_it_is_not_agreed(tmp_path):
    path = tmp_path / "draft.pdf"
    write_agreement(path, AgreementDocument(HEAD, PARTS, (), previous=1))
    text = pdf_text(path)
    assert "Draft, not agreed yet" in text and "It will replace version 1." in text
    assert "Signed by" not in text  # no signers asked for


def test_one_copy_per_home_each_on_its_own_pages(tmp_path):
    path = tmp_path / "homes.pdf"
    pages = write_agreement(
        path,
        AgreementDocument(HEAD, PARTS, SIGNERS, version=1, agreed_on=date(2026, 9, 1),
                          homes=("Mum's home", "Dad's home")),
    )  # fmt: skip
    texts = [page.extract_text() for page in PdfReader(path).pages]
    assert pages == len(texts) >= 2
    mum = next(i for i, t in enumerate(texts) if "Copy for Mum's home" in t)
    dad = next(i for i, t in enumerate(texts) if "Copy for Dad's home" in t)
    assert dad > mum and "Copy for Mum's home" not in texts[dad]
    assert sum(t.count("Our family agreement") for t in texts) == 2
    per_copy = pages // 2
    assert pages == 2 * per_copy  # the same copy twice
    for copy in (0, 1):
        for n in range(1, per_copy + 1):
            assert f"Page {n} of {per_copy}" in texts[copy * per_copy + n - 1]
    assert f"Page 1 of {per_copy}" in texts[dad]  # Dad's copy starts again at page 1


def test_the_signatures_stay_together_on_one_page(tmp_path):
    many = tuple(f"Signer {n}" for n in range(1, 9))
    for extra in range(0, 30, 3):  # push the table to every position on the page
        parts = PARTS + tuple(
            AgreementPart(f"x{i}", f"Extra {i}", "Why", "family", (AgreementLineText("A line"),))
            for i in range(extra)
        )
        path = tmp_path / f"sign-{extra}.pdf"
        write_agreement(path, AgreementDocument(HEAD, parts, many, version=1,
                                                agreed_on=date(2026, 9, 1)))  # fmt: skip
        texts = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
        holding = [i for i, t in enumerate(texts) if "Signer " in t]
        assert len(holding) == 1, (extra, holding)
        assert all(f"Signer {n}" in texts[holding[0]] for n in range(1, 9))
