"""A child's apps with their checklist progress and age warnings; choosing their apps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.services.household import MemberView
from familysafe.services.planner import AppStatus
from familysafe.ui import itemdata
from familysafe.ui.child.checklist_panel import ChecklistPanel
from familysafe.ui.context import AppContext
from familysafe.ui.dialogs.app_picker import AppPickerDialog
from familysafe.ui.keep_place import kept_place
from familysafe.ui.widgets.empty_state import EmptyState
from familysafe.ui.widgets.wrapped_rows import wrap_rows


class AppsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member: MemberView | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Apps they use"))
        wrap_rows(self.list)  # wrapped at the width drawn, never cut short
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._show_current)
        self.choose_button = QPushButton(self.tr("Ch&oose apps…"))
        self.choose_button.clicked.connect(self.choose_apps)
        self.panel = ChecklistPanel(ctx)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch()
        left_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setSizes([260, 520])

        self.empty = EmptyState(
            self.tr("Which apps do they use?"),
            self.tr(
                "Add the apps, games and devices your child uses. Each one brings a short "
                "checklist of privacy settings, with where to find them, and the topics "
                "that matter for what the app can do."
            ),
            self.tr("Choose apps"),
            drawing="empty-apps",
        )
        self.empty.action.clicked.connect(self.choose_apps)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_member(self, view: MemberView) -> None:
        self._member = view
        current = self.current()
        current_id = current.app.id if current else None
        with kept_place(self.list):
            self.list.clear()
            for status in self._ctx.services.planner.apps(view.member.id):
                item = itemdata.add_item(self.list, self._describe(status), status)
                if status.app.id == current_id:
                    self.list.setCurrentItem(item)
            if self.list.currentRow() < 0 and self.list.count():
                self.list.setCurrentRow(0)
        self.stack.setCurrentIndex(1 if self.list.count() else 0)
        self._show_current(self.list.currentItem())

    def _describe(self, status: AppStatus) -> str:
        lines = [
            status.app.name,
            self.tr("{done} of {total} settings in place").format(
                done=status.checklist_done, total=status.checklist_total
            ),
        ]
        if status.checklist_due:
            lines.append(self.tr("Re-check due: {count}").format(count=status.checklist_due))
        if status.below_min_age:
            lines.append(self.tr("⚠ Minimum age {age}").format(age=status.min_age))
        lines += [self.tr("⚠ {rule}").format(rule=rule.text) for rule in status.age_rules]
        return "\n".join(lines)

    def current(self) -> AppStatus | None:
        return itemdata.current_value(self.list)

    def select(self, app_id: str) -> None:
        for row, status in itemdata.values(self.list):
            if status.app.id == app_id:
                self.list.setCurrentRow(row)

    def _show_current(self, item: QListWidgetItem | None) -> None:
        status = itemdata.item_value(item)
        self.panel.show_app(self._member, status)

    def choose_apps(self) -> None:
        if self._member:
            AppPickerDialog(self._ctx, self._member.member.id, parent=self).exec()
