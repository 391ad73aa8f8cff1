"""Small helpers to set content as well-formed, escaped rich text for QTextBrowser."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def heading(text: str, level: int = 2) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def bullets(items: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<{tag}>{inner}</{tag}>"


def link(url: str, text: str | None = None) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(text or url)}</a>'


def small(text: str) -> str:
    return f"<p><small>{escape(text)}</small></p>"


def untranslated(translated: bool) -> str:
    """A small note under the title of a topic, app or guide the family's language has no
    translation of yet (it is shown in English); nothing when it is translated."""
    if translated:
        return ""
    from PySide6.QtCore import QCoreApplication

    note = QCoreApplication.translate(
        "Content", "Not yet translated into your language: shown in English."
    )
    return f'<p class="untranslated"><small><i>{escape(note)}</i></small></p>'


STYLE = (
    "<style>h1{font-size:x-large} h2{font-size:large;margin-top:14px} li{margin-bottom:4px}</style>"
)
