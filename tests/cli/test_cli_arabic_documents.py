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
