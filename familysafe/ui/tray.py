"""The tray icon and its menu: open FamilySafe, what is due today, log a talk, quit.
It also shows the reminders, as desktop notifications."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from familysafe.about import APP_NAME
from familysafe.ui.context import AppContext
from familysafe.ui.icons import app_icon
from familysafe.words.planner import count_text, entry_title

DUE_SHOWN = 8
MESSAGE_MS = 20_000


class Tray(QSystemTrayIcon):
    open_window = Signal()
    open_due = Signal(str)  # a due item's key, or "" for the whole list
    log_talk = Signal()
    quit_app = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app_icon(), parent)
        self._ctx = ctx
        self.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.open_action = QAction(self.menu)
        self.due_menu = QMenu(self.menu)
        self.log_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.retranslate()
        self.open_action.triggered.connect(self.open_window)
        self.log_action.triggered.connect(self.log_talk)
        self.quit_action.triggered.connect(self.quit_app)
        self.menu.addAction(self.open_action)
        self.menu.addMenu(self.due_menu)
        self.menu.addAction(self.log_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self.fill_due)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open FamilySafe"))
        self.due_menu.setTitle(self.tr("&Due today"))
        self.log_action.setText(self.tr("&Log a talk…"))
        self.quit_action.setText(self.tr("&Quit"))

    def fill_due(self) -> None:
        """What is due today or overdue, as on the Today page, freshly worked out each time
        the menu opens."""
        self.due_menu.clear()
        due = self._ctx.services.planner.plan(0).due_now()
        for entry in due[:DUE_SHOWN]:
            action = self.due_menu.addAction(entry_title(entry))
            action.triggered.connect(lambda _=False, key=entry.key: self.open_due.emit(key))
        if len(due) > DUE_SHOWN:
            more = self.due_menu.addAction(
                self.tr("Everything due today: {count}…").format(count=count_text(due))
            )
            more.triggered.connect(lambda: self.open_due.emit(""))
        if not due:
            # Readable (not the disabled grey), and it opens the Today page.
            nothing = self.due_menu.addAction(self.tr("Nothing is due today"))
            nothing.triggered.connect(lambda: self.open_due.emit(""))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window.emit()

    def notify(self, title: str, body: str) -> None:
        self.showMessage(title, body, app_icon(), MESSAGE_MS)
