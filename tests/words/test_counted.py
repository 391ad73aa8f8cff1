"""Counted words: plural forms from the translation, English "1 day" / "2 days" without one, and
dates without their weekday."""

from datetime import date

import pytest

from familysafe import words
from familysafe.words.catalogue import Counted, day_date


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    words.use_language(None)


def test_counted_words_read_right_in_english():
    planner = Counted("Planner")
    for language in (None, "en"):
        words.use_language(language)
        assert planner.tr("%n day(s)", None, 1) == "1 day"
        assert planner.tr("%n day(s)", None, 2) == "2 days"
        assert planner.tr("%n talk(s)", None, 0) == "0 talks"


def test_counted_words_take_the_translations_plural_forms():
    words.use_language("es")
    planner = Counted("Planner")
    assert planner.tr("%n talk(s)", None, 1) == "1 charla"
    assert planner.tr("%n talk(s)", None, 3) == "3 charlas"
    assert planner.tr("%n app(s) to check", None, 2) == "2 aplicaciones por revisar"


def test_day_dates_leave_out_the_weekday():
    assert day_date(date(2026, 11, 3)) == "2026-11-03"
    words.use_language("en_GB")
    assert day_date(date(2026, 11, 3)) == "3 November 2026"
    words.use_language("es")
    assert day_date(date(2026, 11, 3)) == "3 de noviembre de 2026"
