"""The floors below ui/ never load Qt, start-up stays light, and the front ends stand side by
side on the shared floors: ui/ and cli/ never import each other, system/ never imports export/,
and words/ (like every floor below the front ends) imports neither of them."""

import ast
import subprocess
import sys
from pathlib import Path

import familysafe

BELOW_UI = [
    "familysafe.core",
    "familysafe.store",
    "familysafe.content",
    "familysafe.export",
    "familysafe.services",
    "familysafe.system",
    "familysafe.paths",
    "familysafe.words",
]


def run_python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout


def test_nothing_below_ui_imports_pyside6():
    code = f"""
import importlib, pkgutil, sys
for name in {BELOW_UI!r}:
    module = importlib.import_module(name)
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
        importlib.import_module(info.name)
print(sorted(m for m in sys.modules if m.startswith("PySide6")))
"""
    assert run_python(code).strip() == "[]"


def test_window_start_up_does_not_load_reportlab_or_content():
    code = """
import sys
import familysafe.ui.main_window, familysafe.ui.app
print(sorted(m for m in sys.modules
             if m.split('.')[0] in ('reportlab', 'icalendar', 'tomllib', 'uharfbuzz', 'pypdfium2')))
"""
    assert run_python(code).strip() == "[]"


# --- who may import whom (read from the source, so a lazy import inside a function counts) ---

PACKAGE = Path(familysafe.__file__).parent


def imports_of(folder: str) -> dict[str, set[str]]:
    """Every ``familysafe`` module imported by each file under ``familysafe/<folder>``."""
    found: dict[str, set[str]] = {}
    root = PACKAGE / folder
    files = [root.with_suffix(".py")] if root.with_suffix(".py").is_file() else root.rglob("*.py")
    for path in files:
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(path.relative_to(PACKAGE.parent))] = names
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path} imports {name}"
        for path, names in imports_of(folder).items()
        for name in names
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def test_the_front_ends_do_not_import_each_other():
    assert offenders("ui", ("familysafe.cli",)) == []
    assert offenders("cli", ("familysafe.ui",)) == []


def test_system_does_not_import_export():
    assert offenders("system", ("familysafe.export",)) == []


def test_words_and_everything_below_the_front_ends_never_import_them():
    for folder in ("words", "services", "core", "store", "content", "export", "system", "files"):
        assert offenders(folder, ("familysafe.ui", "familysafe.cli", "PySide6")) == []


def test_the_scan_sees_lazy_imports():
    sample = imports_of("ui")["familysafe/ui/app.py"]
    assert "familysafe.services.session" in sample  # imported inside a function


def test_the_light_commands_never_import_pyside6():
    """The modules of ``--version``, ``--help``, ``due``, ``member list`` and ``suggest`` (every
    command module, for ``--help``) with everything they import at module level."""
    code = """
import sys
from familysafe.cli import all_groups, groups_for
from familysafe.cli.parser import build
for argv in (["--version"], ["due"], ["member"], ["suggest"]):
    build(groups_for(argv))
build(all_groups())
print(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")))
"""
    assert run_python(code).strip() == "[]"
    assert offenders("cli", ("PySide6",)) == []


def test_the_command_line_subclasses_no_private_argparse_class():
    for path in (PACKAGE / "cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = [ast.unparse(b) for b in node.bases]
                assert not [b for b in bases if b.startswith("argparse._")], (path, bases)
