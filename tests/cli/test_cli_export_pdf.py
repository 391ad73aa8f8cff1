"""``familysafe export pdf PATH``: a document in one line of output, or a one-line reason and
no file."""

from __future__ import annotations

import stat
import unicodedata

import pytest
from pypdf import PdfReader


@pytest.fixture
def family(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    cli("member", "add", "مريم", "--born", "2013-09")
    cli("member", "add", "Priya", "--adult")
    cli("app", "add", "Arun", "roblox")
    cli("talk", "Arun", "--topic", "safe-to-tell", "--on", "2026-11-01", "--note", "SECRET-NOTE")
    return cli


def text_of(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_plan_by_default_without_notes(family, tmp_path):
    path = tmp_path / "plan.pdf"
    code, out, err = family("export", "pdf", str(path))
    assert code == 0, err
    pages = len(PdfReader(path).pages)
    assert out == f"Saved {path}. Pages: {pages}.\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = text_of(path)
    assert "Family plan" in text and "Arun" in text and "SECRET-NOTE" not in text

    code, _, err = family("export", "pdf", str(path), "--include-notes")
    assert code == 0, err
    assert "SECRET-NOTE" in text_of(path)


def test_a_carer_handout_for_one_child(family, tmp_path):
    path = tmp_path / "carer.pdf"
    code, _, err = family(
        "export", "pdf", str(path), "--kind", "carer", "--member", "Arun",
        "--contact", "Priya 07700 900123", "--large-print",
    )  # fmt: skip
    assert code == 0, err
    text = text_of(path)
    assert "Arun" in text and "Ages 8 to 10" in text and "Priya 07700 900123" in text
    assert "مريم" not in text and "2017" not in text


def test_an_agreement_copy_for_each_home(family, tmp_path):
    family("agreement", "add", "screen-time-places", "--suggestion", "no-screens-at-meals")
    path = tmp_path / "agreement.pdf"
    code, _, err = family(
        "export", "pdf", str(path), "--kind", "agreement", "--home", "Mum's home", "Dad's home",
        "--section", "screen-time-places", "signatures",
    )  # fmt: skip
    assert code == 0, err
    text = text_of(path)
    assert "Copy for Mum's home" in text and "Copy for Dad's home" in text
    assert "Draft, not agreed yet" in text and "Signed by" in text


def test_cards_need_a_topic_and_a_band_it_suits(family, tmp_path):
    path = tmp_path / "cards.pdf"
    code, out, err = family("export", "pdf", str(path), "--kind", "cards")
    assert code == 2 and out == "" and err.count("\n") == 1 and "topic" in err
    code, _, err = family(
        "export", "pdf", str(path), "--kind", "cards", "--topic", "safe-to-tell", "--band", "0-4"
    )
    assert code == 2 and "not written for ages 0-4" in err
    assert not path.exists()
    code, out, err = family(
        "export", "pdf", str(path), "--kind", "cards", "--topic", "safe-to-tell", "--band", "8-10"
    )
    assert code == 0, err
    assert "Ages 8 to 10" in text_of(path)


@pytest.mark.parametrize(
    "argv",
    [
        ("--member", "Nobody"),
        ("--member", "Priya"),
        ("--kind", "poster"),
        ("--section", "bogus"),
        ("--kind", "cards", "--topic", "safe-to-tell", "--band", "9-11"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(family, tmp_path, argv):
    path = tmp_path / "out.pdf"
    code, out, err = family("export", "pdf", str(path), *argv)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert not path.exists()


def test_a_missing_folder_is_exit_1_and_writes_nothing(family, tmp_path):
    code, out, err = family("export", "pdf", str(tmp_path / "nope" / "plan.pdf"))
    assert code == 1 and out == "" and err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_the_paper_is_chosen_with_paper(family, tmp_path, paper, size):
    path = tmp_path / "carer.pdf"
    code, _, err = family("export", "pdf", str(path), "--kind", "carer", "--paper", paper)
    assert code == 0, err
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_paper_follows_the_saved_setting(family, tmp_path):
    family("settings", "set", "country", "US")
    path = tmp_path / "plan.pdf"
    assert family("export", "pdf", str(path))[0] == 0
    assert round(float(PdfReader(path).pages[0].mediabox.height)) == 792
    code, _, err = family("export", "pdf", str(path), "--paper", "a5")
    assert code == 2 and len(err.strip().splitlines()) == 1
