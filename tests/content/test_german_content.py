"""German content: what is in German is whole, keeps its facts, and speaks to the right person.

Parents are addressed formally ("Sie"); children, in the starters and the key messages, with
"du". A new English item without German fails here unless it is listed below on purpose (the
window shows it in English, marked "not yet translated"); facts (ages, links, menu paths, phone
numbers) stay as they are.
"""

from __future__ import annotations

import re

import pytest

from familysafe import paths
from familysafe.content.loader import load_library

GERMAN = paths.content_dir() / "locales" / "de"

# Items whose German is still to come, listed on purpose (shown in English, marked so): none.
# A new English item must get its German, or be listed here on purpose until it does.
NOT_YET_IN_GERMAN: dict[str, set[str]] = {
    "topics": set(),
    "guides": set(),
    "helplines": set(),
    "agreement": set(),
    "apps": set(),
}

# Most words in one starter, per band: the English limits (SCHEMA.md) with room for German's
# longer phrasing (separable verbs, "würde" forms); German compounds keep the count down.
MAX_WORDS = {"0-4": 14, "5-7": 18, "8-10": 26, "11-12": 30, "13-15": 36, "16-17": 36, "18+": 42}

_QUOTED = re.compile(r"„[^“]*“")
_INFORMAL = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.I)
# "Sie", "Ihnen", "Ihr..." in capitals inside a sentence address an adult formally.
_FORMAL = re.compile(r"(?<![.!?:]\s)(?<!^)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")


@pytest.fixture(scope="module")
def libraries():
    return load_library(None, "en"), load_library(None, "de")


def translated(kind: str, english_ids) -> set[str]:
    return {i for i in english_ids if (GERMAN / kind / f"{i.lower()}.toml").is_file()}


def test_only_the_listed_items_are_still_in_english(libraries):
    english, _ = libraries
    ids = {
        "topics": english.topics,
        "guides": english.guides,
        "helplines": english.countries,
        "agreement": [s.id for s in english.agreement],
        "apps": english.apps,
    }
    for kind, all_ids in ids.items():
        assert set(all_ids) - translated(kind, all_ids) == NOT_YET_IN_GERMAN[kind], kind


def test_every_german_topic_is_whole_and_keeps_its_facts(libraries):
    english, german = libraries
    for topic_id in translated("topics", english.topics):
        a, b = english.topics[topic_id], german.topics[topic_id]
        assert a.title != b.title and a.parents.summary != b.parents.summary, topic_id
        assert a.parents.why != b.parents.why, topic_id
        assert (a.bands, a.sources, a.features) == (b.bands, b.sources, b.features), topic_id
        for field in ("key_messages", "warning_signs", "if_it_happens"):
            x, y = getattr(a.parents, field), getattr(b.parents, field)
            assert len(x) == len(y) and not set(x) & set(y), (topic_id, field)
        assert a.starters.keys() == b.starters.keys(), topic_id
        for band, lines in a.starters.items():
            assert len(lines) == len(b.starters[band]), (topic_id, band)
            assert not set(lines) & set(b.starters[band]), (topic_id, band)
        assert a.activities.keys() == b.activities.keys(), topic_id
        assert all(a.activities[k] != b.activities[k] for k in a.activities), topic_id


def test_german_starters_fit_their_band_and_say_du_to_the_child(libraries):
    english, german = libraries
    for topic_id in translated("topics", english.topics):
        topic = german.topics[topic_id]
        for band, lines in topic.starters.items():
            for line in lines:
                assert len(line.split()) <= MAX_WORDS[band.value], (topic_id, line)
                if band.value != "18+":  # the adults' own questions use "wir"
                    assert not _FORMAL.search(_QUOTED.sub("", line)), (topic_id, line)
        for line in topic.parents.key_messages:  # what to get across: said to the child
            assert not _FORMAL.search(_QUOTED.sub("", line)), (topic_id, line)


def test_german_guidance_says_sie_to_the_parents(libraries):
    english, german = libraries
    for topic_id in translated("topics", english.topics):
        p = german.topics[topic_id].parents
        texts = [p.summary, p.why, *p.warning_signs, *p.if_it_happens]
        texts += list(german.topics[topic_id].activities.values())
        informal = [t for t in texts if _INFORMAL.search(_QUOTED.sub("", t))]
        assert informal == [], topic_id
    for guide_id in translated("guides", english.guides):
        g = german.guides[guide_id]
        texts = [g.summary, *g.first, *g.do_not, *g.evidence, *g.report, *g.support]
        assert [t for t in texts if _INFORMAL.search(_QUOTED.sub("", t))] == [], guide_id


def test_every_german_guide_is_whole(libraries):
    english, german = libraries
    for guide_id in translated("guides", english.guides):
        a, b = english.guides[guide_id], german.guides[guide_id]
        assert a.title != b.title and a.summary != b.summary, guide_id
        for field in ("first", "do_not", "evidence", "report", "support"):
            x, y = getattr(a, field), getattr(b, field)
            assert len(x) == len(y), (guide_id, field)
            assert [line for line, other in zip(x, y, strict=True) if line == other] == []


def test_german_helpline_purposes_keep_names_numbers_and_links(libraries):
    english, german = libraries
    untranslated = []
    for code in translated("helplines", english.countries):
        a, b = english.countries[code], german.countries[code]
        assert a.emergency == b.emergency, code
        for x, y in zip(a.routes, b.routes, strict=True):
            if x.purpose == y.purpose:
                untranslated.append(f"{code}/{x.id}")
            assert (x.name, x.phone, x.url, x.concerns) == (y.name, y.phone, y.url, y.concerns)
    assert untranslated == []


def test_every_german_agreement_line_is_translated(libraries):
    english, german = libraries
    done = translated("agreement", [s.id for s in english.agreement])
    untranslated = []
    for a, b in zip(english.agreement, german.agreement, strict=True):
        if a.id not in done:
            continue
        assert a.id == b.id and a.voice == b.voice
        if a.title == b.title or a.purpose == b.purpose:
            untranslated.append(a.id)
        for x, y in zip(a.suggestions, b.suggestions, strict=True):
            assert x.id == y.id and x.bands == y.bands
            if x.text == y.text:
                untranslated.append(f"{a.id}/{x.id}")
    assert untranslated == []


def test_every_german_app_keeps_its_facts_and_menu_paths(libraries):
    english, german = libraries
    for app_id in translated("apps", english.apps):
        a, b = english.apps[app_id], german.apps[app_id]
        assert a.summary != b.summary and a.report != b.report, app_id
        assert (a.name, a.min_age, a.report_url, a.sources) == (
            b.name,
            b.min_age,
            b.report_url,
            b.sources,
        ), app_id
        for x, y in zip(a.checklist, b.checklist, strict=True):
            assert x.title != y.title and x.why != y.why, (app_id, x.id)
            assert x.where == y.where, (app_id, x.id)  # menu paths stay as the apps label them
        for x, y in zip(a.age_rules, b.age_rules, strict=True):
            assert x.text != y.text and x.min_age == y.min_age, app_id
