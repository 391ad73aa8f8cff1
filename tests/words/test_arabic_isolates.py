"""Every name or number put into one of the window's Arabic sentences is isolated (FSI ... PDI),
so a Latin name first does not turn the line left to right; sentences the command line prints
have none (scripts/isolate-placeholders.py keeps the file so)."""

import importlib.util
import shutil

from familysafe import paths

SCRIPT = paths.i18n_dir().parent / "scripts" / "isolate-placeholders.py"


def script():
    spec = importlib.util.spec_from_file_location("isolate_placeholders", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_arabic_window_sentences_have_their_placeholders_isolated(tmp_path):
    copy = tmp_path / "familysafe_ar.ts"
    shutil.copy(paths.i18n_dir() / "familysafe_ar.ts", copy)
    assert not script().isolate_file(copy), "run: .venv/bin/python scripts/isolate-placeholders.py"


def test_isolating_leaves_the_command_lines_contexts_and_file_names_alone(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        "<TS><context><name>EntryCard</name>"
        "<message><source>{app} for {name}</source><translation>{app} لـ {name}</translation>"
        "</message><message><source>{title} {date}.pdf</source>"
        "<translation>{title} {date}.pdf</translation></message></context>"
        "<context><name>Errors</name><message><source>{name} is new</source>"
        "<translation>{name} جديد</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert script().isolate_file(ts)
    text = ts.read_text(encoding="utf-8")
    assert "\u2068{app}\u2069 لـ \u2068{name}\u2069" in text
    assert "<translation>{title} {date}.pdf</translation>" in text
    assert "<translation>{name} جديد</translation>" in text
    assert not script().isolate_file(ts)  # idempotent
