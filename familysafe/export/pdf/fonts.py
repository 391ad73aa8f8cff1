"""The fonts FamilySafe embeds in its PDFs, and markup that picks one for each run of text.

reportlab draws a run of text with one font and never falls back to another font for a missing
character, so a Chinese name in an English sentence would come out as empty boxes. We therefore
split text into runs by script (:mod:`.scripts`) and wrap each run in ``<font face=...>``.

Arabic, Hebrew and Devanagari must be shaped by HarfBuzz (reportlab's ``shaping`` option, via
uharfbuzz), and reportlab shapes each space-separated word with the font of its first character.
A word that mixes two fonts would be shaped with the wrong one, so a word is set in a single font
whenever one font covers all of it (our Arabic, Hebrew and Devanagari fonts carry Latin letters
and punctuation for exactly this reason; see ``resources/fonts/README.md``). Hebrew, like Arabic,
runs right to left.

Every font is TrueType with ``glyf`` outlines: reportlab cannot embed CFF (``.otf``) fonts.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from familysafe import paths
from familysafe.core.records import record
from familysafe.export.pdf import cmap
from familysafe.export.pdf import scripts as sc
from familysafe.export.pdf.textmap import TextMappedTTFont

__all__ = [
    "FACES",
    "SANS",
    "SANS_BOLD",
    "Face",
    "font_runs",
    "is_bold_font",
    "is_rtl_font",
    "markup",
    "register_fonts",
    "registered_faces",
    "script_runs",
    "use_face",
]

script_runs = sc.script_runs


@record
class Face:
    """One typeface: its regular and bold files, and the scripts it is chosen for."""

    key: str
    regular_file: str
    bold_file: str | None
    scripts: frozenset[str]
    rtl: bool = False
    subfont: int = 0  # the face's index inside a TrueType collection (.ttc)

    @property
    def regular(self) -> str:
        """The name reportlab knows the regular weight by."""
        return f"FamilySafe-{self.key}"

    @property
    def bold(self) -> str:
        """The bold weight's name; the regular font when there is no bold file (CJK)."""
        return f"FamilySafe-{self.key}-Bold" if self.bold_file else self.regular


SANS_FACE = Face(
    "Sans",
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    frozenset({sc.LATIN, sc.GREEK, sc.CYRILLIC, sc.OTHER, sc.COMMON}),
)
ARABIC_FACE = Face(
    "Arabic",
    "FamilySafeSansArabic-Regular.ttf",
    "FamilySafeSansArabic-Bold.ttf",
    frozenset({sc.ARABIC}),
    rtl=True,
)
HEBREW_FACE = Face(
    "Hebrew",
    "FamilySafeSansHebrew-Regular.ttf",
    "FamilySafeSansHebrew-Bold.ttf",
    frozenset({sc.HEBREW}),
    rtl=True,
)
DEVANAGARI_FACE = Face(
    "Devanagari",
    "FamilySafeSansDevanagari-Regular.ttf",
    "FamilySafeSansDevanagari-Bold.ttf",
    frozenset({sc.DEVANAGARI}),
)
CJK_FACE = Face(
    "CJK",
    "wqy-microhei.ttc",
    None,
    frozenset({sc.HAN, sc.HIRAGANA, sc.KATAKANA, sc.HANGUL, sc.BOPOMOFO}),
)
# In fallback order: a character its own script's face lacks is looked for in these, in turn.
FACES: tuple[Face, ...] = (SANS_FACE, ARABIC_FACE, HEBREW_FACE, DEVANAGARI_FACE, CJK_FACE)
# A word that needs two faces is set in one if it can: complex scripts first, as they need shaping.
_UNIFY_ORDER: tuple[Face, ...] = (ARABIC_FACE, HEBREW_FACE, DEVANAGARI_FACE, SANS_FACE, CJK_FACE)

SANS = SANS_FACE.regular
SANS_BOLD = SANS_FACE.bold

_BY_SCRIPT = {script: face for face in FACES for script in face.scripts}
_RTL_FONTS = frozenset(name for face in FACES if face.rtl for name in (face.regular, face.bold))

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}  # face key: the code points its regular file has
_registered: set[str] = set()  # keys of the faces loaded into reportlab
_folder: list[Path] = []  # the fonts folder, once chosen
_ready = threading.Event()  # set once the coverage is known and the main face registered


