"""FAMILYSAFE_LANG=de shows the content in German, with the parents addressed as "Sie"."""

import pytest

from familysafe import words


@pytest.fixture
def german(cli, monkeypatch):
    monkeypatch.setenv("FAMILYSAFE_LANG", "de")
    yield cli
    words.use_language(None)


def test_topic_show_prints_the_german_topic(german):
    code, out, _ = german("topic", "show", "tell-a-trusted-adult")
    assert code == 0
    assert "Einem vertrauten Erwachsenen sagen, wenn sich etwas falsch anfühlt" in out
    assert "Wer sind deine Helfer-Erwachsenen?" in out  # a starter for 0-4, said to the child
    assert "Telling a trusted adult" not in out
    assert "Noch nicht in Ihre Sprache übersetzt" not in out


def test_app_show_prints_german_checklist_with_the_apps_own_menu_paths(german):
    code, out, _ = german("app", "show", "tiktok")
    assert code == 0
    assert "Stellen Sie das Konto auf privat" in out
    assert "Make the account private" not in out
    assert "Privacy" in out  # the menu path stays as TikTok labels it
    assert "Noch nicht in Ihre Sprache übersetzt" not in out
