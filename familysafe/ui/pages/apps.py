"""The Apps page: the catalogue of apps, games and devices, with their privacy checklists; the
chosen app can be added to a child's apps from here."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from familysafe.core.errors import FamilySafeError
from familysafe.core.library import App
from familysafe.services.household import MemberView
from familysafe.ui.context import AppContext
from familysafe.ui.widgets.app_view import AppView
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.labels import plain_label
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.list_detail import ListDetail
from familysafe.ui.widgets.page_header import PageHeader
from familysafe.words.errors import error_text


class AppsPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Apps & privacy")
        self.view = AppView()
        self.browser: ListDetail[App] = ListDetail(
            self.view,
            lambda app: app.id,
            self.tr("Search apps, games and devices"),
            self.tr("Apps"),
        )
        self.search, self.list = self.browser.search, self.browser.list
        self.add_button = QPushButton(self.tr("&Add to a child's apps"))
        self.add_button.setToolTip(
            self.tr("Their privacy checklist for this app then appears on their page.")
        )
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.added = plain_label()
        self.added.setAccessibleName(self.tr("What happened"))
        self.error = FieldError()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.added, 1)
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
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.browser.search_changed.connect(self.refresh)
        self.browser.chosen.connect(self._chosen)

    def refresh(self) -> None:
        apps = self._ctx.services.library.apps(self.search.text())
        self.browser.set_entries((self._label(app), app, app.summary) for app in apps)
        self.add_button.setEnabled(self.browser.current() is not None)

    def _chosen(self, app) -> None:
        self.view.show_app(app)
        self.added.clear()
        self.error.clear_message()
        self.add_button.setEnabled(app is not None)

    def _label(self, app) -> str:
        if not app.min_age:
            return app.name
        return self.tr("{name} ({age}+)").format(name=app.name, age=app.min_age)

    def household_changed(self) -> None:
        """The catalogue does not depend on the family."""

    def select(self, app_id: str) -> None:
        self.ensure_loaded()
        self.browser.select(app_id)

    # Adding to a child -------------------------------------------------------------------------

    def _fill_add_menu(self) -> None:
        """One entry per child; a child who has the app already is shown, but greyed."""
        self.add_menu.clear()
        app = self.browser.current()
        children = self._ctx.services.household.children()
        if app is None or not children:
            action = self.add_menu.addAction(self.tr("Add a child on the Family page first"))
            action.setEnabled(False)
            return
        planner = self._ctx.services.planner
        for view in children:
            name = view.name.replace("&", "&&")  # a name, never a mnemonic
            using = any(s.app.id == app.id for s in planner.apps(view.member.id))
            text = self.tr("{name} (added)").format(name=name) if using else name
            action = self.add_menu.addAction(text)
            action.setEnabled(not using)
            action.triggered.connect(lambda _=False, v=view: self.add_for(v))

    def add_for(self, child: MemberView) -> None:
        """Add the chosen app to ``child``'s apps."""
        app = self.browser.current()
        if app is None:
            return
        self.error.clear_message()
        try:
            self._ctx.services.planner.add_apps(child.member.id, [app.id])
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return
        self.added.setText(
            self.tr("Added to {name}'s apps: their checklist is on the Family page.").format(
                name=child.name
            )
        )
        self._ctx.household_changed.emit()
