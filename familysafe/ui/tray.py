"""The tray icon and its menu: open FamilySafe, what is due today, log a talk, quit.
It also shows the reminders, as desktop notifications."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from familysafe.about import APP_NAME
from familysafe.core.due import grouped
from familysafe.ui.context import AppContext
from familysafe.ui.icons import app_icon
from familysafe.words.planner import entry_text

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
        """What is due today or overdue, freshly worked out each time the menu opens."""
        self.due_menu.clear()
        services = self._ctx.services
        names = {v.member.id: v.name for v in services.household.members()}
        due = grouped(i for i in services.planner.due(0) if i.overdue_days >= 0)
        for entry in due[:DUE_SHOWN]:
            first = entry[0]
            action = self.due_menu.addAction(entry_text(entry, names.get(first.member_id)))
            action.triggered.connect(lambda _=False, key=first.key: self.open_due.emit(key))
        if len(due) > DUE_SHOWN:
            more = self.due_menu.addAction(
                self.tr("All {count} things due…").format(count=len(due))
            )
            more.triggered.connect(lambda: self.open_due.emit(""))
        if not due:
            self.due_menu.addAction(self.tr("Nothing is due today")).setEnabled(False)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window.emit()

    def notify(self, title: str, body: str) -> None:
        self.showMessage(title, body, app_icon(), MESSAGE_MS)
