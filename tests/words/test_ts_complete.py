"""Every shipped language translates every sentence, in as many plural forms as it has.

A sentence may stay unfinished only with a recorded reason: a translator comment in the ``.ts``
(Linguist's "Translator comments" field, ``<translatorcomment>``), e.g. "pending: new string,
waiting for a translator". The README ("Translations") describes the convention.
"""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from familysafe import paths

TS_FILES = sorted(paths.i18n_dir().glob("familysafe_*.ts"))

# Plural forms each language needs (CLDR, as Qt's lupdate counts them).
PLURAL_FORMS = {"ar": 6, "de": 2, "es": 2, "fr": 2, "pl": 3, "zh": 1}


def language(ts: Path) -> str:
    return ts.stem.removeprefix("familysafe_")


def problems(ts: Path) -> list[str]:
    """Sentences without a translation and without a recorded reason, and wrong plural counts."""
    found = []
    root = ET.parse(ts).getroot()
    declared = (root.get("language") or language(ts)).split("_")[0]
    forms_needed = PLURAL_FORMS.get(declared)
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            where = f"{name}: {message.findtext('source')!r}"
            translation = message.find("translation")
            reason = (message.findtext("translatorcomment") or "").strip()
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if forms_needed is not None and len(forms) != forms_needed:
                    found.append(
                        f"{where}: {len(forms)} plural forms, {declared} needs {forms_needed}"
                    )
            else:
                forms = [translation.text or ""]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            if (unfinished or not all(f.strip() for f in forms)) and not reason:
                found.append(f"{where}: untranslated, and no translator comment says why")
    return found


def accelerator(text: str) -> str | None:
    """The letter after a single ``&`` ("&Save" -> "s"); None without one, or in rich text."""
    if "<" in text:
        return None
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashing_accelerators(ts: Path) -> list[str]:
    """Translations sharing an Alt+letter within one context (one window, page or dialog)
    where the English letters are all different."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        pairs = [
            (accelerator(m.findtext("source") or ""), m.findtext("translation") or "")
            for m in context.iter("message")
            if m.get("numerus") != "yes"
        ]
        pairs = [(s, t) for s, t in pairs if s]
        if len({s for s, _ in pairs}) < len(pairs):
            continue  # the English already shares a letter here
        letters = Counter(accelerator(t) for _, t in pairs if accelerator(t))
        found += [
            f"{context.findtext('name')}: {t}"
            for _, t in pairs
            if accelerator(t) and letters[accelerator(t)] > 1
        ]
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=language)
def test_accelerators_stay_unique_in_each_window(ts):
    assert clashing_accelerators(ts) == []


def test_every_language_is_checked():
    assert TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=language)
def test_every_sentence_is_translated_or_says_why_not(ts):
    found = problems(ts)
    assert not found, (
        f"{ts.name}: translate these (pyside6-linguist {ts}), or record why not in a translator "
        "comment (see README, Translations):\n" + "\n".join(found)
    )


def test_the_check_notices_an_unexplained_gap(tmp_path):
    ts = tmp_path / "familysafe_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
        "<context><name>Page</name>"
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message><source>Wait</source><translation type="unfinished">Attendre</translation>'
        "<translatorcomment>pending: waiting for a second reader</translatorcomment></message>"
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        "<numerusform>%n jour</numerusform></translation></message>"
        "<message><source>Close</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert problems(ts) == [
        "Page: 'Open': untranslated, and no translator comment says why",
        "Page: '%n day(s)': 1 plural forms, fr needs 2",
        "Page: 'Close': untranslated, and no translator comment says why",
    ]
