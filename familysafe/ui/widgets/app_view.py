"""One app from the catalogue: what it is, its age limit, its features and its checklist."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from familysafe.core.library import App
from familysafe.ui import formatting, html, icons
from familysafe.words import vocabulary
from familysafe.words.lists import join_list


def feature_chips(features, size: int = 18) -> str:
    """The features' icons and names; the icons are the view's resources ``feature:NAME``."""
    chips = [
        f'<img src="feature:{escape(name, quote=True)}" width="{size}" height="{size}">'
        f"&nbsp;{escape(vocabulary.feature(name))}"
        for name in features
    ]
    return "<p>" + " &nbsp;&nbsp; ".join(chips) + "</p>"


class AppView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.document().setDocumentMargin(14)
        self.setAccessibleName(self.tr("App details"))

    def show_app(self, app: App) -> None:
        age = (
            self.tr("Minimum age in its terms: {age}").format(age=app.min_age)
            if app.min_age
            else self.tr("No minimum age in its terms")
        )
        parts = [html.STYLE, html.heading(app.name, 1)]
        parts += [html.untranslated(app.translated), html.para(app.summary), html.para(age)]
        if app.min_age_by_country:
            where = join_list(f"{c} {a}" for c, a in sorted(app.min_age_by_country.items()))
            parts.append(
                html.para(self.tr("Where the law or its terms differ: {list}").format(list=where))
            )
        if app.rating:
            rating = " · ".join(
                x
                for x in (
                    f"PEGI {app.rating.pegi}" if app.rating.pegi else "",
                    app.rating.esrb or "",
                )
                if x
            )
            parts.append(html.para(self.tr("Age rating: {rating}").format(rating=rating)))
        if app.age_rules:
            parts += [
                html.heading(self.tr("Ages for features")),
                html.bullets([rule.text for rule in app.age_rules]),
            ]
        if app.parental_tool:
            parts.append(html.para(self.tr("Parental tool: {tool}").format(tool=app.parental_tool)))
        if app.features:
            size = max(18, round(self.fontMetrics().height() * 1.3))  # grows with the text
            for name in app.features:  # drawn in the text colour: light or dark palette
                self.document().addResource(
                    QTextDocument.ResourceType.ImageResource.value,
                    QUrl(f"feature:{name}"),
                    icons.feature_image(name, self.palette(), size),
                )
            parts += [
                html.heading(self.tr("Features to know about")),
                feature_chips(app.features, size),
            ]
        parts.append(html.heading(self.tr("Privacy and safety checklist")))
        for number, item in enumerate(app.checklist, 1):
            parts.append(html.heading(f"{number}. {item.title}", 3))
            parts.append(html.para(item.why))
            where = "<br>".join(
                f"<b>{escape(vocabulary.platform(p))}:</b> {escape(path)}"
                for p, path in item.where.items()
            )
            parts.append(f"<p>{where}</p>")
            if item.min_age:
                parts.append(html.small(self.tr("From age {age}.").format(age=item.min_age)))
        parts += [
            html.heading(self.tr("Reporting in the app")),
            html.para(app.report),
            f"<p>{html.link(app.report_url)}</p>",
        ]
        parts.append(
            html.small(
                self.tr(
                    "Facts checked on {date}. Apps change their menus "
                    "often: if a path differs, look for the same words "
                    "nearby."
                ).format(date=formatting.long_date(app.checked))
            )
        )
        parts.append("<p><small>" + "<br>".join(html.link(s) for s in app.sources) + "</small></p>")
        self.setHtml("".join(parts))
