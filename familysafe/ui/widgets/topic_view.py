"""A topic's guide, set for reading: for the parent first, then the starters for the child."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from familysafe.core.bands import Band
from familysafe.core.library import Topic
from familysafe.ui import formatting, html
from familysafe.words import vocabulary
from familysafe.words.lists import join_list


class TopicView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.document().setDocumentMargin(14)  # opens the user's own browser, only when clicked
        self.setAccessibleName(self.tr("Topic guide"))
        self.topic: Topic | None = None

    def show_topic(self, topic: Topic, band: Band | None = None) -> None:
        self.topic = topic
        bands = [band] if band and topic.suits(band) else list(topic.bands)
        p = topic.parents
        parts = [
            html.STYLE,
            html.heading(topic.title, 1),
            html.untranslated(topic.translated),
            html.small(
                self.tr("{strand} · for {bands}").format(
                    strand=vocabulary.strand(topic.strand),
                    bands=join_list(formatting.band(b.value) for b in topic.bands),
                )
            ),
            html.para(p.summary),
            html.heading(self.tr("Why it matters")),
            html.para(p.why),
            html.heading(self.tr("What to get across")),
            html.bullets(p.key_messages),
        ]
        for b in bands:
            title = (
                self.tr("What you could say: for your own learning")
                if b is Band.ADULT
                else self.tr("What you could say ({band})").format(band=formatting.band(b.value))
            )
            parts += [html.heading(title), html.bullets(topic.starters[b])]
            if b in topic.activities:
                parts += [
                    html.heading(self.tr("Something to do together"), 3),
                    html.para(topic.activities[b]),
                ]
        parts += [
            html.heading(self.tr("Signs something may be wrong")),
            html.bullets(p.warning_signs),
            html.heading(self.tr("If it happens")),
            html.bullets(p.if_it_happens, ordered=True),
        ]
        if topic.features:
            parts.append(
                html.small(
                    self.tr("Related app features: {features}").format(
                        features=join_list(vocabulary.feature(f) for f in topic.features)
                    )
                )
            )
        parts.append(
            html.small(
                self.tr("Facts checked on {date}. Sources:").format(
                    date=formatting.long_date(topic.checked)
                )
            )
        )
        parts.append(
            "<p><small>" + "<br>".join(html.link(s) for s in topic.sources) + "</small></p>"
        )
        self.setHtml("".join(parts))
