"""Arabic content: what is in Arabic is really Arabic, complete where it says so, facts unchanged.

A new English item without Arabic fails here unless it is listed as still to come (the window
shows it in English, marked "not yet translated"); facts (ages, links, menu paths) stay as they are.
"""

from __future__ import annotations

import unicodedata

from familysafe import paths
from familysafe.content.loader import load_library

ARABIC = paths.content_dir() / "locales" / "ar"


def libraries():
    return load_library(None, "en"), load_library(None, "ar")


def is_arabic(text: str) -> bool:
    """Most of the letters are Arabic (names such as Take It Down stay in Latin script)."""
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    arabic = [c for c in letters if unicodedata.bidirectional(c) == "AL"]
    return bool(letters) and len(arabic) * 2 > len(letters)


def has_arabic_words(text: str) -> bool:
    """A line that names a setting as the app labels it ("فعّلوا Parental Insights معًا") is
    still Arabic: it holds Arabic words, even if most of its letters are Latin."""
    return sum(unicodedata.bidirectional(c) == "AL" for c in text) >= 4


def test_every_topic_is_in_arabic_with_its_parents_guidance_starters_and_activities():
    english, arabic = libraries()
    missing = [t for t in english.topics if not (ARABIC / "topics" / f"{t}.toml").is_file()]
    assert missing == []
    for topic_id, a in english.topics.items():
        b = arabic.topics[topic_id]
        assert b.translated, topic_id
        assert is_arabic(b.title) and is_arabic(b.parents.summary), topic_id
        assert is_arabic(b.parents.why), topic_id
        for field in ("key_messages", "warning_signs", "if_it_happens"):
            x, y = getattr(a.parents, field), getattr(b.parents, field)
            assert len(x) == len(y) and all(map(has_arabic_words, y)), (topic_id, field)
        assert (a.bands, a.sources, a.features) == (b.bands, b.sources, b.features), topic_id
        assert a.starters.keys() == b.starters.keys(), topic_id
        for band, lines in a.starters.items():
            assert len(lines) == len(b.starters[band]), (topic_id, band)
            assert all(is_arabic(line) for line in b.starters[band]), (topic_id, band)
        assert a.activities.keys() == b.activities.keys(), topic_id
        assert all(is_arabic(b.activities[k]) for k in a.activities), topic_id


def test_the_latin_names_inside_arabic_sentences_are_kept_as_written():
    _, arabic = libraries()
    body_safety = arabic.topics["body-safety"]
    assert "PANTS" in body_safety.parents.summary and "NSPCC" in body_safety.parents.summary
    starters = [s for lines in arabic.topics["image-removal-help"].starters.values() for s in lines]
    assert any("Take It Down" in s and is_arabic(s) for s in starters)


def test_every_guide_is_in_arabic():
    english, arabic = libraries()
    missing = [g for g in english.guides if not (ARABIC / "guides" / f"{g}.toml").is_file()]
    assert missing == []
    for guide_id, a in english.guides.items():
        b = arabic.guides[guide_id]
        assert is_arabic(b.title) and is_arabic(b.summary), guide_id
        assert (a.concerns, a.topics, a.sources) == (b.concerns, b.topics, b.sources), guide_id
        for field in ("first", "do_not", "evidence", "report", "support"):
            x, y = getattr(a, field), getattr(b, field)
            assert len(x) == len(y), (guide_id, field)
            assert all(is_arabic(line) for line in y), (guide_id, field)


def test_every_country_name_and_helpline_purpose_is_in_arabic():
    english, arabic = libraries()
    for code, a in english.countries.items():
        assert (ARABIC / "helplines" / f"{code.lower()}.toml").is_file(), code
        b = arabic.countries[code]
        assert is_arabic(b.name) and b.emergency == a.emergency, code
        for x, y in zip(a.routes, b.routes, strict=True):
            assert is_arabic(y.purpose), (code, x.id)
            assert (x.name, x.phone, x.url, x.concerns) == (y.name, y.phone, y.url, y.concerns)
    assert arabic.countries["AR"].name == "الأرجنتين"  # AR is Argentina, not Arabic


def test_every_agreement_section_and_line_is_in_arabic():
    english, arabic = libraries()
    for a, b in zip(english.agreement, arabic.agreement, strict=True):
        assert (ARABIC / "agreement" / f"{a.id}.toml").is_file(), a.id
        assert a.id == b.id and a.voice == b.voice and a.position == b.position
        assert is_arabic(b.title) and is_arabic(b.purpose), a.id
        for x, y in zip(a.suggestions, b.suggestions, strict=True):
            assert x.id == y.id and x.bands == y.bands
            assert is_arabic(y.text), (a.id, x.id)


def test_every_app_is_in_arabic_and_keeps_its_facts():
    english, arabic = libraries()
    missing = [a for a in english.apps if not (ARABIC / "apps" / f"{a}.toml").is_file()]
    assert missing == []
    for app_id, a in english.apps.items():
        b = arabic.apps[app_id]
        assert has_arabic_words(b.summary) and has_arabic_words(b.report), app_id
        assert (a.name, a.min_age, a.report_url, a.sources) == (
            b.name,
            b.min_age,
            b.report_url,
            b.sources,
        ), app_id
        for x, y in zip(a.checklist, b.checklist, strict=True):
            assert has_arabic_words(y.title) and is_arabic(y.why), (app_id, x.id)
            assert x.where == y.where, (app_id, x.id)  # menu paths stay as the apps label them
        for x, y in zip(a.age_rules, b.age_rules, strict=True):
            assert has_arabic_words(y.text) and x.min_age == y.min_age, app_id
