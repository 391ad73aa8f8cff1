"""The Apps page: the catalogue of apps, games and devices, with their privacy checklists."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from familysafe.ui.context import AppContext
from familysafe.ui.widgets.app_view import AppView
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.list_detail import ListDetail
from familysafe.ui.widgets.page_header import PageHeader


class AppsPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Apps & privacy")
        self.view = AppView()
        self.browser = ListDetail(
            self.view,
            lambda app: app.id,
            self.tr("Search apps, games and devices"),
            self.tr("Apps"),
        )
        self.search, self.list = self.browser.search, self.browser.list
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
        layout.addWidget(self.browser, 1)
        self.browser.search_changed.connect(self.refresh)
        self.browser.chosen.connect(self.view.show_app)

    def refresh(self) -> None:
        apps = self._ctx.services.library.apps(self.search.text())
        self.browser.set_entries((self._label(app), app, app.summary) for app in apps)

    def _label(self, app) -> str:
        if not app.min_age:
            return app.name
        return self.tr("{name} ({age}+)").format(name=app.name, age=app.min_age)

    def household_changed(self) -> None:
        """The catalogue does not depend on the family."""

    def select(self, app_id: str) -> None:
        self.ensure_loaded()
        self.browser.select(app_id)
