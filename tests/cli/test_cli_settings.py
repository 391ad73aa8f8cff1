"""`familysafe settings get|set|list` and `helplines` follow the family's country."""

import pytest


@pytest.fixture(autouse=True)
def australian_computer(monkeypatch):
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_AU.UTF-8")


def test_helplines_default_to_the_family_country(cli):
    routes = cli.json("helplines")
    assert {r["country"] for r in routes} == {"AU"}
    code, out, _ = cli("helplines")
    assert code == 0 and "000" in out.splitlines()[0]
    assert cli("settings", "set", "country", "us")[0] == 0
    assert {r["country"] for r in cli.json("helplines")} == {"US"}
    assert {r["country"] for r in cli.json("helplines", "--country", "GB")} == {"GB"}
    everything = cli.json("helplines", "--all")
    assert everything[0]["country"] == "US" and len({r["country"] for r in everything}) >= 10


def test_get_and_set_round_trip(cli):
    assert cli("settings", "get", "country")[1].strip() == "AU"
    assert cli("settings", "get", "paper")[1].strip() == "a4"
    for key, value in [
        ("country", "CA"),
        ("paper", "letter"),
        ("text-size", "150"),
        ("family-name", "The Okafor family"),
        ("contact", "Mum 07700 900123"),
        ("checkin-frequency", "monthly"),
        ("checkin-week", "last"),
        ("checkin-day", "friday"),
        ("checkin-time", "19:30"),
        ("cadence", "2w"),
        ("recheck-months", "3"),
        ("reminders", "off"),
        ("reminder-time", "08:15"),
        ("language", "en"),
    ]:
        code, out, err = cli("settings", "set", key, value)
        assert code == 0, err
        assert cli("settings", "get", key)[1].strip() == value
    listed = {r["key"]: r["value"] for r in cli.json("settings", "list")}
    assert listed["checkin-day"] == "friday" and listed["contact"] == "Mum 07700 900123"
    assert cli("settings", "set", "family-name", "")[0] == 0
    assert cli("settings", "get", "family-name")[1].strip() == ""


def test_a_child_can_have_their_own_cadence(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    assert cli("settings", "get", "cadence.Arun")[1].strip() == "family"
    assert cli("settings", "set", "cadence.Arun", "1w")[0] == 0
    assert {r["key"]: r["value"] for r in cli.json("settings", "list")}["cadence.Arun"] == "1w"
    assert cli("settings", "set", "cadence.Nobody", "1w")[0] == 2


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("country", "ZZ"),
        ("paper", "a5"),
        ("text-size", "130"),
        ("text-size", "big"),
        ("language", "xx"),
        ("recheck-months", "30"),
        ("checkin-day", "someday"),
        ("checkin-time", "25:00"),
        ("checkin-week", "5"),
        ("cadence", "5d"),
        ("reminders", "maybe"),
        ("family-name", "x" * 121),
        ("nonsense", "1"),
    ],
)
def test_bad_values_exit_2_with_one_line_and_change_nothing(cli, key, value):
    before = cli.json("settings", "list")
    code, out, err = cli("settings", "set", key, value)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert cli.json("settings", "list") == before
