"""One country, decided once: Settings, else the computer's locale, else GB."""

import pytest

from familysafe.core.errors import NotFoundError
from familysafe.services import country as places


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("en_AU.UTF-8", "AU"),
        ("de_DE@euro", "DE"),
        ("en-US", "US"),
        ("fil_PH", "PH"),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("en", None),
        ("", None),
    ],
)
def test_territory_of_a_locale_name(tag, code):
    assert places.territory(tag) == code


def test_lc_all_wins_over_lang_and_lc_paper_only_for_paper():
    env = {"LANG": "en_GB.UTF-8", "LC_PAPER": "en_US.UTF-8"}
    assert places.system_country(env) == "GB"
    assert places.system_country(env, category="LC_PAPER") == "US"
    assert places.system_country({**env, "LC_ALL": "en_AU.UTF-8"}, category="LC_PAPER") == "AU"
    assert places.system_country({"LANG": "C"}) is None


def test_the_family_country_follows_settings_then_the_locale_then_gb(services, monkeypatch):
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_AU.UTF-8")
    assert services.settings.family_country() == "AU"
    assert services.settings.helpline_country().emergency == "000"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert services.settings.family_country() == "GB"
    services.settings.set_country("us")
    assert services.settings.family_country() == "US"
    assert services.settings.helpline_country().emergency == "911"
    services.settings.set_country("")
    assert services.settings.country() is None


def test_a_country_without_helplines_is_refused_and_nothing_changes(services):
    services.settings.set_country("IE")
    with pytest.raises(NotFoundError):
        services.settings.set_country("ZZ")
    assert services.settings.country() == "IE"


def test_paper_follows_the_country_unless_chosen(services, monkeypatch):
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert services.settings.paper() == "letter"
    services.settings.set_country("GB")
    assert services.settings.paper() == "a4"
    services.settings.set_paper("letter")
    assert services.settings.paper() == "letter"
    services.settings.set_country("CA")
    services.settings.set_paper(None)
    assert services.settings.paper() == "letter"
