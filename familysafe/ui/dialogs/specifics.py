"""The specifics beside the family agreement: for each child, the places and times without
screens, a device bedtime, how long games and videos last and the devices they use; and the
trusted adults the family names. Saved only when the parent enters them, one change at a time."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.errors import FamilySafeError
from familysafe.core.input_rules import SHORT_TEXT_MAX
from familysafe.core.specifics import PHONE_MAX, split_devices
from familysafe.ui import itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.widgets.field_error import FieldError
from familysafe.words.errors import error_text
from familysafe.words.lists import join_list


class SpecificsDialog(QDialog):
    """One child at a time: choose the child, fill in what the family agreed, Save. What was
    typed is not lost: choosing another child or closing saves it first (when it cannot be
    saved, the reason shows and the child stays chosen)."""

    def __init__(self, ctx: AppContext, child: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Times, places and devices"))
        self.child = QComboBox()
        self.child.setAccessibleName(self.tr("Child"))
        self._names = {v.member.id: v.name for v in ctx.services.household.children()}
        for member_id, name in self._names.items():
            itemdata.add_choice(self.child, name, member_id)
        if child:
            itemdata.select_choice(self.child, child)
        self.apps = QLabel()
        self.apps.setWordWrap(True)
        self.screen_free = QLineEdit()
        self.screen_free.setMaxLength(SHORT_TEXT_MAX)
        self.screen_free.setAccessibleName(self.tr("Screen-free places and times"))
        self.screen_free.setPlaceholderText(self.tr("e.g. the kitchen table, meals, bedrooms"))
        self.has_bedtime = QCheckBox(self.tr("Devices go to &bed at"))
        self.bedtime = QTimeEdit()
        self.bedtime.setDisplayFormat("HH:mm")
        self.bedtime.setAccessibleName(self.tr("Device bedtime"))
        self.has_bedtime.toggled.connect(self.bedtime.setEnabled)
        self.play_time = QLineEdit()
        self.play_time.setMaxLength(SHORT_TEXT_MAX)
        self.play_time.setAccessibleName(self.tr("How long games and videos last"))
        self.play_time.setPlaceholderText(self.tr("e.g. 1 hour on school days, 2 at weekends"))
        self.devices = QLineEdit()
        self.devices.setAccessibleName(self.tr("Devices"))
        self.devices.setPlaceholderText(self.tr("e.g. tablet, Nintendo Switch (commas between)"))
        self.error = FieldError()
        hint = QLabel(
            self.tr(
                "Printed on the agreement and the carer handout. Leave a box empty to leave it "
                "out. For younger children the agreement also says that sleep and moving about "
                "come first."
            )
        )
        hint.setWordWrap(True)

        bedtime_row = QHBoxLayout()
        bedtime_row.addWidget(self.has_bedtime)
        bedtime_row.addWidget(self.bedtime)
        bedtime_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Child"), self.child)
        form.addRow(self.tr("Apps FamilySafe knows"), self.apps)
        form.addRow(self.tr("Screen-&free"), self.screen_free)
        form.addRow(self.tr("Bedtime"), bedtime_row)
        form.addRow(self.tr("&Games and videos"), self.play_time)
        form.addRow(self.tr("&Devices"), self.devices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._shown: int | None = None  # the child (member id) whose specifics the boxes hold
        self._loaded: tuple[str, ...] = ()  # the boxes as loaded or last saved
        self.child.currentIndexChanged.connect(self._child_changed)
        self.load()
        self.resize(560, 320)

    def load(self) -> None:
        """Show the chosen child's specifics as saved."""
        self.error.clear_message()
        member_id = itemdata.current_choice(self.child)
        if member_id is None:
            self.save_button.setEnabled(False)
            return
        details = self._ctx.services.specifics.child(member_id)
        self.apps.setText(join_list(details.apps) or self.tr("None added yet"))
        self.screen_free.setText(details.screen_free)
        self.has_bedtime.setChecked(details.bedtime is not None)
        self.bedtime.setEnabled(details.bedtime is not None)
        when = details.bedtime
        self.bedtime.setTime(QTime(when.hour, when.minute) if when else QTime(20, 0))
        self.play_time.setText(details.play_time)
        self.devices.setText(join_list(details.devices))
        self._shown, self._loaded = member_id, self._values()

    def _values(self) -> tuple[str, ...]:
        bedtime = self.bedtime.time().toString("HH:mm") if self.has_bedtime.isChecked() else ""
        boxes = (self.screen_free, self.play_time, self.devices)
        return (bedtime, *(box.text().strip() for box in boxes))

    def has_changes(self) -> bool:
        """Something typed for the child shown that is not saved yet."""
        return self._shown is not None and self._values() != self._loaded

    def _child_changed(self) -> None:
        before = self._shown
        if before is None or not self.has_changes():
            self.load()
            return
        if not self.save(before):  # the reason shows; the child it is about stays chosen
            self.child.blockSignals(True)
            itemdata.select_choice(self.child, before)
            self.child.blockSignals(False)
            return
        self.load()
        self.error.show_message(self.tr("Saved for {name}.").format(name=self._names[before]))

    def reject(self) -> None:  # Close, Esc or the window's close button
        if self.has_changes() and not self.save():
            return
        super().reject()

    def save(self, member_id: int | None = None) -> bool:
        """Save the boxes for ``member_id`` (the child shown); False, with the reason, if not."""
        member_id = member_id or self._shown
        if member_id is None:
            return False
        bedtime = self.bedtime.time().toString("HH:mm") if self.has_bedtime.isChecked() else ""
        try:
            self._ctx.services.specifics.set_specifics(
                member_id,
                screen_free=self.screen_free.text(),
                bedtime=bedtime,
                play_time=self.play_time.text(),
                devices=split_devices(self.devices.text()),
            )
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return False
        self._loaded = self._values()
        self.error.show_message(self.tr("Saved for {name}.").format(name=self._names[member_id]))
        return True


