"""Conversation cards from plain data: one starter a card, six to a page (four in large print)."""

from __future__ import annotations

import unicodedata
from datetime import date

from pypdf import PdfReader

from familysafe.core.bands import Band
from familysafe.export.documents.cards import write_cards
from familysafe.export.documents.data import CardsDocument, Letterhead

STARTERS = tuple(f"Starter number {n}: who do you play with?" for n in range(1, 8))


def cards(large_print: bool = False) -> CardsDocument:
    head = Letterhead("Ŵyn family", date(2026, 11, 23), large_print=large_print)
    return CardsDocument(head, "Strangers in games and chat", Band.AGE_8_10, STARTERS)


def page_texts(path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        for p in PdfReader(path).pages
    ]


def test_one_starter_a_card_six_to_a_page(tmp_path):
    path = tmp_path / "cards.pdf"
    assert write_cards(path, cards()) == 2
    first, second = page_texts(path)
    for n in range(1, 7):
        assert f"Starter number {n}:" in first
    assert "Starter number 7:" in second
    # every sheet is headed, and every card carries the topic and the band
    assert first.count("Strangers in games and chat") == 7
    assert first.count("Ages 8 to 10") == 7
    assert "Cut along the dashed lines." in first and "Cut along the dashed lines." in second
    assert "Page 2 of 2" in second
    assert PdfReader(path).metadata.title == "Conversation cards"


def test_large_print_cards_are_bigger_four_to_a_page(tmp_path):
    path = tmp_path / "large.pdf"
    assert write_cards(path, cards(large_print=True)) == 2
    first, second = page_texts(path)
    assert "Starter number 4:" in first and "Starter number 5:" in second
