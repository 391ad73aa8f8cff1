"""One entry of the Today page: what it is, when, one clear action, and a snooze.

Every line keeps the palette's own text colour on the card's own background (never the disabled
grey), so it reads at the contrast the palette was made for, light or dark.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.due import (
    DueEntry,
    DueKind,
    NewBandDue,
    SettingsDue,
    TalkDue,
)
from familysafe.ui import bidi
from familysafe.ui.qt_enums import plain_text
from familysafe.words.lists import join_list
from familysafe.words.planner import entry_title, talk_topic, when_text

SETTINGS_SHOWN = 3


def _label(text: str, *, bold: bool = False, italic: bool = False) -> QLabel:
    label = plain_text(QLabel(bidi.sentence(text)))
    label.setWordWrap(True)
    if bold or italic:
        font = label.font()
        font.setBold(bold)
        font.setItalic(italic and not bidi.has_right_to_left(text))  # Arabic has no italic
        label.setFont(font)
    return label


class EntryCard(QFrame):
    """``primary`` is the entry's main action (log the talk, open the settings, mark done);
    ``done`` marks it done where that is a second choice; ``snooze`` hides it for some days;
    ``open_topic`` opens one of the other suggested topics."""

    primary = Signal(object)  # the entry
    done = Signal(object)
    snooze = Signal(object, int)  # the entry, days
    open_topic = Signal(str)

    def __init__(
        self,
        entry: DueEntry,
        member: str | None,
        starter: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("dueEntry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)

        self.title = _label(entry_title(entry, member), bold=entry.is_due)
        self.when = _label(when_text(entry))
        self.when.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.when)
        layout.addLayout(top)
        for line in self._details(entry, starter):
            layout.addWidget(line)

        buttons = QHBoxLayout()
        self.primary_button = QPushButton(self._primary_text(entry))
        self.primary_button.setAccessibleName(
            f"{self.primary_button.text().replace('&', '')}: {self.title.text()}"
        )
        font = self.primary_button.font()
        font.setBold(True)  # the one clear thing to do
        self.primary_button.setFont(font)
        self.primary_button.clicked.connect(lambda: self.primary.emit(self.entry))
        buttons.addWidget(self.primary_button)
        self.done_button: QPushButton | None = None
        if entry.kind in (DueKind.NEW_BAND, DueKind.AGREEMENT_REVIEW) and entry.is_due:
            self.done_button = QPushButton(self.tr("Mark done"))
            self.done_button.setAccessibleName(f"{self.tr('Mark done')}: {self.title.text()}")
            self.done_button.clicked.connect(lambda: self.done.emit(self.entry))
            buttons.addWidget(self.done_button)
        self.more_button: QPushButton | None = None
        if isinstance(entry, TalkDue) and entry.more:
            self.more_button = QPushButton(self.tr("Other topics"))
            menu = QMenu(self.more_button)
            for s in entry.more:
                action = menu.addAction(s.title)
                action.triggered.connect(lambda _=False, t=s.topic_id: self.open_topic.emit(t))
            self.more_button.setMenu(menu)
            buttons.addWidget(self.more_button)
        self.snooze_button: QPushButton | None = None
        if entry.is_due:
            self.snooze_button = QPushButton(self.tr("Snooze"))
            self.snooze_button.setAccessibleName(f"{self.tr('Snooze')}: {self.title.text()}")
            menu = QMenu(self.snooze_button)
            menu.addAction(self.tr("Until tomorrow")).triggered.connect(
                lambda: self.snooze.emit(self.entry, 1)
            )
            menu.addAction(self.tr("For a week")).triggered.connect(
                lambda: self.snooze.emit(self.entry, 7)
            )
            self.snooze_button.setMenu(menu)
            buttons.addWidget(self.snooze_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.setAccessibleName(f"{self.title.text()}, {self.when.text()}")

    def _primary_text(self, entry: DueEntry) -> str:
        return {
            # No Alt keys: every card has one, so they would clash; Tab reaches each in turn.
            DueKind.TALK: self.tr("Log the talk…"),
            DueKind.SETTINGS: self.tr("Open the settings"),
            DueKind.AGREEMENT_REVIEW: self.tr("Open the agreement"),
            DueKind.NEW_BAND: self.tr("See the new topics"),
        }.get(entry.kind, self.tr("Mark done"))

    def _details(self, entry: DueEntry, starter: str | None) -> list[QLabel]:
        lines = []
        if isinstance(entry, TalkDue) and entry.topic is not None:
            lines.append(_label(talk_topic(entry)))
            if starter:
                lines.append(_label(self.tr("You could start with: “{starter}”").format(
                    starter=starter), italic=True))  # fmt: skip
        elif isinstance(entry, SettingsDue):
            titles = [s.title for s in entry.settings[:SETTINGS_SHOWN]]
            more = len(entry.settings) - SETTINGS_SHOWN
            text = "; ".join(titles)
            if more > 0:
                text = self.tr("{settings}; and %n more", None, more).format(settings=text)
            lines.append(_label(text))
        elif isinstance(entry, NewBandDue):
            lines.append(
                _label(self.tr("New topics: {titles}").format(titles=join_list(entry.titles)))
            )
        return lines