class TrustedAdultsDialog(QDialog):
    """The grown-ups the children can go to, named by the family, with a phone if wanted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Trusted adults"))
        intro = QLabel(
            self.tr(
                "Name the grown-ups your children can always go to. The agreement prints their "
                "names, and the children's helpline of your country."
            )
        )
        intro.setWordWrap(True)
        self.adults = QListWidget()
        self.adults.setAccessibleName(self.tr("Trusted adults"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Aunt Mei"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(PHONE_MAX)
        self.phone.setAccessibleName(self.tr("Phone (optional)"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.error = FieldError()
        self.error.clear_on(self.name.textChanged)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.setDefault(True)  # Enter in either box adds the name
        self.adults.currentItemChanged.connect(self._update_buttons)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Phone (optional)"), self.phone)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.adults, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(460, 380)

    def done(self, result: int) -> None:  # noqa: D102 (QDialog's, keeping a name typed)
        if self.name.text().strip() and not self.add():
            return  # typed but not added, and it cannot be: the reason shows
        super().done(result)

    def refresh(self) -> None:
        self.adults.clear()
        for adult in self._ctx.services.specifics.trusted_adults():
            text = f"{adult.name} · {adult.phone}" if adult.phone else adult.name
            itemdata.list_item(text, adult.name, self.adults)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(itemdata.current_value(self.adults) is not None)

    def add(self) -> bool:
        try:
            self._ctx.services.specifics.add_trusted_adult(
                self.name.text(), self.phone.text() or None
            )
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return False
        self.name.clear()
        self.phone.clear()
        self.refresh()
        return True

    def remove_selected(self) -> None:
        name = itemdata.current_value(self.adults)
        if name is None:
            return
        try:
            self._ctx.services.specifics.remove_trusted_adult(name)
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return
        self.refresh()
