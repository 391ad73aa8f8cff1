"""Reading compiled Qt Linguist translations (``.qm`` files) without Qt.

The command line and the layers below the window translate with the same ``.qm`` files the window
gives Qt's ``QTranslator``, but must not load Qt. This is a small reader of that format that looks
messages up exactly as ``QTranslator::translate`` does (a test compares the two on every message):

- the file starts with a 16-byte magic number, then tagged sections: a one-byte tag and a 32-bit
  big-endian length. ``0x42`` holds (hash, offset) pairs sorted by hash, ``0x69`` the messages,
  ``0x2f`` a hash table of the contexts present, ``0x88`` the plural (numerus) rules.
- a message is a run of tagged fields ending with ``0x01``: translations ``0x03`` (UTF-16BE; one
  per plural form), source text ``0x06``, context ``0x07`` and comment ``0x08`` (UTF-8). A field
  that is absent matches anything.
- the hash is the ELF hash of the source text followed by the comment (the disambiguation); when
  nothing is found with the comment, the lookup is tried again without it.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES = 0x2F, 0x42, 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 0x01, 0x03, 0x05, 0x06, 0x07, 0x08

# Numerus rule byte code (Qt's translator_p.h).
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """The file is not a compiled Linguist translation this reader understands."""


def elf_hash(data: bytes, h: int = 0) -> int:
    """Continue the ELF hash ``h`` over ``data`` (up to its first NUL byte, as C strings end)."""
    for byte in data:
        if byte == 0:
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form (0, 1, ...) the numerus ``rules`` give for the count ``n`` (n >= 0)."""
    if not rules:
        return 0
    size, i, result = len(rules), 0, 0
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op, right = opcode & _OP_MASK, rules[i + 1]
                i += 2
                if op == _EQ:
                    truth = left == right
                elif op == _LT:
                    truth = left < right
                elif op == _LEQ:
                    truth = left <= right
                else:  # _BETWEEN
                    truth = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _NEWRULE


def _valid_rules(rules: bytes) -> bool:
    """The same check Qt makes before trusting the numerus rules."""
    size, offset = len(rules), 0
    if not size:
        return True
    while True:
        opcode = rules[offset]
        if opcode & 0x80:
            return False
        offset += 1
        if offset == size:
            return False
        offset += 1
        op = opcode & _OP_MASK
        if op == _BETWEEN:
            if offset == size:
                return False
            offset += 1
        elif op not in (_EQ, _LT, _LEQ):
            return False
        if offset == size:
            return True
        if rules[offset] not in (_AND, _OR, _NEWRULE):
            return False
        offset += 1
        if offset == size:
            return False


def _same(found: bytes, wanted: bytes) -> bool:
    return (found[:-1] if found.endswith(b"\0") else found) == wanted


class QmTranslations:
    """One ``.qm`` file's messages, looked up as Qt does."""

    def __init__(self, data: bytes) -> None:
        if len(data) <= len(MAGIC) or not data.startswith(MAGIC):
            raise QmError("not a Qt translation file (wrong magic number)")
        sections: dict[int, bytes] = {}
        pos, end = len(MAGIC), len(data)
        while pos < end - 4:
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            pos += 5
            if not tag or not length:
                break
            if end - pos < length:
                raise QmError("a section runs past the end of the file")
            sections[tag] = data[pos : pos + length]
            pos += length
        if _HASHES not in sections or _MESSAGES not in sections:
            raise QmError("no messages in the file")
        self._offsets = sections[_HASHES]
        self._messages = sections[_MESSAGES]
        self._contexts = sections.get(_CONTEXTS, b"")
        self.numerus_rules = sections.get(_NUMERUS_RULES, b"")
        if not _valid_rules(self.numerus_rules):
            raise QmError("the plural rules are damaged")
        count = len(self._offsets) // 8
        pairs = struct.unpack_from(f">{2 * count}I", self._offsets)
        self._hashes = pairs[0::2]
        self._starts = pairs[1::2]

    @classmethod
    def load(cls, path: str | Path) -> QmTranslations:
        return cls(Path(path).read_bytes())

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None when the file has none (as Qt's null string)."""
        ctx, src = context.encode(), source.encode()
        comment = (disambiguation or "").encode()
        if self._contexts and not self._has_context(ctx):
            return None
        if not self._hashes:
            return None
        form = plural_form(n, self.numerus_rules) if n >= 0 else 0
        from bisect import bisect_left

        while True:
            h = elf_hash(comment, elf_hash(src)) or 1
            i = bisect_left(self._hashes, h)
            while i < len(self._hashes) and self._hashes[i] == h:
                found = self._message(self._starts[i], ctx, src, comment, form)
                if found is not None:
                    return found
                i += 1
            if not comment:
                return None
            comment = b""

    def _has_context(self, context: bytes) -> bool:
        table = self._contexts
        (size,) = struct.unpack_from(">H", table, 0)
        if not size:
            return False
        slot = (elf_hash(context) or 1) % size
        (offset,) = struct.unpack_from(">H", table, 2 + 2 * slot)
        if offset == 0:
            return False
        pos = 2 + 2 * size + 2 * offset
        while pos < len(table):
            length = table[pos]
            if length == 0:
                return False
            if _same(table[pos + 1 : pos + 1 + length], context):
                return True
            pos += 1 + length
        return False

    def _message(
        self, start: int, context: bytes, source: bytes, comment: bytes, form: int
    ) -> str | None:
        m, data = start, self._messages
        translation: bytes | None = None
        while True:
            tag = data[m] if m < len(data) else 0
            m += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                m += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                return None
            (length,) = struct.unpack_from(">I", data, m)
            m += 4
            if tag == _TRANSLATION:
                if length == 0xFFFFFFFF:
                    length = 0
                if form == 0:
                    translation = data[m : m + length]
                form -= 1
            else:
                field = data[m : m + length]
                if tag == _COMMENT:
                    # As Qt: the byte after the length decides (an empty field's is the next tag).
                    if m < len(data) and data[m] and not _same(field, comment):
                        return None
                elif not _same(field, source if tag == _SOURCE else context):
                    return None
            m += length
        return None if translation is None else translation.decode("utf-16-be")

    def messages(self) -> list[tuple[str, str, str, int]]:
        """Every message as (context, source, comment, number of forms), for tests and tools.
        Fields the file does not hold come back empty."""
        found = []
        for start in sorted(set(self._starts)):
            fields: dict[int, bytes] = {}
            forms, m, data = 0, start, self._messages
            while m < len(data) and data[m] != _END:
                tag = data[m]
                if tag == _OBSOLETE1:
                    m += 5
                    continue
                (length,) = struct.unpack_from(">I", data, m + 1)
                length = 0 if length == 0xFFFFFFFF else length
                if tag == _TRANSLATION:
                    forms += 1
                else:
                    fields[tag] = data[m + 5 : m + 5 + length].rstrip(b"\0")
                m += 5 + length
            found.append(
                (
                    fields.get(_CONTEXT, b"").decode(),
                    fields.get(_SOURCE, b"").decode(),
                    fields.get(_COMMENT, b"").decode(),
                    forms,
                )
            )
        return found
