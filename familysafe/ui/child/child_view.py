"""A child's page: who they are, then tabs for what to talk about, their apps and their talks."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from familysafe.services.household import MemberView
from familysafe.ui import formatting, icons, theme
from familysafe.ui.child.apps_tab import AppsTab
from familysafe.ui.child.history_tab import HistoryTab
from familysafe.ui.child.suggestions_tab import SuggestionsTab
from familysafe.ui.context import AppContext
from familysafe.ui.widgets.labels import plain_label


class ChildView(QWidget):
    open_topic = Signal(str, int)  # topic id, member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pending: MemberView | None = None
        self._behind: dict[QWidget, MemberView] = {}  # tabs not shown yet since a change
        self.heading = plain_label(wrap=False)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = plain_label()
        self.suggestions = SuggestionsTab(ctx)
        self.apps = AppsTab(ctx)
        self.history = HistoryTab(ctx)
        self.suggestions.open_topic.connect(self.open_topic)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The child's page"))
        self.tabs.addTab(self.suggestions, self.tr("What to talk about"))
        self.tabs.addTab(self.apps, self.tr("Apps and privacy"))
        self.tabs.addTab(self.history, self.tr("Talks"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.avatar = QLabel()
        self.avatar.setAccessibleName("")  # the name beside it is read
        top = QHBoxLayout()
        top.setSpacing(theme.CARD_GAP)
        top.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.heading)
        names.addWidget(self.summary)
        top.addLayout(names, 1)
        layout.addLayout(top)
        layout.addSpacing(theme.CARD_GAP)
        layout.addWidget(self.tabs, 1)

    def show_member(self, view: MemberView) -> None:
        """Show ``view``'s page; while hidden, only remember it (suggestions need the content,
        which is not loaded at start-up)."""
        self._pending = view
        if self.isVisible():
            self._show(view)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._pending is not None:
            self._show(self._pending)
        super().showEvent(event)

    def _draw_avatar(self) -> None:
        if getattr(self, "_member", None) is None:
            return
        size = round(self.heading.fontMetrics().height() * 1.9)
        self.avatar.setPixmap(
            icons.avatar(self._member.id, self._member.name, self.palette(), size)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_avatar()  # light or dark
        super().changeEvent(event)

    def _show(self, view: MemberView) -> None:
        self._pending = None
        self.heading.setText(view.name)
        self._member = view.member
        self._draw_avatar()
        self.heading.setAccessibleName(view.name)
        self.summary.setText(
            self.tr("Age {years} · {band} · born {born}").format(
                years=view.age,
                band=formatting.band(view.band.value),
                born=formatting.birth_month(view.born) if view.born else "",
            )
        )
        # The tab shown follows at once; the others when they are chosen (as the pages do).
        for tab in (self.suggestions, self.apps, self.history):
            self._behind[tab] = view
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        view = self._behind.pop(tab, None) if tab is not None else None
        if view is not None:
            cast("SuggestionsTab | AppsTab | HistoryTab", tab).show_member(view)
