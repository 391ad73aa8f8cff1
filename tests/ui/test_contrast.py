"""Issue 16 item 5: every text in every window and dialog reads at 4.5:1 or more against what it
is drawn on, in a light and in a dark palette (the colours come from the real widgets' palettes,
after the theme and any style sheet have done their work)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow
from tests.ui.ui_windows import close, seeded, window_makers

ACTIVE = QPalette.ColorGroup.Active


def dark_palette() -> QPalette:
    """A dark palette as a desktop sets it: the one ``scripts/screenshots.py`` draws its dark
    pictures with, so the pictures show what this test measures."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("screenshots_script", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.dark_palette()


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    theme.apply()
    yield request.param
    qapp.setPalette(before)
    theme.apply()


def background(widget: QWidget) -> QColor:
    """The colour a widget's text is drawn on: the nearest ancestor that fills its background
    (a list's viewport fills it with Base)."""
    while widget.parentWidget() is not None and not widget.autoFillBackground():
        widget = widget.parentWidget()
    return widget.palette().color(ACTIVE, widget.backgroundRole())


def pairs(window: QWidget):
    """(what, text colour, background colour) for each piece of text shown in ``window``."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        p = widget.palette()
        if isinstance(widget, QLabel) and widget.text():
            fg = p.color(ACTIVE, widget.foregroundRole())
            yield widget.text()[:40], fg, background(widget)
            assert widget.isEnabled(), f"greyed-out text: {widget.text()[:40]}"
            if "<a " in widget.text():
                yield (
                    "link in " + widget.text()[:30],
                    p.color(ACTIVE, p.ColorRole.Link),
                    (background(widget)),
                )
        elif isinstance(widget, QAbstractButton) and widget.text() and widget.isEnabled():
            if isinstance(widget, (QCheckBox, QRadioButton)):
                yield widget.text(), p.color(ACTIVE, p.ColorRole.WindowText), background(widget)
            elif isinstance(widget, QPushButton):
                yield (
                    widget.text(),
                    p.color(ACTIVE, p.ColorRole.ButtonText),
                    p.color(ACTIVE, p.ColorRole.Button),
                )
        elif isinstance(widget, QAbstractItemView):
            role = p.ColorRole
            yield "list text", p.color(ACTIVE, role.Text), p.color(ACTIVE, role.Base)
            yield "list row", p.color(ACTIVE, role.Text), p.color(ACTIVE, role.AlternateBase)
            yield (
                "chosen row",
                p.color(ACTIVE, role.HighlightedText),
                p.color(ACTIVE, role.Highlight),
            )
            yield "search hint", p.color(ACTIVE, role.PlaceholderText), p.color(ACTIVE, role.Base)


def low(window: QWidget) -> list[tuple[str, float]]:
    found = []
    for what, fg, bg in pairs(window):
        ratio = theme.contrast(fg, bg)
        if ratio < 4.5:
            found.append((what, round(ratio, 2)))
    return found


def test_every_page_reads_at_4_5_to_1(qtbot, ctx, palette):
    seeded(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    checked = 0
    for index in range(window.pages.count()):
        window.show_page(index)
        page = window.pages.widget(index)
        for tab in page.findChildren(QTabWidget):
            for number in range(tab.count()):
                tab.setCurrentIndex(number)
                qtbot.wait(1)
                assert low(window) == [], (page.title, tab.tabText(number))
        qtbot.wait(1)
        assert low(window) == [], page.title
        checked += sum(1 for _ in pairs(window))
    assert checked > 150  # really looked at the pages' text
    window.open_checklist(ctx.services.household.children()[0].name, "roblox")
    qtbot.wait(1)
    notes = [x for x in window.findChildren(QLabel) if x.text().startswith("Facts checked")]
    assert notes and notes[0].isVisibleTo(window)  # the softer line was among them
    assert low(window) == []
    close(window)


def test_every_dialog_reads_at_4_5_to_1(qtbot, ctx, palette):
    seeded(ctx)
    for name, make in window_makers(ctx):
        window = make()
        window.show()
        qtbot.wait(1)
        assert list(pairs(window)), name
        assert low(window) == [], name
        close(window)


def test_a_dark_palette_is_followed_with_readable_links_and_highlights(qapp, palette):
    p = qapp.palette()
    if palette == "dark":
        assert theme.is_dark(p)
        assert p.color(p.ColorRole.Window).name() == "#202124"  # the system's, kept
    role = p.ColorRole
    assert theme.contrast(p.color(role.Link), p.color(role.Base)) >= 4.5
    assert theme.contrast(p.color(role.PlaceholderText), p.color(role.Base)) >= 4.5
    assert theme.contrast(p.color(role.HighlightedText), p.color(role.Highlight)) >= 4.5


def test_a_palette_change_is_followed_by_error_and_quiet_text(qtbot, qapp):
    from familysafe.ui.widgets.field_error import FieldError

    before = qapp.palette()
    error = FieldError()
    qtbot.addWidget(error)
    quiet = QLabel("Facts checked on 1 November 2026")
    qtbot.addWidget(quiet)
    theme.tint(quiet, theme.quiet_text)
    try:
        for p in (before, dark_palette()):
            qapp.setPalette(p)
            theme.apply()
            QApplication.processEvents()
            for label in (error, quiet):
                fg = label.palette().color(ACTIVE, QPalette.ColorRole.WindowText)
                assert theme.contrast(fg, background(label)) >= 4.5
            text = quiet.palette().color(QPalette.ColorRole.WindowText)
            assert text != qapp.palette().color(QPalette.ColorRole.WindowText)  # softer
    finally:
        qapp.setPalette(before)
        theme.apply()
