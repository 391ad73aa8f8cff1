"""Which writing system each character belongs to, and which way a paragraph runs.

reportlab neither falls back from one font to another nor knows about scripts, so text is split
into runs of one script before it is given a font. This module is plain Python (no reportlab) so
that the rules can be tested quickly and on their own.

Only the scripts FamilySafe ships fonts for are named; every other letter is ``OTHER`` and is set
in the main font (a reader would see empty boxes, never a crash). Punctuation, digits and spaces
are ``COMMON`` and combining marks ``INHERITED`` until :func:`script_runs` resolves them from their
neighbours, much as Unicode's UAX #24 suggests.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterator

LATIN = "Latin"
GREEK = "Greek"
CYRILLIC = "Cyrillic"
ARABIC = "Arabic"
HEBREW = "Hebrew"
DEVANAGARI = "Devanagari"
HAN = "Han"
HIRAGANA = "Hiragana"
KATAKANA = "Katakana"
HANGUL = "Hangul"
BOPOMOFO = "Bopomofo"
OTHER = "Other"
COMMON = "Common"
INHERITED = "Inherited"

RTL_SCRIPTS = frozenset({ARABIC, HEBREW})
# Scripts whose letters change shape or order with their neighbours, so need HarfBuzz.
COMPLEX_SCRIPTS = frozenset({ARABIC, HEBREW, DEVANAGARI})

# (first, last, script), sorted and non-overlapping. Blocks, not the exact Scripts.txt property:
# close enough for choosing a font, and digits or punctuation inside a block still follow it.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, LATIN),
    (0x0061, 0x007A, LATIN),
    (0x00AA, 0x00AA, LATIN),
    (0x00BA, 0x00BA, LATIN),
    (0x00C0, 0x00D6, LATIN),
    (0x00D8, 0x00F6, LATIN),
    (0x00F8, 0x02AF, LATIN),
    (0x0370, 0x0373, GREEK),
    (0x0375, 0x037D, GREEK),
    (0x037F, 0x0383, GREEK),
    (0x0386, 0x0386, GREEK),
    (0x0388, 0x03FF, GREEK),
    (0x0400, 0x052F, CYRILLIC),
    (0x0530, 0x058F, OTHER),  # Armenian
    (0x0590, 0x05FF, HEBREW),
    (0x0600, 0x060B, ARABIC),
    (0x060D, 0x061A, ARABIC),
    (0x061C, 0x061E, ARABIC),
    (0x0620, 0x063F, ARABIC),
    (0x0641, 0x06FF, ARABIC),
    (0x0700, 0x074F, OTHER),  # Syriac
    (0x0750, 0x077F, ARABIC),
    (0x0780, 0x08FF, OTHER),
    (0x0900, 0x0963, DEVANAGARI),
    (0x0966, 0x097F, DEVANAGARI),
    (0x0980, 0x0DFF, OTHER),  # other Indic scripts, Sinhala
    (0x0E00, 0x10FF, OTHER),  # Thai, Lao, Tibetan, Myanmar, Georgian
    (0x1100, 0x11FF, HANGUL),
    (0x1200, 0x1CBF, OTHER),
    (0x1C80, 0x1C8F, CYRILLIC),
    (0x1CD0, 0x1CFF, DEVANAGARI),  # Vedic extensions
    (0x1D00, 0x1DBF, LATIN),
    (0x1E00, 0x1EFF, LATIN),
    (0x1F00, 0x1FFF, GREEK),
    (0x2C60, 0x2C7F, LATIN),
    (0x2DE0, 0x2DFF, CYRILLIC),
    (0x2E80, 0x2FDF, HAN),
    (0x3005, 0x3005, HAN),
    (0x3007, 0x3007, HAN),
    (0x3021, 0x3029, HAN),
    (0x3038, 0x303B, HAN),
    (0x3041, 0x3096, HIRAGANA),
    (0x309D, 0x309F, HIRAGANA),
    (0x30A1, 0x30FA, KATAKANA),
    (0x30FD, 0x30FF, KATAKANA),
    (0x3105, 0x312F, BOPOMOFO),
    (0x3131, 0x318E, HANGUL),
    (0x31A0, 0x31BF, BOPOMOFO),
    (0x31F0, 0x31FF, KATAKANA),
    (0x3400, 0x4DBF, HAN),
    (0x4E00, 0x9FFF, HAN),
    (0xA640, 0xA69F, CYRILLIC),
    (0xA720, 0xA7FF, LATIN),
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0xA960, 0xA97F, HANGUL),
    (0xAB30, 0xAB6F, LATIN),
    (0xAC00, 0xD7FF, HANGUL),
    (0xF900, 0xFAFF, HAN),
    (0xFB00, 0xFB06, LATIN),
    (0xFB1D, 0xFB4F, HEBREW),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFE, ARABIC),
    (0xFF21, 0xFF3A, LATIN),
    (0xFF41, 0xFF5A, LATIN),
    (0xFF66, 0xFF9D, KATAKANA),
    (0xFFA0, 0xFFDC, HANGUL),
    (0x20000, 0x3FFFF, HAN),
)
_STARTS = [r[0] for r in _RANGES]

# Characters that take no script of their own even when they sit inside a script's block.
_JOINERS = frozenset("\u200c\u200d")


def script_of(char: str) -> str:
    """The script of one character: a named script, ``COMMON`` or ``INHERITED``."""
    if char in _JOINERS:
        return INHERITED
    code = ord(char)
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0:
        first, last, script = _RANGES[i]
        if first <= code <= last:
            if unicodedata.category(char) in ("Mn", "Me") and script == LATIN:
                return INHERITED  # combining diacritics are shared by Latin, Greek, Cyrillic
            return script
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return INHERITED
    if category.startswith("L"):
        return OTHER
    return COMMON


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word: a run of characters that are not white space."""
    n = len(text)
    start = 0
    while start < n:
        if text[start].isspace():
            start += 1
            continue
        end = start
        while end < n and not text[end].isspace():
            end += 1
        yield start, end
        start = end


