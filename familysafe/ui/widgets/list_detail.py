"""A searchable list on the left and the chosen entry's details on the right.

The Topics and Apps pages share it: a search box, optional filters under it, the list, and a
detail view; the choice survives a refresh when the entry is still there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familysafe.ui import itemdata
from familysafe.ui.keep_place import kept_place

T = TypeVar("T")


class ListDetail(QSplitter, Generic[T]):
    chosen = Signal(object)  # the entry's data
    search_changed = Signal(str)

    def __init__(
        self,
        detail: QWidget,
        key: Callable[[T], str],
        search_hint: str,
        list_name: str,
        filters: QLayout | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._key = key
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setAccessibleName(search_hint)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(list_name)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)  # a little air between entries
        self.detail = detail
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        if filters is not None:
            left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        self.addWidget(left)
        self.addWidget(detail)
        self.setStretchFactor(1, 2)
        self.setSizes([320, 680])
        self.search.textChanged.connect(self.search_changed)
        self.list.currentItemChanged.connect(self._current_changed)

    def set_entries(self, entries: Iterable[tuple[str, T, str]]) -> None:
        """Show ``(label, data, tooltip)`` entries, keeping the choice when it is still there."""
        current = self.current()
        wanted = self._key(current) if current is not None else None
        with kept_place(self.list):  # one "chosen", not one per step of the rebuild
            self.list.clear()
            for label, data, tooltip in entries:
                itemdata.add_item(self.list, label, data).setToolTip(tooltip)
            if wanted is None or not self.select(wanted):
                self.list.setCurrentRow(0 if self.list.count() else -1)
        self._current_changed(self.list.currentItem())

    def select(self, key: str) -> bool:
        for row, data in itemdata.values(self.list):
            if data is not None and self._key(data) == key:
                self.list.setCurrentRow(row)
                return True
        return False

    def current(self) -> T | None:
        return itemdata.current_value(self.list)

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(itemdata.item_value(item))
