"""French content: every guide, helpline purpose, agreement line, topic and app is in French.

A new item added in English without French fails here, so the gap is seen (the window would
show it in English, marked "not yet translated"); facts (ages, links, menu paths) stay as they are.
"""

from __future__ import annotations

from familysafe import paths
from familysafe.content.loader import load_library

FRENCH = paths.content_dir() / "locales" / "fr"


def libraries():
    return load_library(None, "en"), load_library(None, "fr")


def test_every_guide_is_in_french():
    english, french = libraries()
    missing = [g for g in english.guides if not (FRENCH / "guides" / f"{g}.toml").is_file()]
    assert missing == []
    for guide_id, a in english.guides.items():
        b = french.guides[guide_id]
        assert a.title != b.title and a.summary != b.summary, guide_id
        for field in ("first", "do_not", "evidence", "report", "support"):
            x, y = getattr(a, field), getattr(b, field)
            assert len(x) == len(y), (guide_id, field)
            same = [line for line, other in zip(x, y, strict=True) if line == other]
            assert same == [], (guide_id, field)


def test_every_country_name_and_helpline_purpose_is_in_french():
    english, french = libraries()
    untranslated = []
    for code, a in english.countries.items():
        b = french.countries[code]
        if not (FRENCH / "helplines" / f"{code.lower()}.toml").is_file():
            untranslated.append(code)
            continue
        for x, y in zip(a.routes, b.routes, strict=True):
            if x.purpose == y.purpose:
                untranslated.append(f"{code}/{x.id}")
            assert (x.name, x.phone, x.url, x.concerns) == (y.name, y.phone, y.url, y.concerns)
    assert untranslated == []
    assert french.countries["FR"].name == "France" and french.countries["DE"].name == "Allemagne"


def test_every_agreement_section_and_line_is_in_french():
    english, french = libraries()
    untranslated = []
    for a, b in zip(english.agreement, french.agreement, strict=True):
        assert a.id == b.id and a.voice == b.voice
        if a.title == b.title or a.purpose == b.purpose:
            untranslated.append(a.id)
        for x, y in zip(a.suggestions, b.suggestions, strict=True):
            assert x.id == y.id and x.bands == y.bands
            if x.text == y.text:
                untranslated.append(f"{a.id}/{x.id}")
    assert untranslated == []


# Topics whose French is still to come (shown in English, marked "not yet translated"): none.
# A new English topic must get its French, or be listed here on purpose until it does.
NOT_YET_IN_FRENCH: set[str] = set()


def test_every_topic_is_in_french_except_those_listed():
    english, french = libraries()
    without = {t for t in english.topics if not (FRENCH / "topics" / f"{t}.toml").is_file()}
    assert without == NOT_YET_IN_FRENCH
    for topic_id in english.topics.keys() - without:
        a, b = english.topics[topic_id], french.topics[topic_id]
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


def test_every_app_is_in_french_and_keeps_its_facts():
    english, french = libraries()
    missing = [a for a in english.apps if not (FRENCH / "apps" / f"{a}.toml").is_file()]
    assert missing == []
    for app_id, a in english.apps.items():
        b = french.apps[app_id]
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
