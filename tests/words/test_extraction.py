"""Every translated call in the code is one ``pyside6-lupdate`` extracts, as it is meant.

lupdate reads Python with its own parser and silently skips what it does not understand: a text
passed through a variable or a wrapper, keyword arguments, or a plural count that is not a literal
number. So the calls are found here with Python's own parser and compared with what lupdate
lists: a call it misses, or lists differently, is a sentence translators would never see.
"""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import familysafe

BIN = Path(sys.executable).parent
PACKAGE = Path(familysafe.__file__).parent
# The lookup itself (``QmTranslations.translate``, the catalogue's call to it, and the command
# line's help texts looked up when help is shown).
IMPLEMENTATION = {
    PACKAGE / "words" / "qm.py",
    PACKAGE / "words" / "catalogue.py",
    PACKAGE / "cli" / "helptext.py",
}

Message = tuple[str, str, str, bool]  # context, source, disambiguation, plural


class Calls(ast.NodeVisitor):
    def __init__(self, label: str) -> None:
        self.label = label
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.unreadable: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name == "translate" and len(node.args) >= 2:
            self._add(node, context=node.args[0], rest=node.args[1:])
        elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
            owner = node.func.value
            # ``Planner.tr(...)`` (a ``words.catalogue.Counted``): lupdate takes the name before
            # ``.tr`` as the context, and reads plural forms only from ``tr`` calls.
            named = isinstance(owner, ast.Name) and owner.id not in ("self", "cls")
            context = ast.Constant(owner.id) if named else None
            self._add(node, context=context, rest=node.args)
        self.generic_visit(node)

    def _add(self, node: ast.Call, context: ast.expr | None, rest: list[ast.expr]) -> None:
        where = f"{self.label}:{node.lineno}"
        in_class = self.classes[-1] if self.classes else None
        ctx = in_class if context is None else _literal(context)
        text = _literal(rest[0])
        comment = _literal(rest[1]) if len(rest) > 1 else ""
        if ctx is None or text is None or comment is None or node.keywords or len(rest) > 3:
            self.unreadable.append(where)
            return
        self.found.append((ctx, text, comment, len(rest) == 3))


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, str)):
        return node.value or ""
    return None


def code_messages() -> tuple[set[Message], list[str]]:
    found, unreadable = set(), []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in IMPLEMENTATION:
            continue
        calls = Calls(str(path.relative_to(PACKAGE.parent)))
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        found.update(calls.found)
        unreadable += calls.unreadable
    return found, unreadable


def lupdate_messages(tmp_path: Path) -> set[Message]:
    ts = tmp_path / "extracted.ts"
    code = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [BIN / "pyside6-lupdate", "-silent", "-locations", "none", *code, "-ts", ts], check=True
    )
    return {
        (
            ctx.findtext("name") or "",
            msg.findtext("source") or "",
            msg.findtext("comment") or "",
            msg.get("numerus") == "yes",
        )
        for ctx in ET.parse(ts).getroot().iter("context")
        for msg in ctx.iter("message")
    }


def test_every_translated_call_is_readable_by_lupdate():
    _, unreadable = code_messages()
    assert not unreadable, (
        "lupdate cannot read these calls: give translate(context, text[, disambiguation[, n]]) "
        "and self.tr(text[, disambiguation[, n]]) literal strings, positionally: "
        + repr(unreadable)
    )


def test_lupdate_extracts_every_translated_call_as_written(tmp_path):
    in_code, _ = code_messages()
    extracted = lupdate_messages(tmp_path)
    assert in_code, "the scan found no translated calls at all"
    missed = in_code - extracted
    assert not missed, "pyside6-lupdate does not extract these as written: " + repr(sorted(missed))
    unexplained = extracted - in_code
    assert not unexplained, "extracted, but not found by the scan: " + repr(sorted(unexplained))


def test_the_scan_notices_what_lupdate_cannot_read():
    calls = Calls("sample.py")
    calls.visit(
        ast.parse(
            "translate('Ctx', text)\n"
            "translate('Ctx', f'{x} things')\n"
            "translate('Ctx', 'Open', n=2)\n"
            "translate('Ctx', 'Fine')\n"
            "class Page:\n"
            "    def title(self):\n"
            "        return self.tr('%n things', '', 1)\n"
        )
    )
    assert calls.unreadable == ["sample.py:1", "sample.py:2", "sample.py:3"]
    assert calls.found == [("Ctx", "Fine", "", False), ("Page", "%n things", "", True)]
