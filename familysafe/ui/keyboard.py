"""The keyboard, everywhere in the application.

- Enter on a focused button presses it, in the main window too (Qt does this only in dialogs,
  where it presses the default button instead of the focused one when none has the focus).
- F1 opens "Get help now" while any dialog is open (the window's own F1 is blocked by a modal
  dialog); the guide opens on top of the dialog.
- Lists and the sidebar show clearly when they have the focus (``theme.FOCUS_STYLE``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from familysafe.ui.application import application


class KeyboardHelp(QObject):
    """Installed on the application by the main window (and gone with it)."""

    def __init__(self, open_help: Callable[[QWidget], None], parent: QObject) -> None:
        super().__init__(parent)
        self._open_help = open_help

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() == Qt.Key.Key_F1 and plain:
            return self._help_over_dialog(watched)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            return self._press(watched)
        return False

    def _help_over_dialog(self, watched: QWidget) -> bool:
        from familysafe.ui.dialogs.get_help import GetHelpDialog

        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, GetHelpDialog) or watched.window() is not dialog:
            return False
        self._open_help(dialog)
        return True

    @staticmethod
    def _press(watched: QWidget) -> bool:
        if not isinstance(watched, QAbstractButton) or isinstance(watched.window(), QDialog):
            return False
        if not watched.isEnabled():  # a key press goes to the control with the focus
            return False
        watched.animateClick()
        return True


def install(open_help: Callable[[QWidget], None], owner: QWidget) -> KeyboardHelp:
    """On the whole application, for as long as ``owner`` lives. The main window does it after
    its first paint (see ``window_fit.install`` for why not before)."""
    keys = KeyboardHelp(open_help, owner)
    application().installEventFilter(keys)
    return keys
