"""The family's settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from familysafe import paths
from familysafe.core.errors import ValidationError
from familysafe.core.input_rules import SHORT_TEXT_MAX, clean_line
from familysafe.services import country as places
from familysafe.store import settings as repo
from familysafe.words.languages import available_languages

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from typing import overload

    from familysafe.core.library import Country
    from familysafe.services.library import LibraryService
    from familysafe.store.db import Database

WELCOMED = "welcomed"
COUNTRY = "country"
LANGUAGE = "language"
FAMILY_NAME = "family_name"
DOCUMENT_AUTHOR = "document_author"
CONTACT_LINE = "contact_line"
BACKUP_CONTACT = "backup_contact"
TEXT_SIZE = "text_size"
PAPER = "paper"
TEXT_SIZES = (100, 125, 150)  # per cent of the system's text size


def saved_language(data_dir: Path) -> str | None:
    """The language saved in Settings in ``data_dir``, read cheaply before the data is opened
    (for the command line's own words: ``--help``, usage lines); None when unknown."""
    return repo.peek(data_dir / paths.DATABASE_NAME, LANGUAGE) or None


class SettingsService:
    def __init__(self, db: Database, library: LibraryService | None = None) -> None:
        self._db = db
        self._library = library
        self._held: dict[str, str] | None = None  # every setting, inside reading()
        self._depth = 0

    if TYPE_CHECKING:

        @overload
        def get(self, key: str, default: str) -> str: ...
        @overload
        def get(self, key: str, default: None = None) -> str | None: ...

    def get(self, key: str, default: str | None = None) -> str | None:
        held = self._held
        value = held.get(key) if held is not None else repo.get(self._db.conn, key)
        return default if value is None else value

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Inside this block, settings are read once (one query) and then served from memory:
        for work that reads the same settings for every child, app or row, such as an export.
        A write inside the block is seen: it drops what was read."""
        if self._depth == 0:
            self._held = repo.all_values(self._db.conn)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._held = None

    def put(self, key: str, value: str) -> None:
        with self._db.transaction() as conn:
            repo.put(conn, key, value)
        if self._held is not None:
            self._held[key] = value

    def remove(self, key: str) -> None:
        with self._db.transaction() as conn:
            repo.remove(conn, key)
        if self._held is not None:
            self._held.pop(key, None)

    @property
    def welcomed(self) -> bool:
        return self.get(WELCOMED) == "1"

    def mark_welcomed(self) -> None:
        self.put(WELCOMED, "1")

    def country(self, fallback: str | None = None) -> str | None:
        """The country chosen in Settings (ISO 3166 alpha-2), or ``fallback`` when none is.
        Everything that follows the family's country asks :meth:`family_country` instead."""
        return self.get(COUNTRY, fallback)

    def family_country(self) -> str:
        """THE family's country, decided here for every front end and document: the one
        chosen in Settings, else the computer's locale's, else the default (GB)."""
        return self.country() or places.system_country() or places.DEFAULT_COUNTRY

    def helpline_country(self) -> Country:
        """The family's country's helplines and emergency number (the default country's when
        FamilySafe has none for it)."""
        if self._library is None:
            raise RuntimeError("SettingsService was made without the library")
        return self._library.country_or_default(self.family_country())

    def set_country(self, code: str | None) -> None:
        """Choose the family's country (None or "" follows the computer's locale again).
        NotFoundError for a country FamilySafe has no helplines for."""
        code = (code or "").strip().upper()
        if not code:
            self.remove(COUNTRY)
            return
        if self._library is not None:
            code = self._library.country(code).code  # NotFoundError for an unknown code
        elif len(code) != 2 or not code.isalpha():
            raise ValidationError("country", "country-invalid", f"{code!r} is not a country code")
        self.put(COUNTRY, code)

    def paper(self) -> str:
        """The paper documents are laid out for: "a4" or "letter". Unless chosen, the custom
        of the family's country (the locale's ``LC_PAPER`` when no country is chosen)."""
        chosen = self.get(PAPER)
        if chosen in places.PAPER_SIZES:
            return chosen
        country = self.country() or places.system_country(category="LC_PAPER")
        return places.default_paper(country or places.DEFAULT_COUNTRY)

    def set_paper(self, size: str | None) -> None:
        """Choose A4 or US Letter; None or "" goes back to the country's custom."""
        value = (size or "").strip().lower()
        if not value:
            self.remove(PAPER)
            return
        check_paper(value)
        self.put(PAPER, value)

    # What printed documents say about the family (all optional, all the parent's own words).

    def family_name(self) -> str | None:
        """How documents name the family ("The Okafor family"); None until the parent says."""
        return self.get(FAMILY_NAME) or None

    def set_family_name(self, text: str | None) -> None:
        self._put_short(FAMILY_NAME, "family_name", text)

    def document_author(self) -> str | None:
        """The author written into PDF metadata; None (the default) writes no author."""
        return self.get(DOCUMENT_AUTHOR) or None

    def set_document_author(self, text: str | None) -> None:
        self._put_short(DOCUMENT_AUTHOR, "author", text)

    def contact_line(self) -> str | None:
        """How a carer reaches the parents ("Mum 07700 900123"), for the carer handout."""
        return self.get(CONTACT_LINE) or None

    def set_contact_line(self, text: str | None) -> None:
        self._put_short(CONTACT_LINE, "contact", text)

    def backup_contact(self) -> str | None:
        """A neighbour or relative a carer can call when the parents do not answer."""
        return self.get(BACKUP_CONTACT) or None

    def set_backup_contact(self, text: str | None) -> None:
        self._put_short(BACKUP_CONTACT, "backup", text)

    def _put_short(self, key: str, field: str, text: str | None) -> None:
        value = clean_line(text, field, SHORT_TEXT_MAX)
        if value:
            self.put(key, value)
        else:
            self.remove(key)

    def text_size(self) -> int:
        """How large the window's text is, in per cent of the system's (100, 125 or 150)."""
        raw = self.get(TEXT_SIZE, "100")
        return int(raw) if raw in {str(size) for size in TEXT_SIZES} else 100

    def set_text_size(self, percent: int) -> None:
        if percent not in TEXT_SIZES:
            raise ValidationError(
                "text_size", "text-size", "choose 100, 125 or 150 per cent", sizes="100, 125, 150"
            )
        self.put(TEXT_SIZE, str(percent))

    def language(self) -> str | None:
        """The language the parent chose for FamilySafe ("es"), or None to follow the system."""
        return self.get(LANGUAGE) or None

    def set_language(self, code: str | None) -> None:
        """Choose a language FamilySafe is translated into (None follows the computer's)."""
        code = (code or "").strip()
        if not code:
            self.remove(LANGUAGE)
            return
        known = available_languages()
        if code not in known:
            raise ValidationError(
                "language",
                "language-unknown",
                f"FamilySafe is not translated into {code!r}; choose one of {', '.join(known)}",
                language=code,
                languages=", ".join(known),
            )
        self.put(LANGUAGE, code)


def check_paper(size: str) -> str:
    """``size`` when it is a paper FamilySafe lays documents out for; ValidationError else."""
    if size not in places.PAPER_SIZES:
        raise ValidationError(
            "paper", "paper-unknown", f"unknown paper {size!r}: choose a4 or letter", paper=size
        )
    return size
