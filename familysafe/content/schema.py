"""Checking one TOML table against the content schema (see resources/content/SCHEMA.md).

Each check names the file and the field, so a content writer can fix it at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Literal, overload

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ContentError(ValueError):
    """A content file that does not follow the schema."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        super().__init__(f"{path}: {field}: {problem}")
        self.path = str(path)
        self.field = field
        self.problem = problem


class Table:
    """A TOML table being read: every key must be taken, and each is checked as it is taken."""

    def __init__(self, data: dict[str, Any], path: Path | str, prefix: str = "") -> None:
        if not isinstance(data, dict):
            raise ContentError(path, prefix or "(file)", "must be a table")
        self.data = data
        self.path = path
        self.prefix = prefix
        self.taken: set[str] = set()

    def name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def error(self, key: str, problem: str) -> ContentError:
        return ContentError(self.path, self.name(key), problem)

    def _get(self, key: str, required: bool) -> Any:
        self.taken.add(key)
        if key not in self.data:
            if required:
                raise self.error(key, "is missing")
            return None
        return self.data[key]

    @overload
    def text(self, key: str, required: Literal[True] = ..., max_len: int = ...) -> str: ...
    @overload
    def text(self, key: str, required: bool, max_len: int = ...) -> str | None: ...
    def text(self, key: str, required: bool = True, max_len: int = 2000) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "must be non-empty text")
        if len(value) > max_len:
            raise self.error(key, f"is longer than {max_len} characters")
        return value.strip()

    def line(self, key: str, max_len: int = 200) -> str:
        """Text a child reads as one line: no line breaks or other control characters."""
        value = self.text(key, max_len=max_len)
        if any(unicodedata.category(ch) == "Cc" for ch in value):
            raise self.error(key, "must be one line, without line breaks or control characters")
        return value

    def slug(self, key: str) -> str:
        value = self.text(key)
        if not SLUG.match(value):
            raise self.error(key, f"{value!r} is not a lowercase slug (like 'youtube-kids')")
        return value

    @overload
    def url(self, key: str, required: Literal[True] = ...) -> str: ...
    @overload
    def url(self, key: str, required: bool) -> str | None: ...
    def url(self, key: str, required: bool = True) -> str | None:
        value = self.text(key, required)
        if value is not None:
            check_url(self, key, value)
        return value

    @overload
    def integer(self, key: str, low: int, high: int, required: Literal[True] = ...) -> int: ...
    @overload
    def integer(self, key: str, low: int, high: int, required: bool) -> int | None: ...
    def integer(self, key: str, low: int, high: int, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.error(key, f"must be a whole number from {low} to {high}")
        return value

    def day(self, key: str) -> date:
        value = self._get(key, True)
        if type(value) is not date:
            raise self.error(key, "must be a date like 2026-11-23 (without quotes)")
        return value

    def texts(
        self, key: str, low: int = 1, high: int = 50, required: bool = True
    ) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(key, "must be a list of non-empty texts")
        if not low <= len(value) <= high:
            raise self.error(key, f"must have {low} to {high} entries, not {len(value)}")
        return tuple(v.strip() for v in value)

    def choice(self, key: str, allowed: Iterable[str]) -> str:
        value = self.text(key)
        allowed = tuple(allowed)
        if value not in allowed:
            raise self.error(key, f"{value!r} is not one of: {', '.join(allowed)}")
        return value

    def choices(self, key: str, allowed: Iterable[str], low: int = 0) -> tuple[str, ...]:
        values = self.texts(key, low=low, required=True) if low else self._list(key)
        allowed = tuple(allowed)
        for value in values:
            if value not in allowed:
                raise self.error(key, f"{value!r} is not one of: {', '.join(allowed)}")
        if len(set(values)) != len(values):
            raise self.error(key, "lists an entry twice")
        return values

    def _list(self, key: str) -> tuple[str, ...]:
        value = self._get(key, True)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, "must be a list of texts (it may be empty: [])")
        return tuple(value)

    @overload
    def table(self, key: str, required: Literal[True] = ...) -> Table: ...
    @overload
    def table(self, key: str, required: bool) -> Table | None: ...
    def table(self, key: str, required: bool = True) -> Table | None:
        value = self._get(key, required)
        if value is None:
            return None
        return Table(value, self.path, f"{self.name(key)}.")

    def tables(self, key: str, low: int, high: int = 100) -> list[Table]:
        value = self._get(key, True)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(key, "must be an array of tables ([[...]])")
        if not low <= len(value) <= high:
            raise self.error(key, f"must have {low} to {high} entries, not {len(value)}")
        return [Table(v, self.path, f"{self.name(key)}[{i}].") for i, v in enumerate(value)]

    def done(self) -> None:
        """Every key in the file must be one the schema knows."""
        unknown = sorted(set(self.data) - self.taken)
        if unknown:
            raise self.error(unknown[0], "is not a field the schema knows")


def check_url(table: Table, key: str, value: str) -> None:
    if not re.match(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$", value):
        raise table.error(key, f"{value!r} is not an https:// address")
