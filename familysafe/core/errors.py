"""Errors the domain raises. They carry a code and the values a message needs; the front ends
(``cli`` and ``ui``) turn them into translated words."""

from __future__ import annotations


class FamilySafeError(Exception):
    """Base class: something the user can act on, as opposed to a bug."""

    def __init__(self, code: str, message: str, **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


class ValidationError(FamilySafeError):
    """Bad input. ``field`` names the form field it belongs to, so the UI can show it there."""

    def __init__(self, field: str, code: str, message: str, **values: object) -> None:
        super().__init__(code, message, **values)
        self.field = field


class NotFoundError(FamilySafeError):
    """The thing named does not exist (a member, a topic, an app)."""