def register_fonts(fonts_dir: Path | None = None) -> None:
    """Get ready to write PDFs: register the main face (the styles' font) with reportlab and
    read which characters it has. Once per process; later calls return at once.

    The other faces are loaded only when a document's text needs them (:func:`use_face`, called
    by :func:`markup`): an English document never loads the 5 MB CJK collection. A face's
    character set comes from its ``cmap`` table alone (:mod:`.cmap`), without loading it, the
    first time a character the main face lacks is looked for.
    Safe from several threads (a preview renders while the window runs).
    """
    if _ready.is_set():
        return
    with _lock:
        if _ready.is_set():
            return
        folder = fonts_dir or paths.fonts_dir()
        _folder.append(folder)
        _code_points(SANS_FACE)
        _register(SANS_FACE)
        _ready.set()


def use_face(face: Face) -> None:
    """Register ``face`` (regular and bold) with reportlab if it is not yet: before any markup
    names it."""
    register_fonts()
    if face.key not in _registered:
        with _lock:
            _register(face)


def _register(face: Face) -> None:
    """Bold and italic are mapped per family so that ``<b>`` and bold styles pick the bold file;
    there are no italic files, so italic falls back to upright. Called holding ``_lock``."""
    if face.key in _registered:
        return
    folder = _folder[0]
    regular = str(folder / face.regular_file)
    pdfmetrics.registerFont(TextMappedTTFont(face.regular, regular, subfontIndex=face.subfont))
    if face.bold_file:
        pdfmetrics.registerFont(TextMappedTTFont(face.bold, str(folder / face.bold_file)))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(face.regular, bold, italic, face.bold if bold else face.regular)
            if face.bold_file:
                addMapping(face.bold, bold, italic, face.bold if bold else face.regular)
    _registered.add(face.key)


def registered_faces() -> frozenset[str]:
    """The keys of the faces loaded into reportlab so far in this process."""
    return frozenset(_registered)


def is_rtl_font(font_name: str) -> bool:
    """Whether reportlab's font ``font_name`` is one of our right-to-left faces."""
    return font_name in _RTL_FONTS


def _covers(face: Face, char: str) -> bool:
    return ord(char) in _code_points(face) or char.isspace()


def _code_points(face: Face) -> frozenset[int]:
    """The characters ``face`` has, read from its ``cmap`` table the first time they are asked
    for (a document all in the main face never reads the CJK collection's)."""
    points = _coverage.get(face.key)
    if points is None:
        points = cmap.code_points(_folder[0] / face.regular_file, face.subfont)
        _coverage[face.key] = points
    return points


def _face_for(script: str, char: str) -> Face:
    face = _BY_SCRIPT.get(script, SANS_FACE)
    if _covers(face, char):
        return face
    for other in FACES:
        if _covers(other, char):
            return other
    return face  # nobody has it: reportlab draws the font's empty box


def font_runs(text: str) -> list[tuple[Face, str]]:
    """Split ``text`` into ``(face, text)`` runs, each drawable with one face.

    Text is normalised to NFC first, so that "e" + combining acute becomes "é", which every
    Latin font has, rather than a pair that needs shaping.
    """
    register_fonts()
    text = unicodedata.normalize("NFC", text)
    if _only_main_face(text):
        return [(SANS_FACE, text)] if text else []
    return _runs_by_character(text)


def _only_main_face(text: str) -> bool:
    """Whether every character is below Greek (U+0370: Latin, its punctuation, IPA, combining
    marks) and the main face has it: then every character's script resolves to one the main face
    is chosen for, and :func:`font_runs` gives one run in it. Checked at C speed, as almost every
    paragraph of a document in a Latin script passes."""
    if not _simple:
        _simple.update(c for c in map(chr, range(0x370)) if _covers(SANS_FACE, c))
    return _simple.issuperset(text)


_simple: set[str] = set()  # the characters below U+0370 the main face has (or spaces)


def _runs_by_character(text: str) -> list[tuple[Face, str]]:
    """:func:`font_runs` the long way: each character's script, then its face."""
    faces = [_face_for(s, c) for s, c in zip(sc.resolved_scripts(text), text, strict=True)]
    _unify_words(text, faces)
    runs: list[tuple[Face, str]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or faces[i] is not faces[start]:
            runs.append((faces[start], text[start:i]))
            start = i
    return runs


def _unify_words(text: str, faces: list[Face]) -> None:
    """Give each word one face where a single face covers the whole word."""
    for start, end in sc.word_spans(text):
        used = set(faces[start:end])
        if len(used) > 1:
            for face in _UNIFY_ORDER:
                if face in used and all(_covers(face, c) for c in text[start:end]):
                    faces[start:end] = [face] * (end - start)
                    break


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))
# Parts of emoji sequences that have no meaning on their own: variation selectors, the zero-width
# joiner between emoji, skin-tone modifiers, tag characters of subdivision flags.
_EMOJI_GLUE = frozenset(
    [0xFE0E, 0xFE0F, 0x200D, 0x20E3] + list(range(0x1F3FB, 0x1F400)) + list(range(0xE0020, 0xE0080))
)
_REGIONAL = range(0x1F1E6, 0x1F200)


