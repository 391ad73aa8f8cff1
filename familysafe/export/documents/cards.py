"""Conversation cards: one topic's starters for one age band, one starter a card, to print on
card or paper and cut out along the dashed lines.

Every sheet repeats a one-line heading (the topic and the band) so that each card sheet can be
handed round on its own, and the cards are the same size on every sheet, which keeps the cutting
lines in the same place page after page. Each card carries the topic's title and, at its foot,
the band, so that a card found in a drawer months later still says what it is.
"""

from __future__ import annotations

import os

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, PageBreakIfNotEmpty, Spacer

from familysafe.export.documents import layout
from familysafe.export.documents.data import CardsDocument
from familysafe.export.documents.words import document_title
from familysafe.export.pdf import Styles, card_sheets, para
from familysafe.words import translate, vocabulary

COLUMNS = 2
ROWS = 3
LARGE_PRINT_ROWS = 2  # larger text needs taller cards
STARTER_SCALE = 1.3  # the words said aloud, larger than the card's title


def write_cards(path: str | os.PathLike[str], doc: CardsDocument) -> int:
    """Write the cards; returns the number of pages."""
    return layout.write(path, doc.head, document_title("cards"), lambda s: story(doc, s))


def story(doc: CardsDocument, s: Styles) -> list[Flowable]:
    rows = LARGE_PRINT_ROWS if doc.head.large_print else ROWS
    per_sheet = COLUMNS * rows
    starter = layout.larger(s.card, STARTER_SCALE, "starter")
    cards = [_card(doc, s, starter, text) for text in doc.starters]
    out: list[Flowable] = []
    for start in range(0, len(cards), per_sheet):
        if start:
            out.append(PageBreak())
        out += _sheet_heading(doc, s)
        sheet = card_sheets(
            cards[start : start + per_sheet], columns=COLUMNS, rows=rows, padding=s.pt(12)
        )
        out += [f for f in sheet if not isinstance(f, PageBreakIfNotEmpty)]
    return out


def _sheet_heading(doc: CardsDocument, s: Styles) -> list[Flowable]:
    heading = translate("Documents", "{topic}: {band}").format(
        topic=doc.topic, band=vocabulary.band(doc.band)
    )
    hint = translate(
        "Documents",
        "Cut along the dashed lines. Pick a card at dinner, in the car or at bedtime, and "
        "listen more than you talk.",
    )
    return [para(heading, s.h2), para(hint, s.small), Spacer(1, s.pt(4))]


def _card(doc: CardsDocument, s: Styles, style: ParagraphStyle, text: str) -> list[Flowable]:
    return [
        para(doc.topic, s.card_title),
        para(text, style),
        Spacer(1, s.pt(6)),
        para(vocabulary.band(doc.band), s.small),
    ]
