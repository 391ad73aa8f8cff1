"""The Today page's groups: one per child (name, age band, how far their settings are) and one
for the whole family, each holding its entries as cards."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from familysafe.core.due import ChildDue, DueEntry, DueKind
from familysafe.ui import formatting, theme
from familysafe.ui.qt_enums import plain_text
from familysafe.ui.today.entry_card import EntryCard
from familysafe.ui.widgets.avatar import Avatar
from familysafe.words import vocabulary


def _heading(text: str) -> QLabel:
    label = plain_text(QLabel(text))  # a child's name, as typed
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class Section(QWidget):
    """A heading, an optional line under it, and the cards."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(theme.CARD_GAP)
        self.header = QHBoxLayout()
        self.heading = _heading(heading)
        self.header.addWidget(self.heading)
        self.header.addStretch()
        self.layout_.addLayout(self.header)
        self.cards: list[EntryCard] = []
        self.note = plain_text(QLabel())
        self.note.setWordWrap(True)
        self.note.hide()
        self.layout_.addWidget(self.note)

    def add_card(self, card: EntryCard) -> None:
        self.cards.append(card)
        self.layout_.addWidget(card)

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class ChildSection(Section):
    """A child's name, their age band, and a small progress bar for their apps' settings."""

    def __init__(self, child: ChildDue, parent: QWidget | None = None) -> None:
        super().__init__(child.name, parent)
        self.child = child
        self.avatar = Avatar(child.member_id, child.name, self.heading)
        self.header.insertWidget(0, self.avatar)
        self.band = QLabel(vocabulary.band(child.band))
        self.header.insertWidget(2, self.band)
        self.progress: QProgressBar | None = None
        if child.settings_total:
            self.progress = QProgressBar()
            self.progress.setRange(0, child.settings_total)
            self.progress.setValue(child.settings_done)
            self.progress.setTextVisible(False)
            self.progress.setMaximumWidth(120)
            self.progress.setMaximumHeight(10)
            text = self.tr("%n of {total} settings in place", None, child.settings_done).format(
                total=child.settings_total
            )
            self.progress.setAccessibleName(text)
            self.progress_text = QLabel(text)
            self.header.addWidget(self.progress)
            self.header.addWidget(self.progress_text)
        when = formatting.long_date(child.next_talk_on)
        if not child.entries:
            self.say(self.tr("Nothing due this week. Next talk: {date}.").format(date=when))
        elif not any(e.kind is DueKind.TALK for e in child.entries):
            self.say(self.tr("Next talk: {date}.").format(date=when))


class FamilySection(Section):
    def __init__(self, entries: tuple[DueEntry, ...], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.heading.setText(self.tr("The whole family"))
        self.heading.setAccessibleName(self.heading.text())
        self.entries = entries