def readable_symbols(text: str) -> str:
    """``text`` with every emoji or symbol that no embedded font can draw replaced by its name
    in brackets ("I ❤ it 🙂" -> "I [heavy black heart] it [slightly smiling face]"), a flag by
    its country code ("[flag GB]"): in a PDF it would be an empty box or nothing at all, and a
    reader must never lose what a child or parent wrote. Symbols a font has stay as they are."""
    if not text or max(text) < "\u2000":  # nothing from the symbol blocks on: at C speed
        return text
    register_fonts()
    out: list[str] = []
    chars = list(text)
    i = 0
    while i < len(chars):
        char = chars[i]
        code = ord(char)
        if code in _REGIONAL:
            if i + 1 < len(chars) and ord(chars[i + 1]) in _REGIONAL:
                pair = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in chars[i : i + 2])
                out.append(f"[flag {pair}]")
                i += 2
                continue
        elif code in _EMOJI_GLUE and (char != "\u200d" or _is_symbol(chars, i - 1)):
            i += 1
            continue
        if _is_symbol(chars, i) and not any(_covers(face, char) for face in FACES):
            name = unicodedata.name(char, "").lower()
            out.append(f"[{name}]" if name else "\ufffd")
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _is_symbol(chars: list[str], i: int) -> bool:
    if i < 0 or i >= len(chars):
        return False
    code = ord(chars[i])
    return (
        unicodedata.category(chars[i]) in ("So", "Sk", "Cn")
        and code > 0x2000
        or (0x1F000 <= code <= 0x1FAFF)
    )


def markup(text: str, *, bold: bool = False, base_font: str | None = None) -> str:
    """reportlab paragraph markup for plain user ``text``: escaped, one font per run.

    ``bold`` picks each face's bold weight: reportlab keeps a ``<font face=...>`` at the weight
    it names even inside a bold style. Runs already in ``base_font`` (the paragraph style's
    font; by default the main face at that weight) are left untagged. Line breaks become
    ``<br/>``; other control characters are dropped.
    """
    if base_font is None:
        base_font = SANS_FACE.bold if bold else SANS_FACE.regular
    if len(text) > _SHORT:  # long texts are seldom repeated: not kept
        return _markup(text, bold, base_font)
    key = (text, bold, base_font)
    made = _markup_made.get(key)
    if made is None:
        if len(_markup_made) > _MARKUP_MEMO:
            _markup_made.clear()
        made = _markup_made[key] = _markup(text, bold, base_font)
    return made


# Markup already made in this process, by text, weight and base font: a document repeats its
# short texts (a long plan has 1,600 paragraphs, of 500 texts). Making it registered the faces
# it names and taught the fonts its shaped words, for good, so a text's markup never changes.
_markup_made: dict[tuple[str, bool, str], str] = {}
_MARKUP_MEMO = 20_000
_SHORT = 200  # characters


def _markup(text: str, bold: bool, base_font: str) -> str:
    clean = readable_symbols(text.replace("\r\n", "\n").replace("\t", " ").translate(_CONTROL))
    parts = []
    for face, chunk in font_runs(clean):
        escaped = escape(chunk).replace("\n", "<br/>")
        name = face.bold if bold else face.regular
        use_face(face)
        if sc.needs_shaping(chunk):
            font = pdfmetrics.getFont(name)  # registered by use_face as a TextMappedTTFont
            if isinstance(font, TextMappedTTFont):
                font.learn(chunk)  # keeps the shaped text copyable
        if name == base_font:
            parts.append(escaped)
        else:
            parts.append(f'<font face="{name}">{escaped}</font>')
    return "".join(parts)


def is_bold_font(font_name: str) -> bool:
    """Whether ``font_name`` is the bold weight of one of our faces."""
    return any(font_name == face.bold and face.bold_file for face in FACES)
