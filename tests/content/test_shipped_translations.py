"""Shipped content translations load, match an English file each, and really translate."""

from pathlib import Path

import pytest

from familysafe import paths
from familysafe.content.loader import load_library

LOCALES = paths.content_dir() / "locales"
LANGUAGES = sorted(p.name for p in LOCALES.iterdir()) if LOCALES.is_dir() else []


def overlays(language: str) -> list[Path]:
    return sorted((LOCALES / language).glob("*/*.toml"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_overlay_translates_a_shipped_file(language):
    orphans = [
        p.relative_to(LOCALES)
        for p in overlays(language)
        if not (paths.content_dir() / p.parent.name / p.name).is_file()
    ]
    assert overlays(language) and orphans == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translated_library_loads_and_differs_where_translated(language):
    english, translated = load_library(None, "en"), load_library(None, language)
    assert translated.topics.keys() == english.topics.keys()
    assert translated.apps.keys() == english.apps.keys()
    for overlay in overlays(language):
        kind, item = overlay.parent.name, overlay.stem
        if kind == "topics":
            a, b = english.topic(item), translated.topic(item)
            assert a.title != b.title
            assert a.starters.keys() == b.starters.keys()
            assert a.bands == b.bands and a.sources == b.sources  # facts stay as they are
        elif kind == "apps":
            a, b = english.app(item), translated.app(item)
            assert a.summary != b.summary and a.min_age == b.min_age
            assert [c.id for c in a.checklist] == [c.id for c in b.checklist]
        elif kind == "guides":
            assert english.guides[item].title != translated.guides[item].title


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_app_translates_every_checklist_item_and_age_rule(language):
    english, translated = load_library(None, "en"), load_library(None, language)
    untranslated = []
    for app_id, a in english.apps.items():
        if not (LOCALES / language / "apps" / f"{app_id}.toml").is_file():
            continue  # not yet translated: shown in English (and marked so in the window)
        b = translated.app(app_id)
        for x, y in zip(a.checklist, b.checklist, strict=True):
            if x.title == y.title or x.why == y.why:
                untranslated.append(f"{app_id}/{x.id}")
        for x, y in zip(a.age_rules, b.age_rules, strict=True):
            if x.text == y.text:
                untranslated.append(f"{app_id}/age_rule/{x.feature}")
    assert untranslated == []
