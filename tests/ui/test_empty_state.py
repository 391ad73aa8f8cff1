"""First-run explanations are shown whole, in every language and text size."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from familysafe import paths
from familysafe.ui.appearance import apply_text_size
from familysafe.ui.translators import install_translators
from familysafe.ui.widgets.empty_state import EmptyState

BIN = Path(sys.executable).parent


@pytest.fixture(params=["en_GB", "es_ES"])
def language(request, qapp):
    if request.param.startswith("es"):
        qm = paths.i18n_dir() / "familysafe_es.qm"
        ts = qm.with_suffix(".ts")
        subprocess.run([BIN / "pyside6-lrelease", "-silent", ts, "-qm", qm], check=True)
    install_translators(QLocale(request.param))
    yield request.param
    install_translators(QLocale("en_GB"))


@pytest.fixture(params=[100, 150])
def text_size(request, qapp):
    apply_text_size(request.param)
    yield request.param
    apply_text_size(100)


def pages_with_empty_states(ctx):
    from familysafe.ui.child.apps_tab import AppsTab
    from familysafe.ui.pages.family import FamilyPage
    from familysafe.ui.pages.today import TodayPage

    return [TodayPage(ctx), FamilyPage(ctx), AppsTab(ctx)]


@pytest.mark.parametrize("width", [420, 700, 1100])
def test_every_first_run_explanation_is_shown_whole(ctx, qtbot, language, text_size, width):
    for page in pages_with_empty_states(ctx):
        qtbot.addWidget(page)
        page.resize(width, 700)
        page.show()
        qtbot.waitExposed(page)
        empty = page.findChild(EmptyState)
        assert empty.isVisible()
        for label in empty.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            needed = label.heightForWidth(label.width()) if label.wordWrap() else -1
            if needed < 0:
                needed = label.sizeHint().height()
            assert label.height() >= needed, (type(page).__name__, label.text()[:30])
            assert label.width() <= empty.width()
        page.close()
