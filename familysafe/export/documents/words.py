"""The words the documents share: titles, age bands, lists of names, dates and what is due.

No reportlab and no Qt here: the export service names files with these words before the PDF
engine is loaded, and tests read them without a display. Every text is a literal inside
``translate("Documents", ...)`` so that ``pyside6-lupdate`` lists it for translators.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from familysafe.core.due import DueEntry
from familysafe.words.catalogue import long_date, translate
from familysafe.words.lists import join_and, separator

ARABIC_COMMA = "\u060c "


def document_title(kind: str) -> str:
    """The name of a kind of document, as printed on it and in its metadata."""
    titles = {
        "agreement": translate("Documents", "Family agreement"),
        "carer": translate("Documents", "Carer handout"),
        "plan": translate("Documents", "Family plan"),
        "cards": translate("Documents", "Conversation cards"),
    }
    return titles[kind]


def page_template() -> str:
    return translate("Documents", "Page {page} of {pages}")


def default_family_name() -> str:
    return translate("Documents", "Our family")


def join_names(names: Sequence[str]) -> str:
    """Names as a list in words: "Arun", "Arun and Rosa", "Lucia, Arun and Rosa" (the
    language's own comma and "and": see :mod:`familysafe.words.lists`).

    A Latin comma straight after a right-to-left name would be set on the name's far side (the
    PDF engine shapes it with the name's word), so such a list is separated by middle dots;
    the Arabic comma belongs with an Arabic name and stays.
    """
    names = list(names)
    between = None
    if separator() != ARABIC_COMMA and any(_ends_rtl(n) for n in names[:-1]):
        between = " · "
    return join_and(names, between=between)


def _ends_rtl(text: str) -> bool:
    letters = [c for c in text if unicodedata.bidirectional(c) in ("L", "R", "AL")]
    return bool(letters) and unicodedata.bidirectional(letters[-1]) in ("R", "AL")


def safe_filename(text: str) -> str:
    """``text`` without the characters a file name cannot hold on Windows, macOS or Linux."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(cleaned.split()).strip(" .") or "FamilySafe"


def when_due(item: DueEntry) -> str:
    """ "Overdue since 3 November 2026", "Due today", "Due 30 November 2026"."""
    if item.overdue_days > 0:
        return translate("Documents", "Overdue since {date}").format(date=long_date(item.due_on))
    if item.overdue_days == 0:
        return translate("Documents", "Due today")
    return translate("Documents", "Due {date}").format(date=long_date(item.due_on))
