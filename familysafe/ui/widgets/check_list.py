"""A list of tick boxes (who took part, which sections, which children), each with its data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from familysafe.ui import itemdata


class CheckList(QListWidget):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        # Long entries (topic titles, longer languages) wrap instead of running off sideways.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def add(self, text: str, data: object, checked: bool = False) -> QListWidgetItem:
        item = itemdata.list_item(text, data, self)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def checked(self) -> list:
        """The data of the ticked entries, in list order."""
        return [
            value
            for row, value in itemdata.values(self)
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
