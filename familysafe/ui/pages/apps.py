"""The Apps page: the catalogue of apps, games and devices, with their privacy checklists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familysafe.ui.context import AppContext
from familysafe.ui.widgets.app_view import AppView
from familysafe.ui.widgets.page_header import PageHeader


class AppsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loaded = False
        self.title = self.tr("Apps & settings")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search apps, games and devices"))
        self.search.setAccessibleName(self.tr("Search apps"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Apps"))
        self.list.setWordWrap(True)
        self.view = AppView()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                self.title,
                self.tr(
                    "What each app can do, its age limit, and the settings worth checking, "
                    "with where to find them."
                ),
            )
        )
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_current)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        apps = self._ctx.services.library.apps(self.search.text())
        self.list.clear()
        for app in apps:
            label = (
                app.name
                if not app.min_age
                else self.tr("{name} ({age}+)").format(name=app.name, age=app.min_age)
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, app)
            item.setToolTip(app.summary)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def select(self, app_id: str) -> None:
        self._loaded = True
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == app_id:
                self.list.setCurrentRow(row)

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.view.show_app(item.data(Qt.ItemDataRole.UserRole))
