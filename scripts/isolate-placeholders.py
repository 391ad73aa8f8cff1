"""Wrap every {placeholder} of a right-to-left translation in Unicode isolates (FSI ... PDI).

    .venv/bin/python scripts/isolate-placeholders.py [i18n/familysafe_ar.ts ...]

In an Arabic sentence, a name or an app in Latin letters ("{app} لـ {name}: ...") otherwise
decides the direction of the whole line when it comes first, and its punctuation can jump to the
wrong side. Isolated, it keeps its own order and the sentence stays right to left. Isolates have
no ink, but the command line shows them as escapes (cli/terminal.py), so only the window's own
sentences get them: a context that code below the window translates (familysafe.words: the
command line, documents, the planner) is left alone, and the window marks those lines right to
left itself (ui/bidi.py). A file name ("{title} {date}.pdf") is left alone too. Run by
scripts/update-translations.sh; idempotent.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RIGHT_TO_LEFT = ("ar",)
FSI, PDI = "\u2068", "\u2069"
PLACEHOLDER = re.compile(r"(?<!\u2068)\{[a-z_]+\}(?!\u2069)")
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>.*?</context>", re.S)
MESSAGE = re.compile(r"<message\b.*?</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TEXT = re.compile(r"(<(translation|numerusform)\b[^>]*>)(.*?)(</\2>)", re.S)
FILE_NAME = re.compile(r"\.[a-z]{2,4}$")


def isolate(text: str) -> str:
    """``text`` with each placeholder not yet isolated wrapped in FSI ... PDI."""
    return PLACEHOLDER.sub(lambda m: FSI + m.group(0) + PDI, text)


def isolate_message(message: str) -> str:
    source = SOURCE.search(message)
    if source is None or FILE_NAME.search(source.group(1).strip()):
        return message
    return TEXT.sub(lambda m: m.group(1) + isolate(m.group(3)) + m.group(4), message)


def contexts_below_the_window() -> set[str]:
    """The contexts that familysafe.words translates (outside familysafe/ui)."""
    call = re.compile(r"\b(?:translate|Counted)\(\s*\"(\w+)\"")
    found = set()
    for path in (ROOT / "familysafe").rglob("*.py"):
        if "ui" not in path.relative_to(ROOT / "familysafe").parts:
            found.update(call.findall(path.read_text(encoding="utf-8")))
    return found


def isolate_context(context: str, below: set[str]) -> str:
    name = re.search(r"<name>(.*?)</name>", context)
    if name is None or name.group(1) in below:
        return context
    return MESSAGE.sub(lambda m: isolate_message(m.group(0)), context)


def isolate_file(path: Path) -> bool:
    """Rewrite ``path`` in place; True when something changed."""
    before = path.read_text(encoding="utf-8")
    below = contexts_below_the_window()
    after = CONTEXT.sub(lambda m: isolate_context(m.group(0), below), before)
    if after != before:
        path.write_text(after, encoding="utf-8")
    return after != before


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [
        ROOT / "i18n" / f"familysafe_{lang}.ts" for lang in RIGHT_TO_LEFT
    ]
    for path in paths:
        if isolate_file(path):
            print(f"isolated placeholders in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
