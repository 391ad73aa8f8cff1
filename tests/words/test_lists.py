"""Lists joined the way the language in use writes them: its own comma (Arabic "،", Chinese
"、") and its own "and"."""

import pytest

from familysafe import words
from familysafe.export.documents.words import join_names
from familysafe.words.lists import join_and, join_list, separator
from familysafe.words.planner import count_text


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    words.use_language(None)


@pytest.mark.parametrize(
    ("language", "listed", "with_and"),
    [
        (None, "Minecraft, Roblox, YouTube", "Lucia, Arun and Rosa"),
        ("de", "Minecraft, Roblox, YouTube", "Lucia, Arun und Rosa"),
        ("es", "Minecraft, Roblox, YouTube", "Lucia, Arun y Rosa"),
        ("fr", "Minecraft, Roblox, YouTube", "Lucia, Arun et Rosa"),
        ("pl", "Minecraft, Roblox, YouTube", "Lucia, Arun i Rosa"),
        ("ar", "Minecraft\u060c Roblox\u060c YouTube", "Lucia\u060c Arun و Rosa"),
        ("zh_CN", "Minecraft\u3001Roblox\u3001YouTube", "Lucia\u3001Arun和Rosa"),
    ],
)
def test_each_language_joins_with_its_own_comma_and_its_own_and(language, listed, with_and):
    words.use_language(language)
    assert join_list(["Minecraft", "Roblox", "YouTube"]) == listed
    assert join_and(["Lucia", "Arun", "Rosa"]) == with_and
    assert join_names(["Lucia", "Arun", "Rosa"]) == with_and  # the documents' lists of names


def test_one_or_two_items():
    assert join_and([]) == ""
    assert join_and(["Arun"]) == "Arun"
    assert join_and(["Arun", "Rosa"]) == "Arun and Rosa"
    assert separator("zh-TW") == "\u3001" and separator("ar_EG") == "\u060c "


def test_the_planners_counts_use_the_languages_comma():
    from familysafe.core.due import DueKind

    class Entry:
        def __init__(self, kind):
            self.kind = kind

    entries = [Entry(DueKind.TALK), Entry(DueKind.SETTINGS), Entry(DueKind.CHECK_IN)]
    words.use_language("ar")
    assert "\u060c " in count_text(entries) and ", " not in count_text(entries)


def test_a_latin_comma_after_an_arabic_name_becomes_a_middle_dot_but_not_the_arabic_comma():
    assert join_names(["مريم", "Arun", "Rosa"]) == "مريم · Arun and Rosa"
    words.use_language("ar")
    assert join_names(["مريم", "Arun", "Rosa"]) == "مريم\u060c Arun و Rosa"
