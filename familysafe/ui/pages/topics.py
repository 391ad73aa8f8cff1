"""The Topics page: browse and search the library by age and app feature, and read a guide."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from familysafe.core.bands import BANDS, Band
from familysafe.core.library import FEATURES, Topic
from familysafe.ui import formatting, itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.icons import feature_icon
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.list_detail import ListDetail
from familysafe.ui.widgets.page_header import PageHeader
from familysafe.ui.widgets.topic_view import TopicView
from familysafe.words import vocabulary


class TopicsPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Topics")

        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Show topics for"))
        self.feature = QComboBox()
        self.feature.setAccessibleName(self.tr("App feature"))
        itemdata.add_choice(self.feature, self.tr("Any app feature"), None)
        for name in FEATURES:
            itemdata.add_choice(self.feature, vocabulary.feature(name), name, feature_icon(name))

        self.view = TopicView()
        filters = QFormLayout()
        filters.addRow(self.tr("Fo&r"), self.who)
        filters.addRow(self.tr("F&eature"), self.feature)
        self.browser: ListDetail[Topic] = ListDetail(
            self.view, lambda topic: topic.id, self.tr("Search topics"), self.tr("Topics"), filters
        )
        self.search, self.list = self.browser.search, self.browser.list

        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                self.title,
                self.tr(
                    "Conversation guides for every age: what to say, why it matters, "
                    "and what to do if something happens."
                ),
            )
        )
        layout.addWidget(self.browser, 1)

        self.browser.search_changed.connect(self.refresh)
        self.who.currentIndexChanged.connect(self.refresh)
        self.feature.currentIndexChanged.connect(self.refresh)
        self.browser.chosen.connect(lambda topic: self.view.show_topic(topic, self.band()))

    def _fill_who(self) -> None:
        current = itemdata.current_choice(self.who)
        self.who.blockSignals(True)
        self.who.clear()
        itemdata.add_choice(self.who, self.tr("All ages"), None)
        for view in self._ctx.services.household.children():
            label = self.tr("{name} ({band})").format(
                name=view.name, band=formatting.band(view.band.value)
            )
            itemdata.add_choice(self.who, label, view.band.value)
        for band in BANDS:
            itemdata.add_choice(self.who, formatting.band(band.value), band.value)
        itemdata.select_choice(self.who, current)
        self.who.blockSignals(False)
        self.refresh()

    def first_load(self) -> None:
        self._fill_who()

    def household_changed(self) -> None:
        self._fill_who()

    def band(self) -> Band | None:
        value = itemdata.current_choice(self.who)
        return Band(value) if value else None

    def show_for(self, band: Band | None, topic_id: str | None = None) -> None:
        """Open the page on a band (and a topic), e.g. from a suggestion."""
        self.ensure_loaded()
        itemdata.select_choice(self.who, band.value if band else None)
        self.refresh()
        if topic_id:
            self.select(topic_id)

    def select(self, topic_id: str) -> None:
        self.browser.select(topic_id)

    def refresh(self) -> None:
        topics = self._ctx.services.library.topics(
            self.band(), itemdata.current_choice(self.feature), self.search.text()
        )
        self.browser.set_entries((t.title, t, t.parents.summary) for t in topics)
        if not self.list.count():
            self.view.setHtml(
                "<p>" + self.tr("No topic matches. Try another word or age.") + "</p>"
            )
