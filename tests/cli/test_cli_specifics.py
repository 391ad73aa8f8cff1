"""``familysafe agreement specifics`` and ``familysafe agreement trusted-adult ...``, and the
carer handout's new flags, as a parent would type them (issue 19)."""

import unicodedata

import pytest
from pypdf import PdfReader


@pytest.fixture
def family(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    cli("member", "add", "Lucia", "--born", "2013-09")
    cli("member", "add", "Priya", "--adult")
    return cli


def test_specifics_set_shown_and_cleared(family):
    code, out, err = family(
        "agreement", "specifics", "Arun", "--bedtime", "20:00", "--screen-free", "kitchen table",
        "--play-time", "1 hour on school days", "--devices", "tablet, Nintendo Switch",
    )  # fmt: skip
    assert code == 0, err
    assert "Saved for Arun." in out and "20:00" in out and "kitchen table" in out
    shown = {c["name"]: c for c in family.json("agreement", "specifics")}
    assert shown["Arun"]["bedtime"] == "20:00"
    assert shown["Arun"]["devices"] == ["tablet", "Nintendo Switch"]
    assert shown["Lucia"]["bedtime"] is None and shown["Lucia"]["screen_free"] == ""
    code, _, _ = family("agreement", "specifics", "Arun", "--bedtime", "")
    assert code == 0
    assert family.json("agreement", "specifics", "Arun")[0]["bedtime"] is None


@pytest.mark.parametrize(
    "argv",
    [
        ("agreement", "specifics", "Arun", "--bedtime", "8pm"),
        ("agreement", "specifics", "Priya", "--bedtime", "20:00"),
        ("agreement", "specifics", "--bedtime", "20:00"),
        ("agreement", "specifics", "Arun", "--screen-free", "x" * 200),
        ("agreement", "trusted-adult", "add", ""),
    ],
)
def test_bad_input_is_one_line_and_exit_2(family, argv):
    code, out, err = family(*argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_an_unknown_child_is_exit_1_or_2_with_one_line(family):
    code, _, err = family("agreement", "specifics", "Nobody", "--bedtime", "20:00")
    assert code in (1, 2) and len(err.strip().splitlines()) == 1


def test_trusted_adults_add_list_remove(family):
    code, out, _ = family("agreement", "trusted-adult", "add", "Aunt Mei", "--phone", "07700 1")
    assert code == 0 and "Aunt Mei" in out
    family("agreement", "trusted-adult", "add", "Mr Okafor")
    assert family.json("agreement", "trusted-adult", "list") == [
        {"name": "Aunt Mei", "phone": "07700 1"},
        {"name": "Mr Okafor", "phone": ""},
    ]
    code, out, _ = family("agreement", "trusted-adult", "remove", "Aunt Mei")
    assert code == 0
    code, out, _ = family("agreement", "trusted-adult", "list")
    assert "Mr Okafor" in out and "Aunt Mei" not in out


def test_export_carer_flags(family, tmp_path):
    family("agreement", "specifics", "Arun", "--bedtime", "19:30", "--devices", "iPad")
    path = tmp_path / "carer.pdf"
    code, out, err = family(
        "export", "pdf", str(path), "--kind", "carer", "--backup-contact", "Mrs Ito: 07700 2",
        "--away", "At the cinema, back by 22:30", "--address", "1 High Street",
    )  # fmt: skip
    assert code == 0, err
    pages = [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        for p in PdfReader(path).pages
    ]
    first = pages[0]
    assert "Mrs Ito: 07700 2" in first and "back by 22:30" in first and "1 High Street" in first
    text = " ".join(pages)
    assert "devices go to bed at 19:30" in text and "iPad" in text
    # The address and where the parents are were for this handout only.
    code, _, _ = family("export", "pdf", str(path), "--kind", "carer")
    first = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "1 High Street" not in first and "cinema" not in first and "Mrs Ito" not in first


def test_export_carer_sections_can_leave_the_new_parts_out(family, tmp_path):
    path = tmp_path / "carer.pdf"
    code, _, err = family(
        "export", "pdf", str(path), "--kind", "carer", "--section", "apps", "rules", "contact"
    )
    assert code == 0, err
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert "harmed online" not in text and "At your home" not in text
