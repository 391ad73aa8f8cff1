"""Every window and dialog fits the screen it opens on.

At 150% scaling a 1366x768 screen is about 910x480 "logical" pixels: a dialog sized for a large
screen would open with its Save and Close buttons off the bottom. ``fit_to_screen`` shrinks a
top-level window to the screen's available area (without the taskbar) and moves it inside;
``ScreenFit``, installed once on the application, does it for every window and dialog as it is
shown, Qt's own dialogs (print, files, messages) included (start-up fits the main window).
What no longer fits scrolls: the windows put their tall parts in scroll areas (``scrolling``),
so their minimum size stays small.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QScrollArea, QWidget

from familysafe.ui.qt_enums import set_enum

TITLE_BAR = 32  # room left for the window's title bar before the desktop has drawn it


def available_geometry(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (no taskbar, no panels)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Make ``window`` no larger than its screen's available area, and move it inside."""
    area = available_geometry(window)
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w = frame.width() - inner.width()
    extra_h = max(frame.height() - inner.height(), TITLE_BAR)  # the title bar may be unknown
    width = max(1, min(window.width(), area.width() - extra_w))
    height = max(1, min(window.height(), area.height() - extra_h))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    left = min(max(frame.x(), area.x()), area.x() + area.width() - width - extra_w)
    top = min(max(frame.y(), area.y()), area.y() + area.height() - height - extra_h)
    if (left, top) != (frame.x(), frame.y()):
        window.move(max(left, area.x()), max(top, area.y()))


class ScreenFit(QObject):
    """Fits every window and dialog to its screen as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, (QDialog, QMainWindow))
            and watched.isWindow()
        ):
            fit_to_screen(watched)
        return False


def install(app: QApplication) -> ScreenFit:
    """Fit every window and dialog shown from now on (once per application).

    Start-up installs it only after the main window's first paint (fitting that window itself
    before it shows it): an event filter on the whole application is handed every
    event of every object, and the first object of one of Qt's private classes it is handed
    (there is one at the first widget) makes PySide6 create every class of QtCore, QtGui and
    QtWidgets that it had left for later, with their enums: about 40 ms and 5 MiB."""
    global _fit
    if _fit is None or not shiboken6.isValid(_fit) or _fit.parent() is not app:
        _fit = ScreenFit(app)
    app.installEventFilter(_fit)  # Qt installs a filter once, however often it is asked
    return _fit


def uninstall(app: QApplication) -> None:
    """Fit no more windows (tests)."""
    if _fit is not None and shiboken6.isValid(_fit):
        app.removeEventFilter(_fit)


_fit: ScreenFit | None = None


def scrolling(content: QWidget, horizontal: bool = False) -> QScrollArea:
    """``content`` in a frameless scroll area that shows scroll bars only when it must."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # (By name: no ``Qt`` before the first paint, see qt_enums.)
    set_enum(area, "focusPolicy", "NoFocus")  # Tab goes to what is inside; it scrolls to it
    if not horizontal:
        set_enum(area, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    area.setWidget(content)
    return area
