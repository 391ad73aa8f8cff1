"""Documents in Arabic read right to left without breaking Latin names or drawing marks."""

import unicodedata

import pytest
from pypdf import PdfReader

from familysafe.services import demo, open_services


@pytest.fixture
def arabic_family(cli, data_dir, clock, monkeypatch):
    with open_services(data_dir, clock) as s:
        demo.seed(s)
    monkeypatch.setenv("FAMILYSAFE_LANG", "ar")
    return cli


@pytest.mark.parametrize("kind", ["carer", "agreement", "plan"])
def test_an_arabic_document_keeps_names_whole_and_draws_no_marks(arabic_family, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    code, _, err = arabic_family("export", "pdf", "--kind", kind, str(out))
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "ﻋﺎﺋﻠﺘﻨﺎ" in text or "عائلتنا" in text  # "Our family", in Arabic, on every page
    # Direction marks and isolates steer the layout; none is drawn (a font may draw a box).
    assert not set(text) & set("\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c")
    # "Arun و Rosa": the Latin name after Arabic "and" is not spelled backwards.
    for name in ("Arun", "Rosa", "Lucia"):
        assert name[::-1] not in text


def test_an_arabic_handouts_tables_read_from_the_right(arabic_family, tmp_path):
    """The helplines table's first column (who) is drawn on the right, its last (website) on
    the left; and the carer's first steps come from the Arabic guide."""
    out = tmp_path / "carer.pdf"
    code, _, err = arabic_family("export", "pdf", "--kind", "carer", str(out))
    assert code == 0, err
    reader = PdfReader(out)
    laid_out = "\n".join(p.extract_text(extraction_mode="layout") for p in reader.pages)
    rows = [line for line in laid_out.splitlines() if "childline.org.uk" in line]
    table_row = next(line for line in rows if "·" not in line)  # not the first page's box
    assert table_row.index("childline.org.uk") < table_row.index("0800 1111")
    assert table_row.index("0800 1111") < table_row.index("Childline")
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages))
    assert "اتصل بوالدي الطفل" in text or "اتصل بوالدي الطفل"[::-1] in text


# Lists run the document's way --------------------------------------------------------------------


def _lines(path) -> list[list[tuple[float, str]]]:
    """Each drawn line of the document (a page and a baseline) as its pieces: where the piece
    starts (x, in points from the left edge) and its text. reportlab starts a line's text at the
    line's left end, so a line's pieces share the x of that end."""
    lines: dict[tuple[int, float], list[tuple[float, str]]] = {}
    for number, page in enumerate(PdfReader(path).pages):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
                lines.setdefault((number, round(y, 1)), []).append((x, text.strip()))

        page.extract_text(visitor_text=visit)
    return list(lines.values())


def _bullet_sides(path) -> set[str]:
    """For every bulleted item's first line: "right" when the bullet is drawn to the right of
    all the item's text, "left" when to its left (one column: large print for the handout)."""
    sides = set()
    for line in _lines(path):
        for bullet_x, _ in (piece for piece in line if piece[1] == "•"):
            text = [x for x, t in line if t != "•"]
            assert text, line
            if all(x < bullet_x for x in text):
                sides.add("right")
            elif all(x > bullet_x for x in text):
                sides.add("left")
            else:
                sides.add("mixed")
    return sides


@pytest.mark.parametrize("kind", ["agreement", "carer", "plan"])
def test_every_list_of_an_arabic_document_has_its_bullets_on_the_right(
    arabic_family, monkeypatch, tmp_path, kind
):
    """The sample agreement's lists start with English lines, Arabic lines or "Arun: ..."; the
    carer's rules are English: every list has its bullets on the Arabic side, and in English on
    the other side."""
    out = tmp_path / f"{kind}.pdf"
    one_column = ["--large-print"] if kind == "carer" else []  # the handout's columns: one
    code, _, err = arabic_family("export", "pdf", "--kind", kind, *one_column, str(out))
    assert code == 0, err
    assert _bullet_sides(out) == {"right"}
    monkeypatch.setenv("FAMILYSAFE_LANG", "en")
    code, _, err = arabic_family("export", "pdf", "--kind", kind, *one_column, str(out))
    assert code == 0, err
    assert _bullet_sides(out) == {"left"}


def test_an_arabic_agreements_lines_for_a_child_start_with_the_name_on_the_right(
    arabic_family, tmp_path
):
    """ "Arun: النوم والحركة أولًا ..." reads right to left: the bullet, then the Latin name
    (not spelled backwards), its colon, then the Arabic words; and "Arun: Minecraft، Roblox"
    stays in its own order."""
    out = tmp_path / "agreement.pdf"
    code, _, err = arabic_family("export", "pdf", "--kind", "agreement", str(out))
    assert code == 0, err
    laid_out = "\n".join(
        unicodedata.normalize("NFKC", page.extract_text(extraction_mode="layout"))
        for page in PdfReader(out).pages
    )
    # presentation forms come back in drawing order, left to right: Arabic words read reversed
    times = [line.rstrip() for line in laid_out.splitlines() if "مونلا" in line]
    assert len(times) == 2, times  # Arun and Rosa (Lucia is older and set no limits)
    for line, name in zip(times, ("Arun", "Rosa"), strict=True):
        assert line.endswith("•")
        assert line.index("مونلا") < line.index(f":{name}") < line.index("•"), line
    apps = next(line.rstrip() for line in laid_out.splitlines() if "Minecraft" in line)
    assert apps.endswith("•") and apps.index("Arun:") < apps.index("Minecraft"), apps
