""" "Get help now": calm step-by-step guides and the family's country's helplines, offline.

The emergency number comes first, large, with the one or two routes that matter most (a
helpline to call, a place to report), above everything else: a parent in a hurry must see them
without scrolling, also at the largest text size. The guides follow."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.library import Country, Guide, Route
from familysafe.ui import html, itemdata
from familysafe.ui.bidi import digits_in_order, line_start
from familysafe.ui.context import AppContext
from familysafe.words import vocabulary


class GetHelpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Get help now"))
        library = ctx.services.library
        self.emergency = QLabel()
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self.emergency.font()
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setBold(True)
        self.emergency.setFont(big)
        self.first_routes = QLabel()
        self.first_routes.setWordWrap(True)
        self.first_routes.setOpenExternalLinks(True)
        self.first_routes.setTextFormat(Qt.TextFormat.RichText)
        # The links that matter most are reached with Tab too (then Tab goes on).
        self.first_routes.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.first_routes.setAccessibleName(self.tr("Who to call first"))
        larger = self.first_routes.font()
        larger.setPointSizeF(larger.pointSizeF() * 1.2)
        self.first_routes.setFont(larger)
        panel = QFrame()
        panel.setObjectName("emergencyPanel")
        panel.setFrameShape(QFrame.Shape.Box)
        panel.setLineWidth(2)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.emergency)
        panel_layout.addWidget(self.first_routes)

        calm = QLabel(
            self.tr(
                "Take a breath. You are doing the right thing by acting. If a child is in danger "
                "right now, call the emergency number first."
            )
        )
        calm.setWordWrap(True)
        font = calm.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        calm.setFont(font)

        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        for country in library.countries():
            itemdata.add_choice(self.country, country.name, country.code)
        home = ctx.services.settings.helpline_country()
        itemdata.select_choice(self.country, home.code)
        country_row = QHBoxLayout()
        label = QLabel(self.tr("&Country"))
        label.setBuddy(self.country)
        country_row.addWidget(label)
        country_row.addWidget(self.country)
        country_row.addStretch()

        self.guides = QListWidget()
        self.guides.setAccessibleName(self.tr("What happened"))
        self.guides.setWordWrap(True)
        for guide in library.guides():
            itemdata.add_item(self.guides, guide.title, guide)
        itemdata.add_item(self.guides, self.tr("Helplines and reporting"), None)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(True)
        self.view.document().setDocumentMargin(14)
        self.view.setAccessibleName(self.tr("Help"))
        splitter = QSplitter()
        splitter.addWidget(self.guides)
        splitter.addWidget(self.view)
        splitter.setSizes([300, 600])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(panel)
        layout.addLayout(country_row)
        layout.addWidget(calm)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.guides.currentItemChanged.connect(self.refresh)
        self.country.currentIndexChanged.connect(self.refresh)
        self.country.currentIndexChanged.connect(self._show_first)
        self.country.activated.connect(  # the parent chose it: remember the family's country
            lambda _: ctx.services.settings.set_country(itemdata.current_choice(self.country))
        )
        self.guides.setCurrentRow(0)
        self._show_first()
        self.resize(960, 680)

    def _show_first(self) -> None:
        """The emergency number and the routes that matter most, for the chosen country."""
        country = self.current_country()
        self.emergency.setText(
            self.tr("In an emergency, call {number}").format(number=country.emergency)
        )
        self.first_routes.setText("<br>".join(_route_line(r) for r in country.first_routes()))

    def current_country(self) -> Country:
        return self._ctx.services.library.country(itemdata.current_choice(self.country))

    def refresh(self) -> None:
        guide: Guide | None = itemdata.current_value(self.guides)
        country = self.current_country()
        emergency = self.tr("In an emergency call {number}").format(number=country.emergency)
        if guide is None:
            body = [html.STYLE, html.heading(self.tr("Helplines and reporting"), 1)]
            routes: Sequence[Route] = country.routes
        else:
            body = [
                html.STYLE,
                html.heading(guide.title, 1),
                html.untranslated(guide.translated),
                html.para(guide.summary),
                html.heading(self.tr("Do this first")),
                html.bullets(guide.first, ordered=True),
                html.heading(self.tr("Please do not")),
                html.bullets(guide.do_not),
                html.heading(self.tr("Keeping evidence safely")),
                html.bullets(guide.evidence),
                html.heading(self.tr("Reporting")),
                html.bullets(guide.report),
            ]
            routes = country.routes_for(guide.concerns)
        body.append(html.heading(self.tr("Who can help in {country}").format(country=country.name)))
        body.append(f"<p><b>{escape(emergency)}</b></p>")
        for route in routes:
            contact = []
            if route.phone:
                contact.append(f"<b>{escape(digits_in_order(route.phone))}</b>")
            if route.url:
                contact.append(html.link(route.url))
            body.append(
                f"<p>{line_start()}<b>{escape(route.name)}</b> · "
                f"{escape(vocabulary.audience(route.audience))}"
                f"<br>{escape(route.purpose)}<br>{' · '.join(contact)}</p>"
            )
        if guide is not None:
            body += [html.heading(self.tr("Afterwards")), html.bullets(guide.support)]
        self.view.setHtml("".join(body))

    def show_guide(self, guide_id: str) -> None:
        for row, guide in itemdata.values(self.guides):
            if guide is not None and guide.id == guide_id:
                self.guides.setCurrentRow(row)


def _route_line(route: Route) -> str:
    """One route on one line: "Kids Helpline (For children and young people): 1800 55 1800"."""
    contact = f"<b>{escape(digits_in_order(route.phone))}</b>" if route.phone else ""
    if route.url:
        short = route.url.split("://", 1)[-1].removeprefix("www.").rstrip("/")
        contact = (contact + " · " if contact else "") + html.link(route.url, short)
    who = escape(vocabulary.audience(route.audience))
    return f"{line_start()}<b>{escape(route.name)}</b> ({who}): {contact}"
