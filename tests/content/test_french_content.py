"""French content: which kinds are fully translated, kept so as new English content is added.

A kind listed in COMPLETE must have a French text for every item of that kind: a new guide,
helpline, agreement line or topic added in English without French fails here, so the gap is seen
(the window would show it in English, marked "not yet translated").
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
