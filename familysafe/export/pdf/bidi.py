"""Put the words of a laid-out line into visual order for right-to-left text.

reportlab's own right-to-left support needs the ``rlbidi`` package (not on PyPI) and is switched
off for paragraphs with several fonts or with shaping, which is every paragraph we write in
Arabic or Hebrew. HarfBuzz already returns each Arabic or Hebrew *word* with its glyphs in visual
order; what is left is the order of the pieces of a line. So the paragraph is broken into lines
in logical order, as usual, and just before drawing, each line is reordered: the embedding level
of every character comes from the Unicode Bidirectional Algorithm (UAX #9, rules P to I, with
isolates) as python-bidi implements it (the Rust ``unicode-bidi`` crate), then rules L1 and L2
reorder the line's pieces. Splitting a paragraph across pages still works on the logical order,
because the reordered lines are only ever used for drawing.

What we do on top of the algorithm:

- a shaped right-to-left word is one piece (HarfBuzz has ordered and mirrored its glyphs); only
  the runs of digits inside it are turned to read left to right again;
- brackets in a right-to-left run of plain text are mirrored ("(" drawn as ")"), as rule L4 asks;
- groups of digits separated by single spaces ("07700 900111", "+44 20 7946 0000") stay in
  their written order: UAX #9 reverses the groups after a right-to-left word (each group is a
  number of its own), which turns a phone number after an Arabic name into a wrong number;
- a line whose letters all run one way is laid out in that direction, whatever the
  paragraph's: an English line in an Arabic document (an app's name, a sentence not yet
  translated) keeps its full stop at its end rather than before its first word;
- the marks that steer the algorithm (LRM, RLM, ...) survive shaping: HarfBuzz turns each into
  a space with no advance, read back here as a mark of its font's direction (the marks
  :mod:`familysafe.export.documents.layout` writes run the way of the text they close).
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from typing import Any

from bidi import get_display

from familysafe.export.pdf.fonts import is_rtl_font

_NUMBER = r"\d+(?:[.,:/\u066b\u066c]\d+)*"
_DIGIT_RUNS = re.compile(_NUMBER)
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_LEVELS = re.compile(r"Level\(\s*(\d+),?\s*\)")
_OBJECT = "\ufffc"  # an inline image or other object: a neutral, as UAX #9 says


@functools.lru_cache(maxsize=4096)
def char_levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The resolved embedding level of each character of ``text`` (one paragraph, the base
    direction given), by python-bidi; rule L1 not yet applied."""
    if not text:
        return ()
    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    listed = info.split("levels:", 1)[1].split("paragraphs:", 1)[0]
    by_byte = [int(n) for n in _LEVELS.findall(listed)]
    levels = []
    offset = 0
    for char in text:  # unicode-bidi counts UTF-8 bytes
        levels.append(by_byte[offset])
        offset += len(char.encode("utf-8"))
    return tuple(levels)


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
    """A copy of one laid-out line (a reportlab ``FragLine``) with its pieces in visual order."""
    frags = _with_eaten_spaces(list(line.words))
    if not frags:
        return line
    texts = [_logical_text(frag) for frag in frags]
    rtl = line_direction("".join(texts), rtl)
    levels = list(char_levels("".join(texts), rtl))
    _keep_digit_groups("".join(texts), levels, 1 if rtl else 0)
    _trailing_spaces(("".join(texts)), levels, 1 if rtl else 0)
    tokens: list[tuple[Any, Any, int, bool]] = []  # fragment, text, level, mirror
    start = 0
    for frag, text in zip(frags, texts, strict=True):
        tokens += _tokens(frag, levels[start : start + len(text)])
        start += len(text)
    pieces = []
    for i in _reorder(list(range(len(tokens))), [t[2] for t in tokens]):
        frag, text, level, mirror = tokens[i]
        if text is not None and mirror and level % 2:
            text = _with_chars(text, str(text).translate(_MIRRORED))
        if text is not None and getattr(text, "__shapeData__", None) is None:
            text = _without_controls(text)
        pieces.append((frag, text))
    out = copy.copy(line)
    out.words = _merge(pieces)
    return out


def line_direction(text: str, rtl: bool) -> bool:
    """The direction to lay out one line in: the paragraph's (``rtl``), unless every strong
    letter of the line runs the other way."""
    classes = {unicodedata.bidirectional(c) for c in text}
    has_rtl = bool(classes & {"R", "AL", "AN", "RLE", "RLO", "RLI"})
    has_ltr = bool(classes & {"L", "LRE", "LRO", "LRI"})
    if rtl and has_ltr and not has_rtl:
        return False
    if not rtl and has_rtl and not has_ltr:
        return True
    return rtl


_NOT_SHAPED = 0x7FFFFFFF  # reportlab's cluster for characters it added to a shaped string


def _plain(text: Any, rtl_font: bool) -> str:
    """The characters of a fragment's text, with the marks HarfBuzz hid (a space glyph of no
    advance that came from a character of the input) put back, as a mark of the font's
    direction."""
    plain = str(text)
    data = getattr(text, "__shapeData__", None)
    if not data or " " not in plain or len(data) != len(plain):
        return plain
    mark = "\u200f" if rtl_font else "\u200e"
    return "".join(
        mark if c == " " and d.x_advance == 0 and d.cluster != _NOT_SHAPED else c
        for c, d in zip(plain, data, strict=True)
    )


