"""The content library: parents' guidance, apps, guides, helplines and agreement lines."""

from __future__ import annotations


def overlay_names(language: str | None) -> list[str]:
    """The translation folders (``locales/<name>``) to try for ``language``, best first:
    ``zh_CN``, then ``zh``. None and English have none: the files themselves are English."""
    if not language or language == "en":
        return []
    name = language.replace("-", "_").split(".")[0]
    return list(dict.fromkeys((name, name.split("_")[0])))
