"""The family's settings."""

from __future__ import annotations

from familysafe.store import settings as repo
from familysafe.store.db import Database

WELCOMED = "welcomed"
COUNTRY = "country"
LANGUAGE = "language"


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

    def language(self) -> str | None:
        """The language the parent chose for FamilySafe ("es"), or None to follow the system."""
        return self.get(LANGUAGE) or None

    def set_language(self, code: str | None) -> None:
        if code:
            self.put(LANGUAGE, code)
        else:
            self.remove(LANGUAGE)