def _with_eaten_spaces(frags: list[Any]) -> list[Any]:
    """The fragments with the space back after a word that ends in a hidden mark: reportlab
    adds the space between two words only when the first does not already end in one, and the
    mark's glyph is a space (the line's width counts the space; its text lost it)."""
    out = list(frags)
    for i in range(len(out) - 1):
        text = getattr(out[i], "text", None)
        after = getattr(out[i + 1], "text", None)
        if text is None or after is None or hasattr(out[i + 1], "cbDefn"):
            continue
        if _ends_hidden(text) and _starts_word(after):
            out[i] = out[i].clone(text=text + " ")
    return out


def _ends_hidden(text: Any) -> bool:
    data = getattr(text, "__shapeData__", None)
    if not data or not str(text).endswith(" "):
        return False
    return bool(data[-1].x_advance == 0 and data[-1].cluster != _NOT_SHAPED)


def _starts_word(text: Any) -> bool:
    """Whether ``text`` starts a new word (not the rest of one in another font)."""
    plain = str(text)
    if not plain or plain[0].isspace():
        return False
    data = getattr(text, "__shapeData__", None)
    if not data:
        return True
    first = len(plain.split(" ", 1)[0])
    clusters = [d.cluster for d in data[:first] if d.cluster != _NOT_SHAPED]
    return not clusters or min(clusters) == 0


# Marks and isolates steer the algorithm above; they have no ink, and a font may draw a box.
_CONTROLS = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _without_controls(text: Any) -> Any:
    plain = str(text)
    bare = plain.translate(_CONTROLS)
    return text if bare == plain else bare


def _logical_text(frag: Any) -> str:
    """The fragment's characters in logical order, for the algorithm (a shaped right-to-left
    word holds its glyphs in visual order: it is read backwards)."""
    text = getattr(frag, "text", None)
    if text is None or hasattr(frag, "cbDefn"):
        return _OBJECT
    rtl_font = is_rtl_font(frag.fontName)
    plain = _plain(text, rtl_font)
    if not rtl_font:
        return plain
    out = []
    for match in re.finditer(r"\s+|\S+", plain):
        word = text[match.start() : match.end()]
        if _shaped_backwards(word):  # a glyph with no character of its own (a ligature) is
            out.append(_PRIVATE.sub("\u0627", match.group()[::-1]))  # a letter of the word
        else:
            out.append(match.group())
    return "".join(out)


# reportlab names a glyph that no character maps to (a ligature such as Arabic "مر") with a
# private-use character, which UAX #9 would take for a left-to-right letter.
_PRIVATE = re.compile("[\ue000-\uf8ff]")


def _tokens(frag: Any, levels: list[int]) -> list[tuple[Any, Any, int, bool]]:
    """The fragment cut into pieces of one level each (a shaped word stays whole)."""
    text = getattr(frag, "text", None)
    if text is None or hasattr(frag, "cbDefn"):
        return [(frag, None, levels[0] if levels else 0, False)]
    tokens: list[tuple[Any, Any, int, bool]] = []
    rtl_font = is_rtl_font(frag.fontName)
    for match in re.finditer(r"\s+|\S+", _plain(text, rtl_font)):
        a, b = match.span()
        word = text[a:b]
        if rtl_font and _shaped_backwards(word):
            odd = [lv for lv in levels[a:b] if lv % 2] or [max(levels[a:b]) | 1]
            tokens.append((frag, _digits_forwards(word), max(odd), False))
            continue
        i = a
        while i < b:  # runs of one level; a right-to-left run of plain text char by char
            j = i + 1
            while j < b and levels[j] == levels[i] and not levels[i] % 2:
                j += 1
            tokens.append((frag, text[i:j], levels[i], True))
            i = j
    return tokens


def _keep_digit_groups(text: str, levels: list[int], base: int) -> None:
    """Keep the groups of a phone number in their order: a single space between two digit
    groups takes the groups' level. In a left-to-right paragraph, a number that follows a
    right-to-left word after a space, and ends the line or comes before left-to-right text,
    stays where it was written (after the word), as a reader of the paragraph expects."""
    if base == 0:
        for match in re.finditer(r"(?<=\S)(\s+)([+(]?\d[\d ()+\-./]*\d|\d)(?=\s|$)", text):
            start, end = match.span()
            before = levels[start - 1] if start else 0
            after = next((levels[k] for k in range(end, len(text)) if not text[k].isspace()), 0)
            digits = [levels[k] for k in range(match.start(2), end) if text[k].isdigit()]
            if before % 2 and not after % 2 and all(lv % 2 == 0 for lv in digits):
                for k in range(start, end):
                    levels[k] = 0
    for i in range(1, len(text) - 1):
        if (
            text[i] == " "
            and text[i - 1].isdigit()
            and text[i + 1].isdigit()
            and levels[i - 1] == levels[i + 1]
            and levels[i - 1] % 2 == 0
            and levels[i] < levels[i - 1]
        ):
            levels[i] = levels[i - 1]


def _trailing_spaces(text: str, levels: list[int], base: int) -> None:
    """Rule L1: white space at the end of the line goes back to the paragraph's level."""
    i = len(text)
    while i > 0 and (text[i - 1].isspace() or unicodedata.category(text[i - 1]) == "Cf"):
        i -= 1
        levels[i] = base


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
