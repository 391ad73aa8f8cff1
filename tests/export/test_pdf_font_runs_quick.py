"""The quick paths of font runs give what the character-by-character rules give."""

import subprocess
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from familysafe.export.pdf import fonts
from familysafe.export.pdf import scripts as sc

# Mostly what the quick path takes (below U+0370), with some of every other script mixed in.
LATINISH = st.characters(max_codepoint=0x36F, blacklist_categories=("Cs",))
ANY = st.characters(blacklist_categories=("Cs",))
TEXTS = st.text(st.one_of(LATINISH, LATINISH, LATINISH, ANY), max_size=40)


@settings(deadline=None)  # the first example registers the fonts
@given(TEXTS)
def test_font_runs_are_those_of_the_character_by_character_rules(text):
    fonts.register_fonts()
    expected = fonts._runs_by_character(unicodedata.normalize("NFC", text))
    assert fonts.font_runs(text) == expected


def test_every_character_the_quick_path_takes_is_in_the_main_face_alone():
    fonts.register_fonts()
    for code in range(0x370):
        char = chr(code)
        if fonts._only_main_face(char):
            text = f"a{char}b{char}"
            assert fonts._runs_by_character(text) == [(fonts.SANS_FACE, text)]
            assert fonts._runs_by_character(char) == [(fonts.SANS_FACE, char)]


@settings(deadline=None)
@given(TEXTS)
def test_needs_shaping_is_what_each_character_says(text):
    slow = any(
        unicodedata.category(c) in ("Mn", "Me") or sc.script_of(c) in sc.COMPLEX_SCRIPTS
        for c in text
    )
    assert sc.needs_shaping(text) == slow


def test_an_english_paragraph_reads_the_characters_of_the_main_face_only():
    code = (
        "from familysafe.export.pdf import fonts\n"
        "fonts.markup('Talk about games, friends and what to do when something feels wrong.')\n"
        "print(sorted(fonts._coverage))\n"
        "fonts.markup('Mia \u738b\u5c0f\u660e')\n"
        "print(sorted(fonts._coverage))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["['Sans']", "['CJK', 'Sans']"]
