"""Put the words of a laid-out line into visual order for right-to-left text.

reportlab's own right-to-left support needs the ``rlbidi`` package (not on PyPI) and is switched
off for paragraphs with several fonts or with shaping, which is every paragraph we write in
Arabic. HarfBuzz already returns each Arabic *word* with its glyphs in visual order; what is left
is the order of the words on a line. So the paragraph is broken into lines in logical order, as
usual, and just before drawing, each line's words are reordered with a word-level version of the
Unicode bidi algorithm (UAX #9 rules W, N1-N2, L1-L2). Splitting a paragraph across pages still
works on the logical order, because the reordered lines are only ever used for drawing.

Word level is a simplification: a word that mixes Arabic letters and Latin letters without a
space is treated as Arabic. Numbers keep their left-to-right order inside Arabic text.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

from familysafe.export.pdf.fonts import is_rtl_font

_L, _R, _NUM, _NEUTRAL, _OBJ = "L", "R", "NUM", "N", "OBJ"
_WORDS = re.compile(r"\s+|\S+")
# A number, with the separators that may sit between its digits ("1,000.5", "12:30", "٣٫٥").
_NUMBER = r"\d+(?:[.,:/\u066b\u066c]\d+)*"
_NUMBER_ONLY = re.compile(rf"[+-]?{_NUMBER}[%\u066a]?")
_PIECES = re.compile(rf"({_NUMBER})|(\w+)|(.)", re.DOTALL)
_DIGIT_RUNS = re.compile(_NUMBER)
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def visual_paragraph(bl_para: Any, rtl: bool) -> Any:
    """A shallow copy of reportlab's broken-lines object with every line in visual order."""
    visual = copy.copy(bl_para)
    visual.lines = [visual_line(line, rtl) for line in bl_para.lines]
    return visual


def has_rtl(bl_para: Any) -> bool:
    """Whether any line of a laid-out paragraph holds text in a right-to-left font."""
    if getattr(bl_para, "kind", 0) != 1:
        return False
    return any(
        is_rtl_font(getattr(frag, "fontName", "")) for line in bl_para.lines for frag in line.words
    )


def visual_line(line: Any, rtl: bool) -> Any:
    """A copy of one laid-out line (a reportlab ``FragLine``) with its words in visual order."""
    tokens = _tokens(line.words)
    if not tokens:
        return line
    levels = _levels([kind for _, _, kind, _ in tokens], 1 if rtl else 0)
    pieces = []
    for i in _reorder(list(range(len(tokens))), levels):
        frag, text, _, mirrorable = tokens[i]
        if mirrorable and levels[i] % 2:
            text = _with_chars(text, str(text).translate(_MIRRORED))
        pieces.append((frag, text))
    out = copy.copy(line)
    out.words = _merge(pieces)
    return out


def _tokens(frags: list[Any]) -> list[tuple[Any, Any, str, bool]]:
    """(fragment, text, bidi kind, may be mirrored) for each word, space or object of a line."""
    tokens: list[tuple[Any, Any, str, bool]] = []
    for frag in frags:
        text = getattr(frag, "text", None)
        if text is None or hasattr(frag, "cbDefn"):
            tokens.append((frag, None, _OBJ, False))
            continue
        rtl_font = is_rtl_font(frag.fontName)
        for match in _WORDS.finditer(str(text)):
            word = text[match.start() : match.end()]  # slicing keeps HarfBuzz's positions
            if word.isspace():
                tokens.append((frag, word, _NEUTRAL, False))
            elif not rtl_font:
                kind = _NUM if _NUMBER_ONLY.fullmatch(str(word)) else _L
                tokens.append((frag, word, kind, False))
            elif _shaped_backwards(word):
                # HarfBuzz laid the word out right to left, mirrored brackets included; only
                # the digits in it must read left to right again.
                word = _digits_forwards(word)
                kind = _NUM if _NUMBER_ONLY.fullmatch(str(word)) else _R
                tokens.append((frag, word, kind, False))
            else:
                # Left to right in an Arabic font: digits and punctuation (HarfBuzz saw no
                # Arabic letter), or Latin letters. Split it so that each part finds its place.
                for part in _PIECES.finditer(str(word)):
                    piece = word[part.start() : part.end()]
                    if part.group(1):
                        tokens.append((frag, piece, _NUM, False))
                    elif part.group(2):
                        tokens.append((frag, piece, _letters_kind(part.group()), False))
                    else:
                        tokens.append((frag, piece, _NEUTRAL, True))
    return tokens


