"""The family agreement's suggestions: loaded strictly, translatable, and readable by the children
they are written for."""

import shutil
from pathlib import Path

import pytest

from familysafe.content.loader import library, load_library
from familysafe.content.schema import ContentError
from familysafe.core.bands import CHILD_BANDS, Band

from .readability import grade, words

DATA = Path(__file__).parent.parent / "data" / "content"
LIB = library()
SECTIONS = [
    "getting-started",
    "what-we-enjoy",
    "screen-time-places",
    "sharing-photos-live",
    "passwords-privacy",
    "finding-things",
    "games-content-purchases",
    "talking-to-people",
    "if-something-goes-wrong",
    "if-we-forget",
    "stepping-in",
    "parents-promise",
]
# The children read their agreement themselves (a parent reads it to the youngest), so each
# ceiling sits below the one for conversation starters: (grade over the band, words per line).
CEILINGS = {
    Band.UNDER_5: (3, 12),
    Band.AGE_5_7: (4, 15),
    Band.AGE_8_10: (6, 20),
    Band.AGE_11_12: (7, 24),
    Band.AGE_13_15: (8, 25),
    Band.AGE_16_17: (9, 25),
    Band.ADULT: (10, 30),
}


def lines_for(band: Band, section_id: str | None = None) -> list[str]:
    return [
        s.text
        for section in LIB.agreement
        if section_id in (None, section.id)
        for s in section.suggestions
        if s.suits(band)
    ]


# The shipped sections -------------------------------------------------------------------------


def test_the_sections_load_in_order():
    assert [s.id for s in LIB.agreement] == SECTIONS
    assert [s.position for s in LIB.agreement] == sorted(s.position for s in LIB.agreement)
    assert LIB.agreement_section("parents-promise").voice == "parents"
    assert LIB.agreement_section("stepping-in").voice == "parents"
    for section in LIB.agreement:
        assert section.title and section.purpose
        assert 4 <= len(section.suggestions) <= 8, section.id
        assert all(s.section == section.id for s in section.suggestions)


def test_suggestion_ids_are_unique_and_found_from_the_library():
    ids = [s.id for section in LIB.agreement for s in section.suggestions]
    assert len(ids) == len(set(ids))
    found = LIB.agreement_suggestion("device-stays-with-you")
    assert found.section == "parents-promise" and "device" in found.text
    assert LIB.agreement_suggestion("no-such-line") is None


@pytest.mark.parametrize("band", CHILD_BANDS, ids=lambda b: b.value)
def test_every_section_offers_each_child_band_at_least_two_lines(band):
    for section in LIB.agreement:
        assert len(lines_for(band, section.id)) >= 2, (section.id, band.value)


def test_the_parents_promise_speaks_as_we_and_includes_the_safe_to_tell_promise():
    promise = LIB.agreement_section("parents-promise")
    assert all(s.text.startswith(("We ", "If ")) for s in promise.suggestions)
    assert any("device away" in s.text for s in promise.suggestions)
    assert any("calm" in s.text for s in promise.suggestions)


@pytest.mark.parametrize("band", list(Band), ids=lambda b: b.value)
def test_lines_are_short_and_read_easily_for_the_band(band):
    ceiling, max_words = CEILINGS[band]
    texts = lines_for(band)
    for text in texts:
        assert len(words(text)) <= max_words, (band.value, text)
    assert grade(texts) <= ceiling, (band.value, grade(texts))


def test_the_youngest_read_the_most_simply():
    grades = [grade(lines_for(b)) for b in CHILD_BANDS]
    assert grades == sorted(grades), grades
    for section in LIB.agreement:  # no section is hard going for a four-year-old
        assert grade(lines_for(Band.UNDER_5, section.id)) <= 4, section.id


def test_the_templates_topics_are_covered():
    """Issue 19: a positive start, sharing, checking content, a gentle 'if we forget' and an
    honest 'stepping in', each worded for every child band."""
    words = {
        "what-we-enjoy": ("enjoy", "apps, games and devices"),
        "passwords-privacy": ("passwords", "family email", "disappear", "privacy settings"),
        "finding-things": ("true", "download", "link", "Age ratings"),
        "if-we-forget": ("forget", "kindly"),
        "stepping-in": ("step in", "safe"),
    }
    for section_id, wanted in words.items():
        section = LIB.agreement_section(section_id)
        text = " ".join([section.title, *(s.text for s in section.suggestions)])
        for word in wanted:
            assert word.lower() in text.lower(), (section_id, word)
    forget = " ".join(s.text for s in LIB.agreement_section("if-we-forget").suggestions)
    for harsh in ("punish", "take away", "banned", "lose"):
        assert harsh not in forget.lower()


def test_no_fear_or_blame_in_a_young_childs_lines():
    banned = ("nude", "naked", "sex", "porn", "kill", "predator", "fault", "threat", "punish")
    for band in (Band.UNDER_5, Band.AGE_5_7, Band.AGE_8_10):
        for text in lines_for(band):
            assert not any(word in text.lower() for word in banned), text


# The loader's rules for this kind -------------------------------------------------------------


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(DATA / "valid", root)
    return root


def section_text(section_id: str, position: int, suggestion_id: str) -> str:
    return (
        f'id = "{section_id}"\ntitle = "T"\npurpose = "P"\nposition = {position}\n'
        f'voice = "family"\n[[suggestion]]\nid = "{suggestion_id}"\ntext = "We talk."\n'
        'bands = ["5-7"]\n'
    )


