"""The command line speaks the language the family chose in Settings; FAMILYSAFE_LANG wins."""

import pytest

from familysafe import words
from familysafe.services import open_services


@pytest.fixture
def spanish_family(cli, data_dir, clock):
    cli("member", "add", "Arun", "--born", "2017-03")
    with open_services(data_dir, clock) as s:
        s.settings.set_language("es")
    yield cli
    words.use_language(None)


def test_the_familys_language_is_used(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    code, out, _ = spanish_family("due")
    assert code == 0 and "Hablar con Arun" in out


def test_the_command_lines_own_words_are_translated(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    code, out, _ = spanish_family("topic", "list")  # once hidden from lupdate by a wrapper
    assert code == 0 and out.split()[:3] == ["Id", "Título", "Edades"]


def test_the_environment_wins_for_one_run(spanish_family):
    code, out, _ = spanish_family("due")  # the tests run with FAMILYSAFE_LANG=en
    assert code == 0 and "Talk with Arun" in out


def test_due_speaks_spanish_with_plural_forms(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    spanish_family("app", "add", "Arun", "roblox")
    code, out, _ = spanish_family("due", "--within", "0", today="2026-11-24")
    assert code == 3
    assert "Cuándo" in out and "Qué" in out and "Clave" in out
    assert "Desde el " in out and "Roblox de Arun: 5 ajustes por configurar" in out
    for english in ("Talk with", "Overdue", "What", "Since", "settings to"):
        assert english not in out


def test_content_not_yet_translated_says_so(cli, monkeypatch):
    monkeypatch.setenv("FAMILYSAFE_LANG", "de")  # German has no content overlays yet
    try:
        code, out, _ = cli("topic", "show", "account-taken-over")
        assert code == 0 and "Noch nicht in Ihre Sprache übersetzt" in out
        code, out, _ = cli("app", "show", "roblox")
        assert code == 0 and "Noch nicht in Ihre Sprache übersetzt" in out
        monkeypatch.setenv("FAMILYSAFE_LANG", "es")  # translated into Spanish: no note
        code, out, _ = cli("topic", "show", "account-taken-over")
        assert code == 0 and "traducido" not in out
    finally:
        words.use_language(None)
