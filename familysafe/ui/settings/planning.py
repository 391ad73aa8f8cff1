"""The planner's rhythm: the family check-in, how often to talk with each child, and how often
to look at privacy settings again. A change may move what is due (``changed``)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QTimeEdit, QWidget

from familysafe.core.schedule import CheckInSchedule, Frequency, TalkCadence
from familysafe.services import setting_keys
from familysafe.ui import formatting, itemdata
from familysafe.ui.bidi import sections_in_order
from familysafe.ui.context import AppContext
from familysafe.ui.settings.group import Apply, SettingsGroup
from familysafe.ui.widgets.labels import plain_label

# (months, weeks) choices for a talk cadence, shortest first (the command line offers the same).
CADENCES = tuple(setting_keys.CADENCES.values())


def cadence_key(months: int, weeks: int) -> str:
    """Combo data as text: Qt finds text reliably, where Python tuples would not match."""
    return f"{months},{weeks}"


def _cadence(key: str) -> TalkCadence:
    months, weeks = key.split(",")
    return TalkCadence(int(months), int(weeks))


def qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class CheckInGroup(SettingsGroup):
    changed = Signal()

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Family check-in"))
        self.form.addRow(
            _intro(
                self.tr(
                    "A few minutes, regularly, when the family talks about what is happening "
                    "online."
                )
            )
        )
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(self.tr("How often"))
        itemdata.add_choice(self.frequency, self.tr("Every week"), Frequency.WEEKLY.value)
        itemdata.add_choice(self.frequency, self.tr("Every two weeks"), Frequency.FORTNIGHTLY.value)
        itemdata.add_choice(self.frequency, self.tr("Once a month"), Frequency.MONTHLY.value)
        self.nth = QComboBox()
        self.nth.setAccessibleName(self.tr("Which week of the month"))
        for label, value in (
            (self.tr("First"), 1),
            (self.tr("Second"), 2),
            (self.tr("Third"), 3),
            (self.tr("Fourth"), 4),
            (self.tr("Last"), -1),
        ):
            itemdata.add_choice(self.nth, label, value)
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Day"))
        locale = QLocale()
        for day in range(7):  # Monday first, as CheckInSchedule counts
            itemdata.add_choice(self.weekday, locale.dayName(day + 1), day)
        self.check_in_time = sections_in_order(QTimeEdit())
        self.check_in_time.setAccessibleName(self.tr("Check-in time"))
        self.check_in_time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.next_check_in = QLabel()
        row = QHBoxLayout()
        for widget in (self.frequency, self.nth, self.weekday, self.check_in_time):
            row.addWidget(widget)
        row.addStretch()
        self.form.addRow(self.tr("When"), row)
        self.form.addRow("", self.next_check_in)
        for combo in (self.frequency, self.nth, self.weekday):
            combo.activated.connect(self._save)
        self.check_in_time.editingFinished.connect(self._save)

    def load(self) -> None:
        schedule = self._ctx.services.planner.schedule()
        itemdata.select_choice(self.frequency, schedule.frequency.value)
        itemdata.select_choice(self.nth, schedule.nth)
        self.weekday.setCurrentIndex(schedule.weekday)
        self.check_in_time.setTime(qtime(schedule.at))
        self._show(schedule)

    def _show(self, schedule: CheckInSchedule) -> None:
        self.nth.setVisible(schedule.frequency is Frequency.MONTHLY)
        upcoming = schedule.next_after(self._ctx.clock.now())
        self.next_check_in.setText(
            self.tr("Next: {date} at {time}").format(
                date=formatting.long_date(upcoming.date()),
                time=QLocale().toString(qtime(upcoming.time()), QLocale.FormatType.ShortFormat),
            )
        )

    def _save(self) -> None:
        planner = self._ctx.services.planner
        at = self.check_in_time.time()
        old = planner.schedule()
        schedule = CheckInSchedule(
            frequency=Frequency(itemdata.current_choice(self.frequency)),
            weekday=itemdata.current_choice(self.weekday),
            at=time(at.hour(), at.minute()),
            nth=itemdata.current_choice(self.nth),
            anchor=old.anchor,
            zone=old.zone,
        )
        if schedule != old and self._apply(lambda: planner.set_schedule(schedule)):
            self._show(schedule)
            self.changed.emit()


class TalksGroup(SettingsGroup):
    """The family's talk cadence, and one choice per child ("as for the family" or their own)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Talks with each child"))
        self.form.addRow(
            _intro(
                self.tr(
                    "A child is due a talk when none has been logged with them for this long. "
                    "Short, regular talks work better than rare long ones."
                )
            )
        )
        self.cadence = self._cadence_combo(family_choice=False)
        self.cadence.setAccessibleName(self.tr("Talk with each child"))
        self.cadence.activated.connect(self._save_family)
        self.form.addRow(self.tr("For e&veryone"), self.cadence)
        self.child_cadences: dict[int, QComboBox] = {}  # by member id
        self._children: list[tuple[int, str]] = []

    def _cadence_combo(self, family_choice: bool) -> QComboBox:
        combo = QComboBox()
        if family_choice:
            itemdata.add_choice(combo, self.tr("As for the family"), None)
        labels = {
            (0, 1): self.tr("Every week"),
            (0, 2): self.tr("Every two weeks"),
            (1, 0): self.tr("Every month"),
            (2, 0): self.tr("Every two months"),
            (3, 0): self.tr("Every three months"),
        }
        for months, weeks in CADENCES:
            itemdata.add_choice(combo, labels[(months, weeks)], cadence_key(months, weeks))
        return combo

    def load(self) -> None:
        cadence = self._ctx.services.planner.cadence()
        itemdata.select_choice(self.cadence, cadence_key(cadence.months, cadence.weeks))
        self.fill_children()

    def fill_children(self) -> None:
        """One choice per child: rebuilt only when the children change, else just refreshed."""
        planner = self._ctx.services.planner
        children = [(v.member.id, v.name) for v in self._ctx.services.household.children()]
        if children != self._children:
            for combo in self.child_cadences.values():
                self.form.removeRow(combo)
            self.child_cadences = {}
            self._children = children
            for member_id, name in children:
                combo = self._cadence_combo(family_choice=True)
                combo.setAccessibleName(self.tr("Talk with {name}").format(name=name))
                combo.activated.connect(lambda _=0, m=member_id: self._save_child(m))
                label = plain_label(name, wrap=False)  # a name, never a mnemonic or markup
                self.form.addRow(label, combo)
                self.child_cadences[member_id] = combo
            # Made after the rest of the page: put them in Tab order right after the family's.
            chain = [self.cadence, *self.child_cadences.values()]
            for before, after in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(before, after)
        for member_id, combo in self.child_cadences.items():
            own = planner.child_cadence(member_id)
            itemdata.select_choice(combo, cadence_key(own.months, own.weeks) if own else None)

    def _save_family(self) -> None:
        cadence = _cadence(itemdata.current_choice(self.cadence))
        if self._apply(lambda: self._ctx.services.planner.set_cadence(cadence)):
            self.changed.emit()

    def _save_child(self, member_id: int) -> None:
        data = itemdata.current_choice(self.child_cadences[member_id])
        cadence = _cadence(data) if data else None
        planner = self._ctx.services.planner
        if self._apply(lambda: planner.set_child_cadence(member_id, cadence)):
            self.changed.emit()


class ChecklistGroup(SettingsGroup):
    changed = Signal()

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Privacy checklists"))
        self.recheck = QSpinBox()
        self.recheck.setRange(1, 24)
        self.recheck.setAccessibleName(self.tr("Re-check settings every so many months"))
        self.recheck.setSuffix(self.tr(" months"))
        self.recheck.editingFinished.connect(self._save)
        self.form.addRow(self.tr("Re-check &settings every"), self.recheck)

    def load(self) -> None:
        self.recheck.setValue(self._ctx.services.planner.recheck_months())

    def _save(self) -> None:
        planner = self._ctx.services.planner
        months = self.recheck.value()
        if months != planner.recheck_months() and self._apply(
            lambda: planner.set_recheck_months(months)
        ):
            self.changed.emit()
