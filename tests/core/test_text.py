from hypothesis import given
from hypothesis import strategies as st

from familysafe.core.text import fold, sort_key


def test_accents_and_case_do_not_matter():
    assert fold("Cámaras, WEBCAMS") == "camaras, webcams"
    assert fold("Ŵyn") == "wyn"
    titles = ["Cuando algo va mal", "Cámaras y webcams", "«Gratis»: estafas", "ciberacoso"]
    assert sorted(titles, key=sort_key) == [
        "Cámaras y webcams",
        "ciberacoso",
        "Cuando algo va mal",
        "«Gratis»: estafas",
    ]


@given(st.text())
def test_folding_is_stable(text):
    assert fold(fold(text)) == fold(text)