def _letters_kind(text: str) -> str:
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return _R
    return _L


def _digits_forwards(word: Any) -> Any:
    """Reverse, in place, each run of digits in a word HarfBuzz set right to left."""
    plain = str(word)
    runs = [m.span() for m in _DIGIT_RUNS.finditer(plain) if m.end() - m.start() > 1]
    if not runs:
        return word
    pieces = []
    last = 0
    for start, end in runs:
        pieces.append(word[last:start])
        pieces.append(word[start:end][::-1])
        last = end
    pieces.append(word[last:])
    out = pieces[0]
    for piece in pieces[1:]:
        out = out + piece
    return out


def _with_chars(text: Any, chars: str) -> Any:
    """``text`` with other characters of the same length, keeping HarfBuzz's positions."""
    data = getattr(text, "__shapeData__", None)
    if data is None:
        return chars
    return type(text)(chars, shapeData=data)


def _levels(kinds: list[str], base: int) -> list[int]:
    """Embedding levels for a line of tokens (a paragraph level of 0 or 1, no embeddings)."""
    n = len(kinds)
    levels = [base] * n
    # Numbers: level 2 when in right-to-left context (W2, I1/I2); else the paragraph's level.
    previous_strong = _R if base else _L
    for i, kind in enumerate(kinds):
        if kind in (_L, _R):
            previous_strong = kind
        if kind == _R:
            levels[i] = 1
        elif kind == _L:
            levels[i] = 2 if base else 0
        elif kind == _NUM:
            levels[i] = 2 if (base or previous_strong == _R) else 0
    # Neutrals between two runs of the same direction take it (numbers count as R); else base.
    i = 0
    while i < n:
        if kinds[i] not in (_NEUTRAL, _OBJ):
            i += 1
            continue
        j = i
        while j < n and kinds[j] in (_NEUTRAL, _OBJ):
            j += 1
        before = _direction(kinds[i - 1]) if i > 0 else ("R" if base else "L")
        after = _direction(kinds[j]) if j < n else ("R" if base else "L")
        level = base
        if before == after and j < n:  # at the end, L1: white space goes back to the base level
            level = 1 if before == "R" else (2 if base else 0)
        for k in range(i, j):
            levels[k] = level
        i = j
    return levels


def _direction(kind: str) -> str:
    return "L" if kind == _L else "R"


def _reorder(items: list[int], levels: list[int]) -> list[int]:
    """Rule L2: from the highest level down to 1, reverse every run at that level or above."""
    order = list(items)
    lv = list(levels)
    for level in range(max(lv, default=0), 0, -1):
        i = 0
        while i < len(order):
            if lv[i] >= level:
                j = i
                while j < len(order) and lv[j] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _shaped_backwards(text: Any) -> bool:
    data = getattr(text, "__shapeData__", None)
    if not data or len(data) < 2:
        return False
    return data[0].cluster > data[-1].cluster


def _merge(pieces: list[tuple[Any, Any]]) -> list[Any]:
    """Join neighbouring pieces of the same reportlab fragment back into one fragment."""
    frags: list[Any] = []
    last = None
    text: Any = None
    for frag, piece in pieces:
        if piece is None:
            if last is not None:
                frags.append(last.clone(text=text))
                last = None
            frags.append(frag)
            continue
        if frag is last:
            text = text + piece
        else:
            if last is not None:
                frags.append(last.clone(text=text))
            last, text = frag, piece
    if last is not None:
        frags.append(last.clone(text=text))
    return frags
