"""Keep shaped text searchable and copyable.

When HarfBuzz shapes Devanagari, a conjunct such as "क्ष" becomes one glyph that has no character
of its own in the font. reportlab then gives the glyph a private-use code, and the PDF's ToUnicode
map sends that code to a meaningless private character: "क्षत्रिय" would copy as "य".

:class:`TextMappedTTFont` fixes the map. Before a paragraph is laid out, :meth:`learn` shapes its
text the way reportlab will and records which characters each such glyph stands for; when the
font is written, the ToUnicode map sends the glyph's code to those characters (a one-to-many
mapping, which PDF allows).

Arabic needs no help: its joining forms are in the font's cmap as presentation forms (U+FExx),
so each glyph copies as one character that text extractors put back into logical order, and
Unicode normalisation (NFKC, which PDF viewers apply when searching) turns into the letters
typed. Mapping them to the letters themselves would be worse: ligatures such as lam-alef would
map to two letters, which extractors then reverse.
"""

from __future__ import annotations

import uharfbuzz
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

__all__ = ["TextMappedTTFont"]

# What reportlab's shapeFragWord asks HarfBuzz for; glyph choice must match.
_FEATURES = {"kern": True, "liga": True, "dlig": True}
_PRIVATE = range(0xE000, 0xF900)
_MEMO = 100_000  # words whose widths a font keeps


class TextMappedTTFont(TTFont):
    """A TrueType font whose ToUnicode map sends shaped glyphs back to the text they show."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._glyph_text: dict[int, str] = {}
        self._units: dict[str, float] = {}

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 - reportlab's name
        """reportlab's width of ``text`` (the sum of its characters' advance widths), each
        word's sum worked out once: a paragraph is measured word by word, and a document
        repeats its words (a long plan measured 15,000 words, of a few hundred). The same
        number as reportlab's: its width at 1000 points is exactly that sum."""
        units = self._units.get(text)
        if units is None:
            if len(self._units) > _MEMO:
                self._units.clear()
            units = self._units[text] = super().stringWidth(text, 1000, encoding)
        return 0.001 * size * units

    def learn(self, text: str) -> None:
        """Shape ``text`` word by word, as reportlab will, and remember what each glyph without
        a character of its own stands for."""
        if not self.shapable:
            return
        font = uharfbuzz.Font(self.hbFace)
        # reportlab sets glyphToChar as it reads the font; types-reportlab does not list it.
        to_char = self.face.glyphToChar  # type: ignore[attr-defined]
        for word in text.split():
            buffer = uharfbuzz.Buffer()
            buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
            buffer.add_str(word)
            buffer.guess_segment_properties()
            uharfbuzz.shape(font, buffer, _FEATURES)
            clusters: dict[int, list[int]] = {}
            for info in buffer.glyph_infos:
                clusters.setdefault(info.cluster, []).append(info.codepoint)
            starts = sorted(clusters)
            for i, start in enumerate(starts):
                end = starts[i + 1] if i + 1 < len(starts) else len(word)
                self._learn_cluster(word[start:end], clusters[start], to_char)

    def _learn_cluster(self, text: str, glyphs: list[int], to_char: dict) -> None:
        unnamed = [g for g in glyphs if not _real_chars(to_char.get(g, ()))]
        if not unnamed:
            return
        rest = text
        for glyph in glyphs:
            chars = _real_chars(to_char.get(glyph, ()))
            if chars and chr(chars[0]) in rest:
                rest = rest.replace(chr(chars[0]), "", 1)
        self._glyph_text.setdefault(unnamed[0], rest or text)
        for glyph in unnamed[1:]:
            self._glyph_text.setdefault(glyph, "")

    def addObjects(self, doc):  # noqa: N802 - reportlab's name
        """Write the font as reportlab does, then rewrite each subset's ToUnicode map."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            stream = _find_cmap_stream(doc, self.face.name, n)
            if stream is not None:
                stream.content = self._to_unicode_cmap(stream.content, subset)

    def _to_unicode_cmap(self, original: str, subset: list[int]) -> str:
        lines = []
        for code, uchar in enumerate(subset):
            text = self._text_for(uchar)
            lines.append(f"<{code:02X}> <{_utf16_hex(text)}>")
        head, _, tail = original.partition("beginbfchar")
        head = head.rsplit("\n", 1)[0] + "\n"
        tail = tail.partition("endbfchar")[2]
        return f"{head}{len(lines)} beginbfchar\n" + "\n".join(lines) + "\nendbfchar" + tail

    def _text_for(self, uchar: int) -> str:
        if uchar in _PRIVATE:
            glyph = self.face.charToGlyph.get(uchar)
            if glyph in self._glyph_text:
                return self._glyph_text[glyph]
        return chr(uchar)


def _real_chars(chars) -> list[int]:
    return [c for c in chars if c not in _PRIVATE]


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _find_cmap_stream(doc, face_name: bytes, n: int):
    """The ToUnicode stream reportlab registered for subset ``n`` of a face."""
    base = b"".join((SUBSETN(n), b"+", face_name)).decode("pdfdoc")
    for key, obj in doc.idToObject.items():
        if (
            isinstance(key, str)
            and key.startswith("toUnicodeCMap:" + base)
            and isinstance(obj, pdfdoc.PDFStream)
        ):
            return obj
    return None
