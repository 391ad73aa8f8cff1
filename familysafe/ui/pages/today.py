"""The Today page: a short plan for the day, grouped by child, then the family's items.

It shows exactly the entries of the planner's due plan (the same as ``familysafe due``, the tray,
the daily notification and the calendar file), each with one clear action and a snooze. When
nothing is due it says so, and when the next thing comes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from familysafe.core.due import DueEntry, DueKind, DuePlan, NewBandDue, SettingsDue, TalkDue
from familysafe.core.errors import FamilySafeError, NotFoundError
from familysafe.ui import formatting, theme
from familysafe.ui.context import AppContext
from familysafe.ui.qt_enums import plain_text, set_enum
from familysafe.ui.today.entry_card import EntryCard
from familysafe.ui.today.sections import ChildSection, FamilySection, Section
from familysafe.ui.widgets.lazy_page import LazyPage
from familysafe.ui.widgets.page_header import PageHeader
from familysafe.words.errors import error_text
from familysafe.words.planner import count_text, entry_title

if TYPE_CHECKING:
    from familysafe.ui.widgets.empty_state import EmptyState

WITHIN = 7


class TodayPage(LazyPage):
    open_topic = Signal(str, int)  # topic id, member id (0: no one in particular)
    open_agreement = Signal()
    open_checklist = Signal(int, str)  # member id, app id
    add_child = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Today")
        self.plan: DuePlan | None = None
        self.sections: list[Section] = []
        self.header = PageHeader(self.title, "")
        self.status = plain_text(QLabel())  # "Snoozed until ...": what the last action did
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        self.status.hide()
        self._empty: EmptyState | None = None  # made when there is nothing to show
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 12, 0)
        self.body_layout.setSpacing(theme.SECTION_GAP)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        set_enum(self.scroll_area, "focusPolicy", "NoFocus")  # Tab goes card by card
        self.scroll_area.setWidget(self.body)
        self._scroll_back_to: int | None = None
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.scroll_area.verticalScrollBar().actionTriggered.connect(self._user_scrolled)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)

    @property
    def empty(self) -> EmptyState:
        """What the page shows before there is a child (made the first time it is needed: a
        family's start-up does not build it)."""
        if self._empty is None:
            from familysafe.ui.widgets.empty_state import EmptyState

            self._empty = EmptyState(
                self.tr("Nothing is due"),
                self.tr(
                    "When a talk, a settings check or a family check-in is due, it shows here. "
                    "Add your children and the apps they use to get started."
                ),
                # The Family page's words for the same button (one translation for both).
                QCoreApplication.translate("FamilyPage", "Add your first child"),
                drawing="empty-today",
            )
            self._empty.action.clicked.connect(self.add_child)
            self.stack.addWidget(self._empty)
        return self._empty

    # Filling the page --------------------------------------------------------------------------

    def refresh(self) -> None:
        place = self._place()
        services = self._ctx.services
        self.plan = plan = services.planner.plan(WITHIN)
        for section in self.sections:
            section.setParent(None)
            section.deleteLater()
        self.sections = []
        while self.body_layout.count():
            self.body_layout.takeAt(0)
        self.header.subtitle.setText(self._summary(plan))
        self.header.subtitle.show()
        for child in plan.children:
            section = ChildSection(child)
            for entry in child.entries:
                self._add(section, entry, child.name)
            self.sections.append(section)
        if plan.family:
            family = FamilySection(plan.family)
            names = {c.member_id: c.name for c in plan.children}
            for entry in plan.family:
                self._add(family, entry, names.get(entry.member_id or 0))
            self.sections.append(family)
        # The sections are shown while the body is hidden, then the body at once: a section
        # shown in a visible body lays out the whole body again (each card's wrapped lines), so
        # the page is laid out once, with its new height, not once per section.
        shown = self.body.isVisible()
        if shown:
            self.body.hide()
        for section in self.sections:
            self.body_layout.addWidget(section)
            section.show()
        self.body_layout.addStretch()
        if shown:
            self.body.show()
        self.stack.setCurrentWidget(self.scroll_area if plan.children else self.empty)
        self._chain_focus()
        self._go_back(place)

    def _place(self) -> tuple[int, str | None, int, int]:
        """Where the parent is: the scroll position, and the card (by key, and by position)
        and button with the keyboard focus."""
        top = self.scroll_area.verticalScrollBar().value()
        focus = self.window().focusWidget()
        for index, card in enumerate(self.cards()):
            buttons = _buttons(card)
            if focus in buttons:
                return top, card.entry.key, index, buttons.index(focus)
        return top, None, -1, -1

    def _range_changed(self, _low: int, high: int) -> None:
        if self._scroll_back_to is not None and high > 0:
            self.scroll_area.verticalScrollBar().setValue(min(self._scroll_back_to, high))
            self._scroll_back_to = None

    def _user_scrolled(self, _action: int) -> None:
        self._scroll_back_to = None

    def _go_back(self, place: tuple[int, str | None, int, int]) -> None:
        """After a rebuild: the same scroll position, and the focus on the same card's button
        (or, when that card has gone, on the card now in its place)."""
        top, key, index, button = place
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(top)
        # Once more when the new cards are laid out (_range_changed), unless it is already so.
        self._scroll_back_to = top if bar.value() != top else None
        if key is None:
            return
        cards = self.cards()
        card = self.card_for(key) or (cards[min(index, len(cards) - 1)] if cards else None)
        if card is not None:
            buttons = _buttons(card)
            target = buttons[button] if 0 <= button < len(buttons) else card.primary_button
            target.setFocus()

    def _summary(self, plan: DuePlan) -> str:
        due = plan.due_now()
        if due:
            return self.tr("Today: {things}.").format(things=count_text(due))
        upcoming = plan.coming_up()
        if upcoming:
            first = upcoming[0]
            return self.tr("All done for today. Next: {what}, {date}.").format(
                what=entry_title(first), date=formatting.long_date(first.due_on)
            )
        found = plan.next_talk()
        if found:
            child, day = found
            return self.tr("All done for today. Next: a talk with {name}, {date}.").format(
                name=child.name, date=formatting.long_date(day)
            )
        return ""

    def _add(self, section: Section, entry: DueEntry, member: str | None) -> None:
        card = EntryCard(entry, member, self._starter(entry))
        card.primary.connect(self.primary_action)
        card.done.connect(self.mark_done)
        card.snooze.connect(self.snooze)
        who = entry.member_id or 0
        card.open_topic.connect(lambda topic, m=who: self.open_topic.emit(topic, m))
        section.add_card(card)

    def _starter(self, entry: DueEntry) -> str | None:
        """The suggested topic's first conversation starter for the child's age."""
        if not isinstance(entry, TalkDue) or entry.topic is None or self.plan is None:
            return None
        topic = self._ctx.services.library.library.topic(entry.topic.topic_id)
        band = next((c.band for c in self.plan.children if c.member_id == entry.member_id), None)
        starters = topic.starters.get(band, ()) if topic and band else ()
        return starters[0] if starters else None

    def _chain_focus(self) -> None:
        """Tab goes through the cards in reading order: each card's buttons, then the next."""
        buttons = [b for card in self.cards() for b in _buttons(card)]
        for first, second in zip(buttons, buttons[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # Reading it (tests, the window) ------------------------------------------------------------

    def cards(self) -> list[EntryCard]:
        return [card for section in self.sections for card in section.cards]

    def entries(self) -> list[DueEntry]:
        return [card.entry for card in self.cards()]

    def card_for(self, key: str) -> EntryCard | None:
        return next((c for c in self.cards() if key in c.entry.keys), None)

    def select(self, key: str) -> None:
        """Bring the entry ``key`` into view with its main action focused."""
        self.ensure_loaded()
        card = self.card_for(key)
        if card is not None:
            self.scroll_area.ensureWidgetVisible(card)
            card.primary_button.setFocus()

    # Actions -----------------------------------------------------------------------------------

    def primary_action(self, entry: DueEntry) -> None:
        who = entry.member_id or 0
        if isinstance(entry, TalkDue):
            from familysafe.ui.dialogs.log_talk import LogTalkDialog

            topics = [entry.topic_id] if entry.topic_id else []
            LogTalkDialog(self._ctx, [who], topics, parent=self).exec()
        elif isinstance(entry, SettingsDue):
            self.open_checklist.emit(who, entry.app_id)
        elif entry.kind is DueKind.AGREEMENT_REVIEW:
            self.open_agreement.emit()
        elif isinstance(entry, NewBandDue):
            self.open_topic.emit(entry.topic_ids[0], who)
        else:
            self.mark_done(entry)

    def mark_done(self, entry: DueEntry) -> None:
        try:
            self._ctx.services.planner.done(entry.key)
        except NotFoundError:
            self._gone()
            return
        except FamilySafeError as error:
            self._say(error_text(error))
            return
        self._say(self.tr("Done."))
        self._ctx.household_changed.emit()

    def snooze(self, entry: DueEntry, days: int) -> None:
        try:
            until = self._ctx.services.planner.snooze(entry.key, days)
        except NotFoundError:
            self._gone()
            return
        self._say(self.tr("Snoozed until {date}.").format(date=formatting.long_date(until)))
        self._ctx.household_changed.emit()

    def _gone(self) -> None:
        """The entry was dealt with elsewhere (the tray, another window): show the page as it
        is now rather than an error about a key."""
        self._say(self.tr("That was already dealt with. The list is up to date now."))
        self._ctx.household_changed.emit()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


def _buttons(card: EntryCard) -> list[QWidget]:
    """A card's buttons in Tab order."""
    found = (card.primary_button, card.done_button, card.more_button, card.snooze_button)
    return [b for b in found if b is not None]
