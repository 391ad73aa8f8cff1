"""Every page and dialog in the pseudo-locale (accented, 40% longer, bracketed): no label or button
is clipped, no page overflows sideways, and every visible word of ours is translated.

The pseudo-locale is built from the .ts sources by scripts/pseudo-translation.py, as
``FAMILYSAFE_LANG=pseudo`` does in development. What is not ours to translate is allowed through:
the family's own words (names, notes) and the content (topic titles, app names, countries), which
is translated by overlays, not by the .ts files.
"""

from __future__ import annotations

import dataclasses
import html
import importlib.util
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from familysafe import paths
from familysafe.content.loader import library
from familysafe.core.clock import FixedClock
from familysafe.services import demo, open_services
from familysafe.ui.context import AppContext
from familysafe.ui.translators import install_translators, user_locale
from familysafe.words.languages import available_languages

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 11, 23)
SIZE = (1100, 760)
BRACKETED = re.compile(r"\[[^\[\]]*\]")
SEPARATORS = re.compile(r"[·•,:;()“”\"«»…/\n\t–—+=|!?%]|\s-\s|\.\s|\.$")


def _script():
    spec = importlib.util.spec_from_file_location(
        "pseudo_translation", ROOT / "scripts" / "pseudo-translation.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Every shipped language is laid out too (German runs longest); only the pseudo-locale shows
# which text escaped translation.
LANGUAGES = ["pseudo", *(code for code in available_languages() if code != "en")]


@pytest.fixture(params=LANGUAGES)
def language(request, qapp, tmp_path, monkeypatch):
    folder = tmp_path / "i18n"
    folder.mkdir()
    if request.param == "pseudo":
        _script().build(folder / "familysafe_pseudo.qm")
    else:
        ts = paths.i18n_dir() / f"familysafe_{request.param}.ts"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        qm = folder / f"familysafe_{request.param}.qm"
        subprocess.run([lrelease, "-silent", ts, "-qm", qm], check=True)
    monkeypatch.setattr(paths, "i18n_dir", lambda: folder)
    monkeypatch.setenv("FAMILYSAFE_LANG", request.param)
    assert install_translators(user_locale())
    yield request.param
    monkeypatch.delenv("FAMILYSAFE_LANG")
    install_translators(QLocale("en_GB"))


@pytest.fixture
def family(tmp_path, language):
    services = open_services(tmp_path / "data", FixedClock.on(DAY), language)
    demo.seed(services)
    yield AppContext(services, demo=True)
    services.close()


def _strings(value, into: set[str]) -> None:
    if isinstance(value, str):
        into.add(value.strip())
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            _strings(getattr(value, f.name), into)
    elif isinstance(value, dict):
        for k, v in value.items():
            _strings(k, into)
            _strings(v, into)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _strings(v, into)


def not_ours(ctx) -> tuple[set[str], set[str]]:
    """Texts (and their words) that are the family's or the content's, not the .ts files'."""
    texts: set[str] = {"FamilySafe"}
    _strings(library(None), texts)
    s = ctx.services
    texts.update(m.name for m in s.household.members())
    texts.add(str(s.data_dir))
    _strings(s.planner.history(), texts)
    _strings(demo._LINES, texts)  # the sample family's own agreement lines
    locale = QLocale("en_US")
    for i in range(1, 13):
        texts.add(locale.monthName(i))
        texts.add(locale.monthName(i, QLocale.FormatType.ShortFormat))
    for i in range(1, 8):
        texts.add(locale.dayName(i))
    words = {w for t in texts if len(t) <= 80 for w in re.findall(r"[A-Za-z]+", t)}
    return texts, words


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append((w, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((w, w.title()))
        elif isinstance(w, QTabBar):
            found += [(w, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [(w, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append((w, w.placeholderText()))
        if w.isWindow():
            found.append((w, w.windowTitle()))
    return [(w, t) for w, t in found if t and t.strip()]


def escaped(text: str, texts: set[str], words: set[str]) -> bool:
    """True when ``text`` holds words that are neither bracketed nor the family's/content's."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
    rest = BRACKETED.sub(" ", plain)
    for fragment in SEPARATORS.split(rest):
        fragment = fragment.strip(" .")
        if not re.search(r"[A-Za-z]{2,}", fragment) or fragment in texts:
            continue
        if any(t and fragment in t for t in texts if len(t) <= 200):
            continue
        if all(w in words for w in re.findall(r"[A-Za-z]+", fragment)):
            continue
        return True
    return False


def clipped(w: QWidget) -> str | None:
    """Why ``w`` does not show all its text, or None."""
    if isinstance(w, QLabel) and w.text():
        if w.wordWrap():
            needed = w.heightForWidth(w.width())
            if needed > w.height() + 1:
                return f"wrapped label needs {needed}px high, has {w.height()}"
        elif w.sizeHint().width() > w.width() + 1:
            return f"label needs {w.sizeHint().width()}px wide, has {w.width()}"
    elif isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
        return f"button needs {w.sizeHint().width()}px wide, has {w.width()}"
    return None


def sideways(root: QWidget) -> list[str]:
    """Lists and scrolled areas that need a horizontal scroll bar: text overflowing sideways."""
    return [
        f"{type(root).__name__}/{type(w).__name__} {w.accessibleName()!r}: overflows sideways"
        for w in root.findChildren(QAbstractScrollArea)
        if w.isVisible() and w.horizontalScrollBar().isVisible()
    ]


def problems(root: QWidget, texts: set[str] | None, words: set[str]) -> list[str]:
    """Clipped text, and (given what is not ours, ``texts``) text that escaped translation."""
    found = []
    seen = set()
    for w, text in visible_texts(root):
        key = (id(w), text)
        if key in seen:
            continue
        seen.add(key)
        where = f"{type(root).__name__}/{type(w).__name__} {text[:60]!r}"
        if texts is not None and escaped(text, texts, words):
            found.append(f"{where}: not translated")
        if not isinstance(w, (QTabBar, QComboBox, QLineEdit)) and w is not root:
            reason = clipped(w)
            if reason and w.isVisible():
                found.append(f"{where}: clipped ({reason})")
    return found


def settle(qapp) -> None:
    for _ in range(5):
        qapp.processEvents()


def test_every_page_fits_and_is_translated(family, language, qtbot, qapp):
    from familysafe.ui.main_window import MainWindow

    texts, words = not_ours(family)
    if language != "pseudo":
        texts = None
    window = MainWindow(family)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    found = []
    for index in range(window.pages.count()):
        window.show_page(index)
        settle(qapp)
        page = window.pages.widget(index)
        found += problems(window, texts, words)
        if page.minimumSizeHint().width() > page.width():
            found.append(
                f"{type(page).__name__}: needs {page.minimumSizeHint().width()}px, "
                f"has {page.width()} (overflows sideways)"
            )
        found += sideways(page)
        for tabs in page.findChildren(QTabWidget):
            for t in range(tabs.count()):
                tabs.setCurrentIndex(t)
                settle(qapp)
                found += problems(window, texts, words)
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def dialogs(ctx):
    from familysafe.ui.dialogs.agree import AgreeDialog
    from familysafe.ui.dialogs.agreement_line import AgreementLineDialog
    from familysafe.ui.dialogs.app_picker import AppPickerDialog
    from familysafe.ui.dialogs.export_dialog import ExportDialog
    from familysafe.ui.dialogs.get_help import GetHelpDialog
    from familysafe.ui.dialogs.log_talk import LogTalkDialog
    from familysafe.ui.dialogs.member_dialog import MemberDialog
    from familysafe.ui.dialogs.welcome import WelcomeDialog

    child = ctx.services.household.get(ctx.services.household.children()[0].name)
    yield WelcomeDialog(ctx)
    yield MemberDialog(ctx)
    yield MemberDialog(ctx, child)
    yield LogTalkDialog(ctx)
    yield AppPickerDialog(ctx, child.id)
    yield GetHelpDialog(ctx)
    yield AgreeDialog(ctx)
    yield AgreementLineDialog(ctx, ctx.services.library.library.agreement[0].id)
    for kind in ("plan", "cards", "carer", "agreement"):
        yield ExportDialog(ctx, kind)


def test_every_dialog_fits_and_is_translated(family, language, qtbot, qapp):
    texts, words = not_ours(family)
    if language != "pseudo":
        texts = None
    found = []
    for dialog in dialogs(family):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qapp)
        found += problems(dialog, texts, words) + sideways(dialog)
        dialog.reject()
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_the_check_notices_an_escaped_word_and_a_clipped_label(qapp, qtbot):
    assert escaped("Save the plan", set(), set())
    assert not escaped("[Šàṽê ·] Rosa", {"Rosa"}, {"Rosa"})
    label = QLabel("[Ŧĥîš îš à ṽêŕý ļöñĝ šêñţêñçê ţĥàţ ñêêđš ŕööɱ ·········]")
    qtbot.addWidget(label)
    label.resize(40, 20)
    label.show()
    assert clipped(label)
