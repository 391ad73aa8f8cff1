"""FamilySafe running on the desktop: the main window, the tray icon and the reminder timer.

Closing the window keeps FamilySafe in the tray while reminders are on (it says so the first
time), and quits when they are off or the desktop has no tray. Changing the language builds the
window again in the new language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from familysafe.ui.appearance import apply_text_size
from familysafe.ui.background import wait_for_background
from familysafe.ui.context import AppContext
from familysafe.ui.first_paint import after_first_paint
from familysafe.ui.main_window import MainWindow
from familysafe.ui.reminder_timer import ReminderTimer
from familysafe.ui.translators import install_translators, user_locale

if TYPE_CHECKING:
    from familysafe.core.reminders import Notification
    from familysafe.ui.tray import Tray


def tray_available() -> bool:
    """Whether the desktop shows tray icons (asked once the window is on screen: the class is
    made then, not at start-up)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


class Desktop(QObject):
    """``tray_available`` None asks Qt, once the window is on screen (the question can take a
    noticeable moment, the window should not wait for it); True or False decides at once."""

    def __init__(self, ctx: AppContext, tray_available: bool | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        self._last: Notification | None = None
        self.tray: Tray | None = None
        self._tray_decided = tray_available is not None
        self.reminders = ReminderTimer(ctx, self)
        self.reminders.notify.connect(self.show_notification)
        self.window = self._build_window()
        if tray_available is not None:
            self._make_tray(tray_available)

    def start(self, in_tray: bool = False) -> None:
        """Show the window (or only the tray icon, when started at login) and the reminders.
        The tray icon and the reminder check come after the window is on screen."""
        if in_tray and not self._tray_decided:
            self._make_tray(tray_available())
        if not (in_tray and self.tray is not None):
            self.window.show()
        after_first_paint(self.window, self._started)

    def _started(self) -> None:
        if not self._tray_decided:
            self._make_tray(tray_available())
        if self.tray is not None:
            self.reminders.start()

    def _make_tray(self, available: bool) -> None:
        self._tray_decided = True
        if not available or self.tray is not None:
            return
        from familysafe.ui.tray import Tray

        self.tray = Tray(self._ctx)
        QApplication.setQuitOnLastWindowClosed(False)
        self.tray.open_window.connect(self.open_window)
        self.tray.open_due.connect(self.open_due)
        self.tray.log_talk.connect(self._log_talk)
        self.tray.quit_app.connect(self.quit)
        self.tray.messageClicked.connect(self._notification_clicked)
        self.tray.show()

    def _build_window(self) -> MainWindow:
        window = MainWindow(self._ctx)
        window.installEventFilter(self)
        window.quit_requested.connect(self.quit)
        window.language_changed.connect(self.change_language)
        window.text_size_changed.connect(self.change_text_size)
        window.reminders_changed.connect(self.reminders.check)
        return window

    # Closing and quitting ----------------------------------------------------------------------

    def keeps_running(self) -> bool:
        return self.tray is not None and self._ctx.services.reminders.enabled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.keeps_running():
                event.ignore()
                self.window.hide()
                self._explain_tray_once()
                return True
            QTimer.singleShot(0, self.quit)
        return super().eventFilter(watched, event)

    def _explain_tray_once(self) -> None:
        reminders = self._ctx.services.reminders
        if self.tray is None or reminders.tray_explained:
            return
        self.tray.notify(
            self.tr("FamilySafe is still running"),
            self.tr(
                "It stays here in the tray to remind you when a talk or a check-in is due. "
                "To close it completely, choose Quit from this icon's menu, or turn reminders "
                "off in Settings."
            ),
        )
        reminders.mark_tray_explained()

    def quit(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        wait_for_background(10_000)  # a PDF being saved is finished, not cut off
        QApplication.quit()

    # Opening places ----------------------------------------------------------------------------

    def open_window(self) -> None:
        """Bring the window forward: shown (from the tray), not minimised, raised, active."""
        from PySide6.QtCore import Qt  # not on the start-up path (qt_enums)

        state = self.window.windowState()
        self.window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def open_due(self, key: str = "") -> None:
        self.open_window()
        self.window.show_due(key)

    def _log_talk(self) -> None:
        self.open_window()
        self.window.log_talk()

    # Reminders ---------------------------------------------------------------------------------

    def show_notification(self, note: Notification) -> None:
        from familysafe.words.reminders import notification_text

        services = self._ctx.services
        title, body = notification_text(
            note, services.planner.member_name, services.reminders.show_names
        )
        self._last = note
        if self.tray is not None:
            self.tray.notify(title, body)

    def _notification_clicked(self) -> None:
        """A single entry opens with it chosen on Today; anything else opens Today."""
        note = self._last
        key = note.items[0].key if note is not None and len(note.items) == 1 else ""
        self.open_due(key)

    # Language ----------------------------------------------------------------------------------

    def change_language(self, code: str) -> None:
        install_translators(user_locale(code or None))
        self._ctx.services.library.set_language(code or None)
        self.rebuild_window()
        if self.tray is not None:
            self.tray.retranslate()

    def change_text_size(self, percent: int) -> None:
        apply_text_size(percent)
        self.rebuild_window()

    def rebuild_window(self) -> None:
        """Build the window again (its words and sizes are set as it is built), on Settings."""
        old = self.window
        self.window = self._build_window()
        self.window.setGeometry(old.geometry())
        self.window.show_page(self.window.pages.indexOf(self.window.settings_page))
        if old.isVisible():
            self.window.show()
        old.removeEventFilter(self)
        old.hide()
        old.deleteLater()