def resolved_scripts(text: str) -> list[str]:
    """The script of every character of ``text`` with shared characters resolved.

    A combining mark takes the script of the character it sits on. Punctuation and digits take
    the script of the word they are in (the nearest letter before them in the word, else after
    it), so that "(مريم)" stays one Arabic run and can be shaped with one font. Spaces and words
    without letters take the script before them, else after them, else Latin.
    """
    scripts = [script_of(c) for c in text]
    n = len(scripts)
    for i in range(n):
        if scripts[i] == INHERITED:
            scripts[i] = scripts[i - 1] if i else COMMON
    strong = [s not in (COMMON, INHERITED) for s in scripts]

    for start, end in word_spans(text):  # resolve COMMON inside each word
        word_strong = [i for i in range(start, end) if strong[i]]
        if word_strong:
            first_strong = scripts[word_strong[0]]
            current = None
            for i in range(start, end):
                if strong[i]:
                    current = scripts[i]
                elif scripts[i] == COMMON:
                    scripts[i] = current or first_strong

    previous = None
    for i in range(n):  # what is left: spaces and letterless words follow the text before them
        if scripts[i] == COMMON:
            if previous is not None:
                scripts[i] = previous
        else:
            previous = scripts[i]
    following = None
    for i in range(n - 1, -1, -1):
        if scripts[i] == COMMON:
            scripts[i] = following or LATIN
        else:
            following = scripts[i]
    return scripts


def script_runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(script, text)`` runs, shared characters resolved.

    >>> script_runs("Hi 王小明!")
    [('Latin', 'Hi '), ('Han', '王小明!')]
    """
    runs: list[tuple[str, str]] = []
    for script, chunk in _group(text, resolved_scripts(text)):
        runs.append((script, chunk))
    return runs


def _group(text: str, labels: list[str]) -> Iterator[tuple[str, str]]:
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or labels[i] != labels[start]:
            yield labels[start], text[start:i]
            start = i


def base_direction(text: str) -> str:
    """``"rtl"`` or ``"ltr"``: the direction of the first strong letter (Unicode bidi rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def needs_shaping(text: str) -> bool:
    """Whether HarfBuzz must shape ``text``: complex scripts or combining marks that have no
    precomposed form."""
    if not text or max(text) < "\u0300":  # no combining mark or complex script: at C speed
        return False
    return any(map(_shapes, set(text)))  # each character once ("·" or "“" in every line)


@functools.lru_cache(maxsize=4096)
def _shapes(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me") or script_of(char) in COMPLEX_SCRIPTS
