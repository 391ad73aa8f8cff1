"""Rows of a list that wrap their text to the list's width instead of cutting it short.

Qt measures a list row's text without a width to wrap it in, then lays the row out narrower
(the list's spacing, its frame), so a line that only just fitted was drawn cut short with "…"
("13 Jahre · 13 bis 15 …"). Here each row is measured at the width it is drawn at, and the
list is never narrower than its longest word ("Betreuungsperson") beside the row's icon.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)


def wrap_rows(view: QListWidget) -> None:
    """Make ``view``'s rows wrap their text at the width they are drawn at, and follow the
    list's width when it changes; never sideways."""
    view.setWordWrap(True)
    view.setItemDelegate(WrappedRows(view))
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class WrappedRows(QStyledItemDelegate):
    """The delegate for ``view``: each row as wide as the list and as tall as its text."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def row_width(self) -> int:
        """The width a row is drawn at: the list's inside less its spacing on both sides."""
        view = self._view
        return max(view.viewport().width() - 2 * view.spacing(), 1)

    def sizeHint(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self.row_width()
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, 1)  # a valid rectangle: Qt wraps the text to it
        size = super().sizeHint(measured, index)
        return QSize(width, size.height())


def fit_longest_word(view: QListWidget) -> None:
    """Make ``view`` at least as wide as its longest word needs, beside the icon."""
    words = [w for row in range(view.count()) for w in view.item(row).text().split()]
    if not words:
        return
    metrics = view.fontMetrics()
    longest = max(metrics.horizontalAdvance(word) for word in words)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    scroll = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    inside = longest + view.iconSize().width() + 4 * margin + 2 * view.spacing() + 8
    view.setMinimumWidth(inside + 2 * view.frameWidth() + scroll)
