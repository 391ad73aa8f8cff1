"""Build the pseudo-locale for development: ``i18n/familysafe_pseudo.qm``.

Every sentence of the ``.ts`` sources comes out accented, about 40% longer and bracketed
("&Save" -> "[&Šàvê ··]"), keeping placeholders ({name}, %1, %n), accelerators and HTML tags, so
``FAMILYSAFE_LANG=pseudo familysafe`` shows at a glance text that escaped translation (no
brackets) and layouts that clip longer languages. ``scripts/dev.sh setup`` runs it; it is never
shipped nor offered in Settings.

    .venv/bin/python scripts/pseudo-translation.py [OUT.qm]
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđêƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÊƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# Kept as they are: placeholders, Qt's %-arguments, HTML tags and entities, a literal "&&".
KEEP = re.compile(r"\{[^{}]*\}|%L?[0-9n]|<[^<>]+>|&[a-zA-Z]+;|&#?\w+;|&&")
OPEN, CLOSE, PAD = "[", "]", "·"


def pseudo(text: str) -> str:
    """``text`` accented, padded to about 140% of its letters, and bracketed."""
    out, letters, pos = [], 0, 0
    for match in KEEP.finditer(text):
        out.append(_accent(text[pos : match.start()]))
        letters += _letters(text[pos : match.start()])
        out.append(match.group())
        pos = match.end()
    out.append(_accent(text[pos:]))
    letters += _letters(text[pos:])
    pad = PAD * math.ceil(letters * 0.4)
    body = "".join(out)
    closing = f"{' ' + pad if pad else ''}{CLOSE}"
    # Rich text: the brackets go inside the outer tags, so they show as part of the text.
    lead = re.match(r"(<[^<>]+>)+", body)
    tail = re.search(r"(</[^<>]+>)+$", body)
    if lead and tail and tail.start() >= lead.end():
        inner = body[lead.end() : tail.start()]
        return f"{body[: lead.end()]}{OPEN}{inner}{closing}{body[tail.start() :]}"
    return f"{OPEN}{body}{closing}"


def _accent(text: str) -> str:
    return "".join(ACCENTED.get(c, c) for c in text)


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def messages(sources: list[Path]) -> dict[str, dict[tuple[str, str], bool]]:
    """context -> {(source, disambiguation): plural} over every ``.ts`` file."""
    found: dict[str, dict[tuple[str, str], bool]] = {}
    for ts in sources:
        for context in ET.parse(ts).getroot().iter("context"):
            into = found.setdefault(context.findtext("name") or "", {})
            for m in context.iter("message"):
                key = (m.findtext("source") or "", m.findtext("comment") or "")
                into[key] = m.get("numerus") == "yes"
    return found


def pseudo_ts(found: dict[str, dict[tuple[str, str], bool]]) -> ET.ElementTree:
    root = ET.Element("TS", version="2.1", language="en")
    for name, entries in sorted(found.items()):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for (source, comment), plural in entries.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            translation = ET.SubElement(message, "translation")
            if plural:
                message.set("numerus", "yes")
                for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                    ET.SubElement(translation, "numerusform").text = pseudo(form)
            else:
                translation.text = pseudo(source)
    return ET.ElementTree(root)


def build(out: Path) -> Path:
    sources = sorted((ROOT / "i18n").glob("familysafe_*.ts"))
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "familysafe_pseudo.ts"
        pseudo_ts(messages(sources)).write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
    return out


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "i18n" / "familysafe_pseudo.qm")
