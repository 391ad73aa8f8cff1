"""Every language whose content is complete: each item is translated, whole, and keeps its facts.

One module for Spanish, French, German and Arabic. A new English item without its translation
fails here unless it is listed in ``NOT_YET`` on purpose (the window then shows it in English,
marked "not yet translated"). Facts (ages, links, menu paths, phone numbers, sources) stay as
they are. What only one language needs (German's "Sie" and "du", Arabic script) is checked
beside it, in ``test_german_content.py`` and ``test_arabic_content.py``.
"""

from __future__ import annotations

import unicodedata

import pytest

from familysafe import paths
from familysafe.content.loader import load_library

COMPLETE = ("es", "fr", "de", "ar")

# Items still in English on purpose, per language and kind: none today.
NOT_YET: dict[str, dict[str, set[str]]] = {lang: {} for lang in COMPLETE}


def arabic_words(text: str) -> bool:
    """A line with Arabic words in it (an Arabic line may name a setting in Latin letters)."""
    return sum(unicodedata.bidirectional(c) == "AL" for c in text) >= 4


@pytest.fixture(scope="module", params=COMPLETE)
def lang(request):
    return request.param


@pytest.fixture(scope="module")
def english():
    return load_library(None, "en")


@pytest.fixture(scope="module")
def other(lang):
    return load_library(None, lang)


@pytest.fixture(scope="module")
def translated(lang):
    """Whether a sentence is in the language: different from the English one, and for Arabic,
    in Arabic words."""

    def check(english_text: str, text: str) -> bool:
        return text != english_text and (lang != "ar" or arabic_words(text))

    return check


def overlays(lang: str, kind: str, ids) -> set[str]:
    folder = paths.content_dir() / "locales" / lang / kind
    return {i for i in ids if (folder / f"{i.lower()}.toml").is_file()}


def all_translated(check, english_lines, lines) -> bool:
    return len(english_lines) == len(lines) and all(map(check, english_lines, lines))


def test_only_the_listed_items_are_still_in_english(lang, english):
    kinds = {
        "topics": english.topics,
        "guides": english.guides,
        "helplines": english.countries,
        "agreement": [s.id for s in english.agreement],
        "apps": english.apps,
    }
    for kind, ids in kinds.items():
        missing = set(ids) - overlays(lang, kind, ids)
        assert missing == NOT_YET[lang].get(kind, set()), (lang, kind)


def test_every_topic_is_whole_and_keeps_its_facts(lang, english, other, translated):
    for topic_id in overlays(lang, "topics", english.topics):
        a, b = english.topics[topic_id], other.topics[topic_id]
        assert b.translated, topic_id
        for x, y in ((a.title, b.title), (a.parents.summary, b.parents.summary)):
            assert translated(x, y), (topic_id, y)
        assert translated(a.parents.why, b.parents.why), topic_id
        assert (a.bands, a.sources, a.features) == (b.bands, b.sources, b.features), topic_id
        for field in ("key_messages", "warning_signs", "if_it_happens"):
            x, y = getattr(a.parents, field), getattr(b.parents, field)
            assert all_translated(translated, x, y), (topic_id, field)
        assert a.starters.keys() == b.starters.keys(), topic_id
        for band, lines in a.starters.items():
            assert all_translated(translated, lines, b.starters[band]), (topic_id, band)
        assert a.activities.keys() == b.activities.keys(), topic_id
        for key, text in a.activities.items():
            assert translated(text, b.activities[key]), (topic_id, key)


def test_every_guide_is_whole_and_keeps_its_facts(lang, english, other, translated):
    for guide_id in overlays(lang, "guides", english.guides):
        a, b = english.guides[guide_id], other.guides[guide_id]
        assert translated(a.title, b.title) and translated(a.summary, b.summary), guide_id
        assert (a.concerns, a.topics, a.sources) == (b.concerns, b.topics, b.sources), guide_id
        for field in ("first", "do_not", "evidence", "report", "support"):
            x, y = getattr(a, field), getattr(b, field)
            assert all_translated(translated, x, y), (guide_id, field)


def test_every_helpline_purpose_is_translated_and_names_numbers_links_kept(
    lang, english, other, translated
):
    for code in overlays(lang, "helplines", english.countries):
        a, b = english.countries[code], other.countries[code]
        assert a.emergency == b.emergency, code
        for x, y in zip(a.routes, b.routes, strict=True):
            assert translated(x.purpose, y.purpose), (code, x.id)
            assert (x.name, x.phone, x.url, x.concerns) == (y.name, y.phone, y.url, y.concerns)


UNITED_KINGDOM = {"es": "Reino Unido", "fr": "Royaume-Uni", "de": "Vereinigtes Königreich",
                  "ar": "المملكة المتحدة"}  # fmt: skip


def test_country_names_are_in_the_language(lang, other):
    assert other.countries["GB"].name == UNITED_KINGDOM[lang]


def test_every_agreement_section_and_line_is_translated(lang, english, other, translated):
    done = overlays(lang, "agreement", [s.id for s in english.agreement])
    for a, b in zip(english.agreement, other.agreement, strict=True):
        assert (a.id, a.voice, a.position) == (b.id, b.voice, b.position)
        if a.id not in done:
            continue
        assert translated(a.title, b.title) and translated(a.purpose, b.purpose), a.id
        for x, y in zip(a.suggestions, b.suggestions, strict=True):
            assert x.id == y.id and x.bands == y.bands
            assert translated(x.text, y.text), (a.id, x.id)


def test_every_app_keeps_its_facts_and_menu_paths(lang, english, other, translated):
    for app_id in overlays(lang, "apps", english.apps):
        a, b = english.apps[app_id], other.apps[app_id]
        assert translated(a.summary, b.summary) and translated(a.report, b.report), app_id
        facts = ("min_age", "report_url", "sources")  # a name's plain words may be translated
        assert [getattr(a, f) for f in facts] == [getattr(b, f) for f in facts], app_id
        for x, y in zip(a.checklist, b.checklist, strict=True):
            assert translated(x.title, y.title) and translated(x.why, y.why), (app_id, x.id)
            assert x.where == y.where, (app_id, x.id)  # menu paths stay as the apps label them
        for x, y in zip(a.age_rules, b.age_rules, strict=True):
            assert translated(x.text, y.text) and x.min_age == y.min_age, app_id
