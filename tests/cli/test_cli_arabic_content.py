"""FAMILYSAFE_LANG=ar shows the content in Arabic where it is translated."""

import pytest

from familysafe import words


@pytest.fixture
def arabic(cli, monkeypatch):
    monkeypatch.setenv("FAMILYSAFE_LANG", "ar")
    yield cli
    words.use_language(None)


def test_topic_show_prints_the_arabic_topic(arabic):
    code, out, _ = arabic("topic", "show", "tell-a-trusted-adult")
    assert code == 0
    assert "إخبار شخص كبير موثوق حين تشعر أن شيئًا ليس على ما يرام" in out
    assert "Telling a trusted adult" not in out
