from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familysafe.core.bands import BirthMonth
from familysafe.core.errors import ValidationError
from familysafe.core.household import NAME_MAX, check_birth_month, clean_name, name_key


@pytest.mark.parametrize("raw", ["  Arun ", "Ar  un", "أحمد", "小明", "🦄 Unicorn", "Ŵyn"])
def test_names_in_any_script_are_kept_trimmed(raw):
    name = clean_name(raw)
    assert name == " ".join(raw.split())


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "name-empty"),
        ("   ", "name-empty"),
        ("x" * (NAME_MAX + 1), "name-too-long"),
        ("a\x07b", "name-control"),
    ],
)
def test_bad_names(raw, code):
    with pytest.raises(ValidationError) as err:
        clean_name(raw)
    assert err.value.code == code
    assert err.value.field == "name"


def test_name_key_is_case_insensitive_in_every_script():
    assert name_key("ARUN") == name_key("arun")
    assert name_key("STRASSE") == name_key("straße")
    assert name_key("ΣΟΦΊΑ") == name_key("σοφία")


@given(st.text(min_size=1, max_size=60))
def test_clean_name_either_accepts_a_short_trimmed_name_or_says_why(raw):
    try:
        name = clean_name(raw)
    except ValidationError as exc:
        assert exc.code.startswith("name-")
    else:
        assert 1 <= len(name) <= NAME_MAX
        assert name == name.strip()


def test_birth_month_in_the_future_is_refused():
    with pytest.raises(ValidationError) as err:
        check_birth_month(BirthMonth(2026, 12), date(2026, 11, 23))
    assert err.value.code == "born-future"
    assert check_birth_month(BirthMonth(2026, 11), date(2026, 11, 23))
