"""What the command line writes never drives the terminal.

Names, notes and other words of the family are printed as they were typed, except characters
that a terminal would obey rather than show: control characters (other than new lines and
tabs), escape sequences, direction overrides and isolates, line and paragraph separators, and
text that is not valid Unicode. Those are written as ``\\uXXXX``, which JSON reads back as the
same character, so ``--json`` output keeps its meaning.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import
if TYPE_CHECKING:
    from typing import TextIO

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)


def shown(text: str) -> str:
    """``text`` with every character a terminal would obey written as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    """``text`` on one line: line breaks shown as ``\\n`` (for one-line messages)."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


class SafeStream:
    """A text stream that passes everything through :func:`shown`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
