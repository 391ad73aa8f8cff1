"""Every window and dialog fits the screen at 100/125/150/200% scaling (issue 16, item 3).

The screen is made small the way scaling makes it: its available area in logical pixels is the
physical size (less a 40-pixel taskbar) divided by the scale."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication
from ui_windows import close, seeded, window_makers

from familysafe.ui import window_fit
from familysafe.ui.appearance import apply_text_size

SCREENS = [
    (1366, 768, 100),
    (1366, 768, 125),
    (1366, 768, 150),
    (1920, 1080, 125),
    (1920, 1080, 150),
    (1920, 1080, 200),
]


def area(width: int, height: int, scale: int) -> QRect:
    return QRect(0, 0, width * 100 // scale, (height - 40) * 100 // scale)


@pytest.fixture
def screen(request, monkeypatch, qapp):
    fit = window_fit.install(qapp)
    yield lambda rect: monkeypatch.setattr(window_fit, "available_geometry", lambda _w: rect)
    qapp.removeEventFilter(fit)


def inside_scroll_area(widget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window, rect: QRect, name: str) -> None:
    assert window.width() <= rect.width(), name
    assert window.height() + window_fit.TITLE_BAR <= rect.height(), name
    hint = window.minimumSizeHint()
    assert hint.width() <= rect.width() and hint.height() <= rect.height(), (name, hint)
    assert rect.contains(window.frameGeometry().topLeft()), name
    # Buttons outside the scrolling parts (Save, Close, Cancel) are whole and in sight.
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or inside_scroll_area(button):
            continue
        top_left = button.mapTo(window, button.rect().topLeft())
        bottom_right = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(top_left) and window.rect().contains(bottom_right), (
            name,
            button.text(),
        )


@pytest.mark.parametrize("width,height,scale", SCREENS, ids=lambda v: str(v))
def test_every_window_and_dialog_fits_the_screen(ctx, qtbot, screen, width, height, scale):
    rect = area(width, height, scale)
    screen(rect)
    for name, make in window_makers(seeded(ctx)):
        window = make()
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        assert_fits(window, rect, name)
        if name == "main window":
            for index in range(window.pages.count()):
                window.show_page(index)
                QApplication.processEvents()
                assert_fits(window, rect, f"{name}, page {index}")
        close(window)


def test_the_largest_text_fits_a_scaled_laptop_screen(ctx, qtbot, screen):
    rect = area(1366, 768, 125)
    screen(rect)
    apply_text_size(150)
    try:
        for name, make in window_makers(seeded(ctx)):
            window = make()
            qtbot.addWidget(window)
            window.show()
            QApplication.processEvents()
            assert_fits(window, rect, name)
            close(window)
    finally:
        apply_text_size(100)


def test_a_large_dialog_is_made_to_fit_and_moved_inside(qtbot, screen, qapp):
    from PySide6.QtWidgets import QDialog

    rect = QRect(100, 50, 910, 485)
    screen(rect)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1469, 1019)
    dialog.move(0, 0)
    dialog.show()
    assert dialog.width() <= 910 and dialog.height() <= 485 - window_fit.TITLE_BAR
    assert rect.contains(dialog.frameGeometry().topLeft())
