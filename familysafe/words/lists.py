"""Lists in words, written the way the language in use writes them: "Arun, Lucia" in most
languages, "Arun، Lucia" in Arabic (its own comma), "Arun、Lucia" in Chinese (the enumeration
comma), and "Arun, Lucia and Rosa" with the language's "and" before the last.

Every list a person reads (names, apps, devices, topics, age bands) is joined here, by the
window, the command line and the documents alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from familysafe.words.catalogue import current_locale, translate

# By language (the part of the locale before "_"); every other language uses ", ".
_SEPARATORS = {
    "ar": "\u060c ",  # the Arabic comma, then a space
    "fa": "\u060c ",
    "ur": "\u060c ",
    "zh": "\u3001",  # the ideographic enumeration comma, no space
    "ja": "\u3001",
}
COMMA = ", "


def separator(locale: str | None = None) -> str:
    """What separates the items of a list in ``locale`` (default: the language in use)."""
    language = (locale or current_locale() or "").replace("-", "_").split("_")[0].lower()
    return _SEPARATORS.get(language, COMMA)


def join_list(items: Iterable[str], *, between: str | None = None) -> str:
    """``items`` as a list: "Minecraft, Roblox" ("Minecraft، Roblox" in Arabic). ``between``
    replaces the language's separator (a document that must avoid a comma)."""
    return (between or separator()).join(items)


def join_and(items: Iterable[str], *, between: str | None = None) -> str:
    """``items`` as a list with "and" before the last: "Arun", "Arun and Rosa", "Lucia, Arun
    and Rosa" ("Lucia، Arun و Rosa" in Arabic, "Lucia、Arun和Rosa" in Chinese)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return translate("Lists", "{first} and {last}").format(
        first=join_list(items[:-1], between=between), last=items[-1]
    )
