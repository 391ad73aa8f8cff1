"""The Linguist pipeline: .ts sources are complete, compile to .qm, and the app uses them."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from familysafe import paths
from familysafe.ui.translators import install_translators
from familysafe.words.languages import available_languages
from familysafe.words.qm import QmTranslations, plural_form

BIN = Path(sys.executable).parent
TS_FILES = sorted(paths.i18n_dir().glob("familysafe_*.ts"))


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_there_is_at_least_one_translation():
    assert TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_ts_files_hold_every_string_in_the_code(ts, tmp_path):
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    code = sorted(str(p) for p in Path("familysafe").rglob("*.py"))
    subprocess.run(
        [
            BIN / "pyside6-lupdate",
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *code,
            "-ts",
            fresh,
        ],
        check=True,
        cwd=paths.i18n_dir().parent,
    )
    missing = sources(fresh) - sources(ts)
    assert not missing, "run scripts/update-translations.sh; new strings: " + repr(missing)


def forms_for_one_count(qm: Path) -> set[int]:
    """The plural forms the language uses for exactly one count (Arabic: 0, 1 and 2)."""
    rules = QmTranslations.load(qm).numerus_rules
    counts: dict[int, set[int]] = {}
    for n in range(1000):
        counts.setdefault(plural_form(n, rules), set()).add(n)
    return {form for form, ns in counts.items() if len(ns) == 1}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_ts_compiles_and_placeholders_survive(ts, tmp_path):
    qm = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([BIN / "pyside6-lrelease", "-silent", ts, "-qm", qm], check=True)
    assert qm.stat().st_size > 0
    single = forms_for_one_count(qm)
    for msg in ET.parse(ts).getroot().iter("message"):
        source = msg.findtext("source")
        if msg.get("numerus") == "yes":  # every plural form keeps the count and the names,
            # except a form used for one count only (Arabic says "two talks" as one word)
            forms = [f.text or "" for f in msg.iter("numerusform")]
            assert all("%n" in form for i, form in enumerate(forms) if form and i not in single), (
                source,
                forms,
            )
        else:
            forms = [msg.findtext("translation") or ""]
        for translation in (f for f in forms if f):
            for token in ("{name}", "{band}", "{limit}", "{born}", "{app}", "{years}"):
                assert (token in source) == (token in translation), (source, translation)


@pytest.fixture
def spanish(qapp):
    qm = paths.i18n_dir() / "familysafe_es.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", qm.with_suffix(".ts"), "-qm", qm], check=True
    )
    assert install_translators(QLocale("es_ES"))
    yield
    install_translators(QLocale("en_GB"))


def test_the_window_speaks_the_users_language(spanish, ctx, qtbot):
    from familysafe.ui.pages.family import FamilyPage

    assert "es" in available_languages()
    page = FamilyPage(ctx)
    qtbot.addWidget(page)
    assert page.title == "Familia"
    assert page.add_child_button.text() == "Añadir un &niño o niña"


def test_dates_follow_the_locale(spanish):
    from datetime import date

    from familysafe.ui.formatting import long_date

    assert "noviembre" in long_date(date(2026, 11, 23))
