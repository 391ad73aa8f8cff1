"""German content speaks to the right person, in words that fit.

Parents are addressed formally ("Sie"); children, in the starters and the key messages, with
"du". That every item is in German, whole, with its facts kept, is checked for every complete
language in ``test_translated_content.py``.
"""

from __future__ import annotations

import re

import pytest

from familysafe import paths
from familysafe.content.loader import load_library

GERMAN = paths.content_dir() / "locales" / "de"

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
