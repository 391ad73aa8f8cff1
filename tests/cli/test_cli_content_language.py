"""FAMILYSAFE_LANG shows the content in that language where it is translated."""

import pytest

from familysafe import words

TITLES = {
    "es": "Contárselo a un adulto de confianza cuando algo no va bien",
    "fr": "En parler à un adulte de confiance quand quelque chose ne va pas",
    "de": "Einem vertrauten Erwachsenen sagen, wenn sich etwas falsch anfühlt",
    "ar": "إخبار شخص كبير موثوق حين تشعر أن شيئًا ليس على ما يرام",
}


@pytest.fixture
def in_language(cli, monkeypatch):
    def run(lang, *args):
        monkeypatch.setenv("FAMILYSAFE_LANG", lang)
        return cli(*args)

    yield run
    words.use_language(None)


@pytest.mark.parametrize("lang", sorted(TITLES))
def test_topic_show_prints_the_topic_in_the_chosen_language(in_language, lang):
    code, out, _ = in_language(lang, "topic", "show", "tell-a-trusted-adult")
    assert code == 0
    assert TITLES[lang] in out
    assert "Telling a trusted adult" not in out


def test_topic_show_in_english_is_unchanged(cli):
    code, out, _ = cli("topic", "show", "tell-a-trusted-adult")  # the tests run with en
    assert code == 0 and "Telling a trusted adult when something feels wrong" in out


def test_german_topic_says_du_to_the_child_and_is_not_marked_untranslated(in_language):
    code, out, _ = in_language("de", "topic", "show", "tell-a-trusted-adult")
    assert code == 0
    assert "Wer sind deine Helfer-Erwachsenen?" in out  # a starter for 0-4, said to the child
    assert "Noch nicht in Ihre Sprache übersetzt" not in out


def test_app_show_prints_german_checklist_with_the_apps_own_menu_paths(in_language):
    code, out, _ = in_language("de", "app", "show", "tiktok")
    assert code == 0
    assert "Stellen Sie das Konto auf privat" in out
    assert "Make the account private" not in out
    assert "Privacy" in out  # the menu path stays as TikTok labels it
    assert "Noch nicht in Ihre Sprache übersetzt" not in out
