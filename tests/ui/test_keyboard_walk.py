"""Every window and dialog, walked as a keyboard and screen-reader user meets it (issue 16, item
4): no two controls shown together answer the same Alt key, and every control that takes the
focus has a name a screen reader can say."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)
from ui_windows import close, seeded, window_makers

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window)


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(key, where) for every Alt key active in ``window`` as it is shown now."""
    keys = []
    for button in window.findChildren(QAbstractButton):
        if shown(button, window) and (key := mnemonic(button.text())):
            keys.append((key, button.text()))
    for label in window.findChildren(QLabel):
        if shown(label, window) and label.buddy() is not None and (key := mnemonic(label.text())):
            keys.append((key, label.text()))
    for box in window.findChildren(QGroupBox):
        if shown(box, window) and box.isCheckable() and (key := mnemonic(box.title())):
            keys.append((key, box.title()))
    for bar in window.findChildren(QTabBar):
        if shown(bar, window):
            for index in range(bar.count()):
                if key := mnemonic(bar.tabText(index)):
                    keys.append((key, bar.tabText(index)))
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible() and (key := mnemonic(action.text())):
                keys.append((key, action.text()))
    return keys


def clashes(window: QWidget) -> list[tuple[str, list[str]]]:
    by_key: dict[str, list[str]] = {}
    for key, where in mnemonics(window):
        by_key.setdefault(key, []).append(where)
    return [(key, wheres) for key, wheres in by_key.items() if len(wheres) > 1]


def inner_part(widget: QWidget) -> bool:
    """A part of another control (a spin box's or combo box's own line edit)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(window: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not shown(widget, window):
            continue
        if inner_part(widget) or isinstance(widget, QLabel):
            continue
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QTabBar) and widget.count():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()}".strip())
    return missing


def views(name: str, window: QWidget):
    """Each state of ``window`` worth walking: every page of the main window, every tab of a
    child's page, every kind of document."""
    from familysafe.ui import itemdata
    from familysafe.ui.dialogs.export_dialog import ExportDialog
    from familysafe.ui.main_window import MainWindow

    if isinstance(window, MainWindow):
        for index in range(window.pages.count()):
            window.show_page(index)
            QApplication.processEvents()
            if window.pages.currentWidget() is window.family_page:
                people = itemdata.values(window.family_page.list)
                for member in [m for _, m in people if m.name in ("Arun", "Priya")]:
                    window.family_page.show_member(member.id)
                    tabs = window.family_page.child_view.tabs
                    for tab in range(tabs.count()):
                        tabs.setCurrentIndex(tab)
                        QApplication.processEvents()
                        yield f"{name}: Family, {member}, tab {tab}"
            else:
                yield f"{name}: {window.pages.currentWidget().title}"
    elif isinstance(window, ExportDialog):
        for kind in ("agreement", "carer", "plan", "cards"):
            itemdata.select_choice(window.kind, kind)
            window.two_homes.setChecked(kind == "agreement")
            QApplication.processEvents()
            yield f"{name}: {kind}"
    else:
        yield name


@pytest.fixture
def windows(ctx, qtbot):
    def walk():
        for name, make in window_makers(seeded(ctx)):
            window = make()
            qtbot.addWidget(window)
            window.show()
            QApplication.processEvents()
            yield from ((view, window) for view in views(name, window))
            close(window)

    return walk


def test_no_two_controls_shown_together_share_an_alt_key(windows):
    found = {view: clashes(window) for view, window in windows()}
    bad = {view: c for view, c in found.items() if c}
    assert not bad, "\n".join(f"{v}: {c}" for v, c in bad.items())


def test_every_focusable_control_has_a_name(windows):
    found = {view: unnamed(window) for view, window in windows()}
    bad = {view: c for view, c in found.items() if c}
    assert not bad, "\n".join(f"{v}: {c}" for v, c in bad.items())


def rich(text: str) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    return GuiQt.mightBeRichText(text)


def literal_ampersands(window: QWidget) -> list[str]:
    """Labels that would show "&" where an Alt key was meant (no control to move to)."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if shown(label, window)
        and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.PlainText
        and not (label.textFormat() == Qt.TextFormat.RichText or rich(label.text()))
        and mnemonic(label.text())
    ]


def test_no_label_shows_an_ampersand_meant_as_an_alt_key(windows):
    found = {view: literal_ampersands(window) for view, window in windows()}
    bad = {view: c for view, c in found.items() if c}
    assert not bad, "\n".join(f"{v}: {c}" for v, c in bad.items())


@pytest.fixture
def spanish(qapp):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QLocale

    from familysafe import paths
    from familysafe.ui.translators import install_translators

    qm = paths.i18n_dir() / "familysafe_es.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([lrelease, "-silent", qm.with_suffix(".ts"), "-qm", qm], check=True)
    install_translators(QLocale("es_ES"))
    yield
    install_translators(QLocale("en_GB"))


def test_no_alt_key_clashes_in_spanish_either(spanish, windows):
    found = {view: clashes(window) for view, window in windows()}
    bad = {view: c for view, c in found.items() if c}
    assert not bad, "\n".join(f"{v}: {c}" for v, c in bad.items())


@pytest.fixture(params=["fr", "de", "pl", "ar", "zh_CN"])
def another_language(qapp, request):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QLocale

    from familysafe import paths
    from familysafe.ui.translators import install_translators, user_locale

    qm = paths.i18n_dir() / f"familysafe_{request.param}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([lrelease, "-silent", qm.with_suffix(".ts"), "-qm", qm], check=True)
    install_translators(user_locale(request.param))
    yield request.param
    install_translators(QLocale("en_GB"))


def test_no_alt_key_clashes_in_french_german_polish_arabic_or_chinese(another_language, windows):
    found = {}
    for view, window in windows():
        found[view] = clashes(window)
        found[f"{view} (&)"] = literal_ampersands(window)
    bad = {view: c for view, c in found.items() if c}
    assert not bad, "\n".join(f"{v}: {c}" for v, c in bad.items())