def test_the_valid_sample_section_loads(root):
    loaded = load_library(root)
    assert [s.id for s in loaded.agreement] == ["talking-to-people"]
    first = loaded.agreement[0].suggestions[0]
    assert first.bands == (Band.UNDER_5, Band.AGE_5_7)
    assert first.section == "talking-to-people" and first.suits(Band.AGE_5_7)


def test_a_suggestion_id_used_in_two_sections_is_refused(root):
    (root / "agreement" / "other.toml").write_text(
        section_text("other", 2, "calls-with-people-we-know"), encoding="utf-8"
    )
    with pytest.raises(ContentError) as err:
        load_library(root)
    assert err.value.field == "suggestion[0].id"
    assert "talking-to-people" in err.value.problem or "other" in err.value.problem


def test_two_sections_in_one_position_are_refused(root):
    (root / "agreement" / "other.toml").write_text(
        section_text("other", 1, "we-talk"), encoding="utf-8"
    )
    with pytest.raises(ContentError) as err:
        load_library(root)
    assert err.value.field == "position"


def test_sections_follow_their_position_not_their_file_name(root):
    (root / "agreement" / "aaa-first-by-name.toml").write_text(
        section_text("aaa-first-by-name", 9, "we-talk"), encoding="utf-8"
    )
    assert [s.id for s in load_library(root).agreement] == [
        "talking-to-people",
        "aaa-first-by-name",
    ]


def test_a_line_with_a_line_break_is_refused(root):
    path = root / "agreement" / "talking-to-people.toml"
    text = path.read_text(encoding="utf-8").replace(
        '"I only call people we know, with a grown-up near me."', '"I only call\\npeople we know."'
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_library(root)
    assert err.value.field == "suggestion[0].text"


def test_a_translation_overlays_the_suggestions_and_falls_back_to_english(root):
    overlay = root / "locales" / "es" / "agreement"
    overlay.mkdir(parents=True)
    (overlay / "talking-to-people.toml").write_text(
        'title = "Hablar con gente en internet"\n'
        '[[suggestion]]\nid = "calls-with-people-we-know"\n'
        'text = "Solo llamo a gente que conocemos, con un adulto cerca."\n'
        "[[suggestion]]\n",
        encoding="utf-8",
    )
    spanish = load_library(root, "es").agreement[0]
    english = load_library(root, "en").agreement[0]
    assert spanish.title == "Hablar con gente en internet"
    assert spanish.suggestions[0].text.startswith("Solo llamo")
    assert spanish.suggestions[1].text == english.suggestions[1].text  # untranslated: English
    assert spanish.suggestions[0].bands == english.suggestions[0].bands
    assert spanish.purpose == english.purpose


def test_a_translation_entry_for_the_wrong_suggestion_is_refused(root):
    overlay = root / "locales" / "es" / "agreement"
    overlay.mkdir(parents=True)
    (overlay / "talking-to-people.toml").write_text(
        '[[suggestion]]\nid = "not-always-who-they-say"\ntext = "No siempre."\n[[suggestion]]\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as err:
        load_library(root, "es")
    assert err.value.field == "suggestion[0].id"
    assert "talking-to-people.toml" in err.value.path


def test_a_translation_with_fewer_suggestions_is_refused(root):
    overlay = root / "locales" / "es" / "agreement"
    overlay.mkdir(parents=True)
    (overlay / "talking-to-people.toml").write_text(
        '[[suggestion]]\ntext = "Solo llamo a gente que conocemos."\n', encoding="utf-8"
    )
    with pytest.raises(ContentError) as err:
        load_library(root, "es")
    assert err.value.field == "suggestion"


# What the agreement prints beside the lines (issue 19) -------------------------------------

# The sentences the printed agreement adds around a family's own words, as a family with a
# nine-year-old, a named grown-up and a country would see them.
EXTRA_LINES = (
    "The apps, games and devices we use",
    "Our times and places",
    "No screens: the kitchen table.",
    "Devices go to bed at 20:00.",
    "Games and videos: one hour.",
    "Sleep and moving about come first, every day, before screens.",
    "People we can talk to",
    "Grown-ups we trust, who we can always tell:",
    "If you want to talk to someone outside the family: Childline.",
)


def test_what_the_agreement_adds_reads_easily_for_a_ten_year_old(services, tmp_path):
    """The printed blocks (uses, times and places, people) are read by the children too: each
    sentence is printed, short, and at the ten-year-olds' ceiling."""
    from pypdf import PdfReader

    from familysafe.core.bands import BirthMonth
    from familysafe.core.household import Role
    from familysafe.services.exports import ExportOptions

    s = services
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.planner.add_apps(s.household.get("Arun").id, ["minecraft"])
    s.settings.set_country("GB")
    s.specifics.set_specifics(
        s.household.get("Arun").id,
        screen_free="the kitchen table",
        bedtime="20:00",
        play_time="one hour",
    )
    s.specifics.add_trusted_adult("Aunt Mei")
    s.agreement.add_line("what-we-enjoy", suggestion_id="we-know-our-apps")
    path = tmp_path / "agreement.pdf"
    s.exports.export_pdf(path, ExportOptions(kind="agreement"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    ceiling, max_words = CEILINGS[Band.AGE_8_10]
    for line in EXTRA_LINES:
        printed = line.replace(": Childline.", ": Childline")  # then its number and website
        assert printed in text, line
        assert len(words(line)) <= max_words, line
    assert grade(list(EXTRA_LINES)) <= ceiling, grade(list(EXTRA_LINES))
