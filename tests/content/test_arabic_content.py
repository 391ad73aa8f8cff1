"""Arabic content is really Arabic: titles, starters and sentences are mostly Arabic letters.

That every item is translated, whole, with its facts kept, is checked for every complete language
in ``test_translated_content.py``; this adds what only Arabic script needs.
"""

from __future__ import annotations

import unicodedata

from familysafe.content.loader import load_library


def libraries():
    return load_library(None, "en"), load_library(None, "ar")


def is_arabic(text: str) -> bool:
    """Most of the letters are Arabic (names such as Take It Down stay in Latin script)."""
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    arabic = [c for c in letters if unicodedata.bidirectional(c) == "AL"]
    return bool(letters) and len(arabic) * 2 > len(letters)


def test_titles_starters_and_sentences_are_mostly_arabic_letters():
    english, arabic = libraries()
    for topic_id in english.topics:
        b = arabic.topics[topic_id]
        assert is_arabic(b.title) and is_arabic(b.parents.summary), topic_id
        assert is_arabic(b.parents.why), topic_id
        for band, lines in b.starters.items():
            assert all(is_arabic(line) for line in lines), (topic_id, band)
        assert all(is_arabic(text) for text in b.activities.values()), topic_id
    for guide_id in english.guides:
        g = arabic.guides[guide_id]
        lines = [g.title, g.summary, *g.first, *g.do_not, *g.evidence, *g.report, *g.support]
        assert all(is_arabic(line) for line in lines), guide_id
    for code in english.countries:
        country = arabic.countries[code]
        assert is_arabic(country.name), code
        assert all(is_arabic(route.purpose) for route in country.routes), code
    assert arabic.countries["AR"].name == "الأرجنتين"  # AR is Argentina, not Arabic
    for section in arabic.agreement:
        assert is_arabic(section.title) and is_arabic(section.purpose), section.id
        assert all(is_arabic(line.text) for line in section.suggestions), section.id
    for app_id in english.apps:
        assert all(is_arabic(item.why) for item in arabic.apps[app_id].checklist), app_id


def test_the_latin_names_inside_arabic_sentences_are_kept_as_written():
    _, arabic = libraries()
    body_safety = arabic.topics["body-safety"]
    assert "PANTS" in body_safety.parents.summary and "NSPCC" in body_safety.parents.summary
    starters = [s for lines in arabic.topics["image-removal-help"].starters.values() for s in lines]
    assert any("Take It Down" in s and is_arabic(s) for s in starters)
