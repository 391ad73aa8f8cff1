"""The Family page: who is in the household, with their age band; add, edit and remove.
Choosing a child shows their page: what to talk about, their apps and their talks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.errors import FamilySafeError
from familysafe.core.household import Member, Role
from familysafe.services.household import MemberView
from familysafe.ui import formatting, icons, itemdata
from familysafe.ui.child.child_view import ChildView
from familysafe.ui.context import AppContext
from familysafe.ui.dialogs.member_dialog import MemberDialog
from familysafe.ui.keep_place import kept_place
from familysafe.ui.widgets import confirm
from familysafe.ui.widgets.empty_state import EmptyState
from familysafe.ui.widgets.labels import plain_label
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.page_header import PageHeader
from familysafe.ui.widgets.wrapped_rows import fit_longest_word, wrap_rows
from familysafe.words.errors import error_text


class FamilyPage(LazyPage):
    open_topic = Signal(str, int)  # topic id, member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Family")

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Household members"))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        side = round(self.fontMetrics().height() * 2.2)  # a disc beside the two lines
        self.list.setIconSize(QSize(side, side))
        # Long names and roles ("Erwachsen oder Betreuungsperson") wrap, never run off sideways
        # and are never cut short: each row is measured at the width it is drawn at.
        wrap_rows(self.list)
        self.list.itemActivated.connect(self.edit_selected)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.currentRowChanged.connect(self._show_selected)

        self.add_child_button = QPushButton(self.tr("Add a &child"))
        self.add_adult_button = QPushButton(self.tr("Add an a&dult or carer"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.add_child_button.clicked.connect(lambda: self.add_member(Role.CHILD))
        self.add_adult_button.clicked.connect(lambda: self.add_member(Role.ADULT))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)

        buttons = QHBoxLayout()
        for button in (self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        add_buttons = QHBoxLayout()
        add_buttons.addWidget(self.add_child_button)
        add_buttons.addWidget(self.add_adult_button)
        add_buttons.addStretch()

        self.child_view = ChildView(ctx)
        self.child_view.open_topic.connect(self.open_topic)
        self.adult_note = plain_label()
        self.adult_note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.child_view)
        self.detail.addWidget(self.adult_note)

        self.empty = EmptyState(
            self.tr("Who is in your family?"),
            self.tr(
                "Start by adding your children. A first name or a nickname and the month "
                "they were born are all FamilySafe needs: it uses them to suggest what to "
                "talk about at their age. Then add the adults and carers who look after "
                "them. Everything stays on this computer."
            ),
            self.tr("Add your first child"),
            drawing="empty-family",
        )
        self.empty.action.clicked.connect(lambda: self.add_member(Role.CHILD))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(add_buttons)
        listing_layout.addWidget(splitter, 1)
        self.stack.addWidget(listing)

        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                self.title,
                self.tr(
                    "The children and adults in your household. Children move to the next age band "
                    "by themselves as they grow."
                ),
            )
        )
        layout.addWidget(self.stack, 1)

        self.ensure_loaded()  # filled when made: the window selects members on it at once

    def refresh(self) -> None:
        current = self.selected()
        views = self._ctx.services.household.members()
        # Quiet while rebuilding: the old items hold members as they were (a renamed child
        # under the old name), and must not be shown on their way out.
        with kept_place(self.list):
            self.list.clear()
            for view in views:
                item = itemdata.add_item(self.list, self._describe(view), view.member)
                itemdata.set_accessible_text(item, self._describe(view))
                self._draw_avatar(item, view.member)
                if current and view.member.id == current.member.id:
                    self.list.setCurrentItem(item)
            if views and self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            fit_longest_word(self.list)
        self.stack.setCurrentIndex(1 if views else 0)
        self._update_buttons()
        self._show_selected()

    def _draw_avatar(self, item: QListWidgetItem, member: Member) -> None:
        size = self.list.iconSize().width()
        disc = icons.avatar(member.id, member.name, self.list.palette(), size)
        icon = QIcon(disc)
        icon.addPixmap(disc, QIcon.Mode.Selected)  # its own colours on the chosen row too
        item.setIcon(icon)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "list"):
            for row, member in itemdata.values(self.list):
                self._draw_avatar(self.list.item(row), member)  # light or dark
        super().changeEvent(event)

    def _show_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        if view.role is Role.CHILD:
            self.child_view.show_member(view)
            self.detail.setCurrentWidget(self.child_view)
        else:
            self.adult_note.setText(
                self.tr(
                    "{name} is an adult or carer. Adults can take part in talks and sign the "
                    "family agreement; the carer handout is written for people like them."
                ).format(name=view.name)
            )
            self.detail.setCurrentWidget(self.adult_note)

    def show_member(self, member_id: int, tab: int | None = None) -> None:
        """Select the member ``member_id`` and, for a child, show one of their tabs (0 topics,
        1 apps, 2 talks)."""
        self.ensure_loaded()
        for row, member in itemdata.values(self.list):
            if member.id == member_id:
                self.list.setCurrentRow(row)
        if tab is not None:
            self.child_view.tabs.setCurrentIndex(tab)

    def _describe(self, view: MemberView) -> str:
        if view.role is Role.ADULT:
            return self.tr("{name}\nAdult or carer").format(name=view.name)
        return self.tr("{name}\n{age} · {band}").format(
            name=view.name,
            age=formatting.age(view.age),
            band=formatting.band(view.band.value),
        )

    def selected(self) -> MemberView | None:
        member = itemdata.current_value(self.list)
        if member is None:
            return None
        return self._ctx.services.household.view(member)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add_member(self, role: Role = Role.CHILD) -> None:
        dialog = MemberDialog(self._ctx, role=role, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.show_member(dialog.saved.id)  # the one just added, ready for their apps

    def edit_selected(self) -> None:
        view = self.selected()
        if view:
            MemberDialog(self._ctx, member=view.member, parent=self).exec()

    def remove_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        if view.role is Role.CHILD:
            text = self.tr(
                "This removes {name} and everything FamilySafe knows about them: their "
                "apps, checklists and the talks logged with them. It cannot be undone. "
                "Backups keep them until they rotate out, within a year; you can remove them "
                "from the backups too next."
            )
        else:
            text = self.tr(
                "This removes {name} from the household and from the talks they took part "
                "in (a talk with no one else in it goes too). It cannot be undone. Backups "
                "keep them until they rotate out, within a year; you can remove them from the "
                "backups too next."
            )
        if not confirm.ask(
            self,
            self.tr("Remove {name}?").format(name=view.name),
            text.format(name=view.name),
            self.tr("Remove {name}").format(name=view.name),
        ):
            return
        services = self._ctx.services
        removed = services.household.remove(view.member.id)
        self._ctx.household_changed.emit()
        if not services.backups.exists():
            return
        if confirm.ask(
            self,
            self.tr("Remove {name} from the backups too?").format(name=view.name),
            self.tr(
                "The backups still hold {name}. Remove them from every backup now? Each "
                "backup is rewritten without them and checked; the rest of it stays."
            ).format(name=view.name),
            self.tr("Remove from the backups"),
        ):
            try:
                services.backups.remove_member(removed.member.id, removed.added_on)
            except FamilySafeError as exc:
                QMessageBox.warning(self, self.tr("Backups"), error_text(exc))
