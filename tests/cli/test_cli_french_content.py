"""FAMILYSAFE_LANG=fr shows the content in French where it is translated."""

import pytest

from familysafe import words


@pytest.fixture
def french(cli, monkeypatch):
    monkeypatch.setenv("FAMILYSAFE_LANG", "fr")
    yield cli
    words.use_language(None)


def test_topic_show_prints_the_french_topic(french):
    code, out, _ = french("topic", "show", "tell-a-trusted-adult")
    assert code == 0
    assert "En parler à un adulte de confiance quand quelque chose ne va pas" in out
    assert "Telling a trusted adult" not in out


def test_topic_show_in_english_is_unchanged(cli):
    code, out, _ = cli("topic", "show", "tell-a-trusted-adult")  # the tests run with en
    assert code == 0 and "Telling a trusted adult when something feels wrong" in out
