"""Loading and validating the content library from ``resources/content``.

Loaded once, lazily, on first use (never on the window's start-up path). A translation lives in
``resources/content/locales/<lang>/<kind>/<id>.toml`` and holds only the texts it translates; the
rest falls back to English. An item (topic, app or guide) without a translation in the chosen
language is shown in English and marked ``translated=False``, so the window can say so.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from familysafe import paths
from familysafe.content import overlay_names
from familysafe.content.apps import parse_app, slug_id, sources
from familysafe.content.schema import ContentError, Table
from familysafe.core.bands import Band
from familysafe.core.library import (
    AUDIENCES,
    CONCERNS,
    FEATURES,
    STRANDS,
    VOICES,
    AgreementSection,
    AgreementSuggestion,
    Country,
    Guide,
    Library,
    ParentGuidance,
    Route,
    Topic,
)

BAND_NAMES = tuple(b.value for b in Band)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "(file)", f"is not valid TOML: {exc}") from None


def _merge(base: dict[str, Any], overlay: dict[str, Any], path: Path, prefix: str = "") -> None:
    """Put translated texts over the English ones; a key the original lacks is an error."""
    for key, value in overlay.items():
        if key not in base:
            raise ContentError(path, prefix + key, "is not in the original file")
        if isinstance(value, dict) and isinstance(base[key], dict):
            _merge(base[key], value, path, f"{prefix}{key}.")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            if len(value) != len(base[key]):
                raise ContentError(path, prefix + key, "must have as many entries as the original")
            for i, (b, o) in enumerate(zip(base[key], value, strict=True)):
                if "id" in o and o["id"] != b.get("id"):  # entries are matched by position
                    raise ContentError(
                        path,
                        f"{prefix}{key}[{i}].id",
                        f"must be {b.get('id')!r}, as in the original",
                    )
                _merge(b, o, path, f"{prefix}{key}[{i}].")
        else:
            base[key] = value


def _files(root: Path, kind: str, language: str | None) -> list[tuple[Path, dict[str, Any], bool]]:
    """Each file of ``kind`` with its translation put over it, and whether it had one."""
    found = []
    names = overlay_names(language)
    for path in sorted((root / kind).glob("*.toml")):
        data = _read(path)
        translated = True
        if language and language != "en":
            overlays = [root / "locales" / name / kind / path.name for name in names]
            overlay = next((o for o in overlays if o.exists()), None)
            translated = overlay is not None
            if overlay is not None:
                _merge(data, _read(overlay), overlay)
        found.append((path, data, translated))
    return found


def _parsed(root: Path, kind: str, parse: Any, language: str | None) -> list[tuple[Path, Any]]:
    items = []
    for path, data, translated in _files(root, kind, language):
        item = parse(path, data)
        if not translated and kind in _MARKED:
            item = dataclasses.replace(item, translated=False)
        items.append((path, item))
    return items


_MARKED = ("topics", "apps", "guides")  # the items the window marks "not yet translated"


def _bands(t: Table, key: str) -> tuple[Band, ...]:
    return tuple(Band(b) for b in t.choices(key, BAND_NAMES, low=1))


def _band_texts(
    t: Table | None, bands: tuple[Band, ...], key: str, low: int, high: int, required: bool
) -> dict[Band, Any]:
    result: dict[Band, Any] = {}
    if t is None:
        return result
    for name in list(t.data):
        if name not in BAND_NAMES:
            raise t.error(name, f"is not an age band ({', '.join(BAND_NAMES)})")
        if Band(name) not in bands:
            raise t.error(name, "is a band the topic does not list in `bands`")
    for band in bands:
        value: tuple[str, ...] | str | None
        if key == "starters":
            value = t.texts(band.value, low, high, required=required)
        else:
            value = t.text(band.value, required=required, max_len=600)
        if value:
            result[band] = value
    t.done()
    return result


def parse_topic(path: Path, data: dict[str, Any]) -> Topic:
    t = Table(data, path)
    topic_id = slug_id(t, path)
    title = t.text("title", max_len=90)
    strand = t.choice("strand", STRANDS)
    bands = _bands(t, "bands")
    features = t.choices("features", FEATURES)
    revisit = t.integer("revisit_days", 14, 365)
    written, checked = t.day("written"), t.day("checked")
    cited = sources(t)
    p = t.table("parents")
    parents = ParentGuidance(
        summary=p.text("summary", max_len=800),
        why=p.text("why", max_len=1200),
        key_messages=p.texts("key_messages", 3, 6),
        warning_signs=p.texts("warning_signs", 2, 6),
        if_it_happens=p.texts("if_it_happens", 3, 8),
    )
    p.done()
    starters = _band_texts(t.table("starters"), bands, "starters", 3, 6, required=True)
    activities = _band_texts(
        t.table("activities", required=False), bands, "activities", 0, 0, required=False
    )
    t.done()
    return Topic(
        topic_id,
        title,
        strand,
        bands,
        features,
        revisit,
        written,
        checked,
        cited,
        parents,
        starters,
        activities,
    )


def parse_guide(path: Path, data: dict[str, Any]) -> Guide:
    t = Table(data, path)
    guide = Guide(
        id=slug_id(t, path),
        title=t.text("title", max_len=120),
        summary=t.text("summary", max_len=600),
        first=t.texts("first", 3, 8),
        do_not=t.texts("do_not", 3, 8),
        evidence=t.texts("evidence", 2, 6),
        report=t.texts("report", 2, 6),
        support=t.texts("support", 2, 6),
        concerns=t.choices("concerns", CONCERNS, low=1),
        topics=t.texts("topics", 1, 12),
        written=t.day("written"),
        checked=t.day("checked"),
        sources=sources(t),
    )
    t.done()
    return guide


def parse_country(path: Path, data: dict[str, Any]) -> Country:
    t = Table(data, path)
    code = t.text("country", max_len=2)
    if not (len(code) == 2 and code.isascii() and code.isupper()) or code.lower() != path.stem:
        raise t.error("country", "must be the upper-case ISO code matching the file name")
    name, emergency = t.text("name", max_len=60), t.text("emergency", max_len=20)
    written, checked = t.day("written"), t.day("checked")
    seen: set[str] = set()
    routes = []
    for r in t.tables("route", 2, 12):
        route_id = r.slug("id")
        if route_id in seen:
            raise r.error("id", f"{route_id!r} is used twice in this country")
        seen.add(route_id)
        route = Route(
            id=route_id,
            name=r.text("name", max_len=100),
            purpose=r.text("purpose", max_len=400),
            audience=r.choice("audience", AUDIENCES),
            concerns=r.choices("concerns", CONCERNS, low=1),
            source=r.url("source"),
            phone=r.text("phone", required=False, max_len=40),
            url=r.url("url", required=False),
        )
        if not (route.phone or route.url):
            raise r.error("phone", "a route needs a phone number or a web address")
        r.done()
        routes.append(route)
    t.done()
    return Country(code, name, emergency, written, checked, tuple(routes))


def parse_agreement_section(path: Path, data: dict[str, Any]) -> AgreementSection:
    t = Table(data, path)
    section_id = slug_id(t, path)
    title = t.line("title", max_len=60)
    purpose = t.line("purpose", max_len=200)
    position = t.integer("position", 1, 20)
    voice = t.choice("voice", VOICES)
    seen: set[str] = set()
    suggestions = []
    for s in t.tables("suggestion", 1, 12):
        suggestion_id = s.slug("id")
        if suggestion_id in seen:
            raise s.error("id", f"{suggestion_id!r} is used twice in this section")
        seen.add(suggestion_id)
        suggestions.append(
            AgreementSuggestion(suggestion_id, section_id, s.line("text"), _bands(s, "bands"))
        )
        s.done()
    t.done()
    return AgreementSection(section_id, title, purpose, position, voice, tuple(suggestions))


def _agreement(root: Path, sections: dict[str, AgreementSection]) -> tuple[AgreementSection, ...]:
    """Sections in their order; a position or a suggestion id may be used only once in all."""
    positions: dict[int, str] = {}
    owners: dict[str, str] = {}
    for section in sections.values():
        path = root / "agreement" / f"{section.id}.toml"
        if section.position in positions:
            other = positions[section.position]
            raise ContentError(path, "position", f"is also the position of {other!r}")
        positions[section.position] = section.id
        for i, suggestion in enumerate(section.suggestions):
            if suggestion.id in owners:
                raise ContentError(
                    path,
                    f"suggestion[{i}].id",
                    f"{suggestion.id!r} is also used in {owners[suggestion.id]!r}",
                )
            owners[suggestion.id] = section.id
    return tuple(sorted(sections.values(), key=lambda s: s.position))


def _unique(items: Iterable[tuple[Path, Any]], kind: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for path, item in items:
        key = item.id if hasattr(item, "id") else item.code
        if key in result:
            raise ContentError(path, "id", f"{key!r} is used by two {kind}")
        result[key] = item
    return result


def load_library(root: Path | None = None, language: str | None = None) -> Library:
    """Read and validate every content file under ``root``; ContentError on the first problem."""
    root = Path(root) if root else paths.content_dir()
    parsed = {}
    for kind, parse in (
        ("topics", parse_topic),
        ("apps", parse_app),
        ("guides", parse_guide),
        ("helplines", parse_country),
        ("agreement", parse_agreement_section),
    ):
        parsed[kind] = _unique(_parsed(root, kind, parse, language), kind)
    library = Library(
        parsed["topics"],
        parsed["apps"],
        parsed["guides"],
        parsed["helplines"],
        _agreement(root, parsed["agreement"]),
    )
    _check_references(library, root)
    return library


def _check_references(library: Library, root: Path) -> None:
    for guide in library.guides.values():
        for topic_id in guide.topics:
            if topic_id not in library.topics:
                raise ContentError(
                    root / "guides" / f"{guide.id}.toml",
                    "topics",
                    f"refers to a topic that does not exist: {topic_id!r}",
                )


def library(language: str | None = None) -> Library:
    """The shipped library, loaded on first use and kept (between runs too:
    ``familysafe.content.cache``)."""
    from familysafe.content.cache import library as cached

    return cached(language)
