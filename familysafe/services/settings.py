"""The family's settings."""

from __future__ import annotations

from familysafe.core.errors import ValidationError
from familysafe.store import settings as repo
from familysafe.store.db import Database

WELCOMED = "welcomed"
COUNTRY = "country"
LANGUAGE = "language"
FAMILY_NAME = "family_name"
DOCUMENT_AUTHOR = "document_author"
CONTACT_LINE = "contact_line"
TEXT_SIZE = "text_size"
TEXT_SIZES = (100, 125, 150)  # per cent of the system's text size
SHORT_TEXT_MAX = 120


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        value = repo.get(self._db.conn, key)
        return default if value is None else value

    def put(self, key: str, value: str) -> None:
        with self._db.transaction() as conn:
            repo.put(conn, key, value)

    def remove(self, key: str) -> None:
        with self._db.transaction() as conn:
            repo.remove(conn, key)

    @property
    def welcomed(self) -> bool:
        return self.get(WELCOMED) == "1"

    def mark_welcomed(self) -> None:
        self.put(WELCOMED, "1")

    def country(self, fallback: str | None = None) -> str | None:
        """The family's country (ISO 3166 alpha-2) for helplines, or ``fallback``."""
        return self.get(COUNTRY, fallback)

    def set_country(self, code: str) -> None:
        self.put(COUNTRY, code.upper())

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

    def _put_short(self, key: str, field: str, text: str | None) -> None:
        value = " ".join((text or "").split())
        if len(value) > SHORT_TEXT_MAX:
            raise ValidationError(
                field, "text-too-long", f"at most {SHORT_TEXT_MAX} characters", limit=SHORT_TEXT_MAX
            )
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
        if code:
            self.put(LANGUAGE, code)
        else:
            self.remove(LANGUAGE)
