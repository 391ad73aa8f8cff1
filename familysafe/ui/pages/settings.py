"""The Settings page: every choice applies at once and is kept.

Country, language and text size; the family check-in; how often to talk with each child;
reminders and starting at login; how often to re-check privacy settings; what printed documents
say; where the data is kept, and its backups. Each group (``ui.settings``) loads and saves its own
choices; the page shows a refused change's reason and puts the stored values back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from familysafe.core.errors import FamilySafeError
from familysafe.ui.context import AppContext
from familysafe.ui.settings.backups import BackupsGroup
from familysafe.ui.settings.documents import DataGroup, DocumentsGroup
from familysafe.ui.settings.place import PlaceGroup
from familysafe.ui.settings.planning import CheckInGroup, ChecklistGroup, TalksGroup
from familysafe.ui.settings.reminders import RemindersGroup
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.page_header import PageHeader
from familysafe.words.errors import error_text


class SettingsPage(LazyPage):
    language_changed = Signal(str)  # "" for the system's language
    text_size_changed = Signal(int)  # per cent
    reminders_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self.title = self.tr("Settings")
        self.error = FieldError()
        self.place = PlaceGroup(ctx, self._apply)
        self.check_in = CheckInGroup(ctx, self._apply)
        self.talks = TalksGroup(ctx, self._apply)
        self.reminders = RemindersGroup(ctx, self._apply)
        self.checklists = ChecklistGroup(ctx, self._apply)
        self.documents = DocumentsGroup(ctx, self._apply)
        self.data = DataGroup(ctx, self._apply)
        self.backups = BackupsGroup(ctx, self._apply)
        self.groups = (
            self.place,
            self.check_in,
            self.talks,
            self.reminders,
            self.checklists,
            self.documents,
            self.data,
            self.backups,
        )
        self.place.language_changed.connect(self.language_changed)
        self.place.text_size_changed.connect(self.text_size_changed)
        self.reminders.changed.connect(self.reminders_changed)
        self.backups.restored.connect(self.refresh)
        self.backups.restored.connect(self.reminders_changed)
        for moving in (self.check_in, self.talks, self.checklists):
            moving.changed.connect(self._due_may_have_moved)

        body = QWidget()
        column = QVBoxLayout(body)
        for group in self.groups:
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the choices; it follows
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                self.title, self.tr("Changes apply at once. Everything stays on this computer.")
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        """Show what is stored (without saving anything back)."""
        self._loading = True
        try:
            for group in self.groups:
                group.load()
        finally:
            self._loading = False

    def household_changed(self) -> None:
        self.talks.fill_children()

    def _apply(self, action) -> bool:
        """Run one save; a refusal shows its reason and the stored values come back."""
        if self._loading:
            return False
        self.error.clear_message()
        try:
            action()
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            self.refresh()
            return False
        return True

    def _due_may_have_moved(self) -> None:
        """Today, the child pages and the reminders follow (after this change's own signal)."""
        QTimer.singleShot(0, self._ctx.household_changed.emit)
        self.reminders_changed.emit()
