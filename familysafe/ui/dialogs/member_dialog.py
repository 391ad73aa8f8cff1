"""Adding or editing one member of the household."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.bands import BirthMonth
from familysafe.core.errors import ValidationError
from familysafe.core.household import Member, Role
from familysafe.core.input_rules import NAME_MAX
from familysafe.ui import itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.widgets.field_error import FieldError
from familysafe.words.errors import error_text


class MemberDialog(QDialog):
    """Name, role and (for a child) birth month. Saves through the household service."""

    def __init__(
        self,
        ctx: AppContext,
        member: Member | None = None,
        role: Role = Role.CHILD,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member = member
        self.saved: Member | None = None
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=member.name) if member else self.tr("Add someone")
        )

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX + 20)  # longer input gets a message, not a cut
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("A first name or a nickname"))
        name_hint = QLabel(self.tr("A nickname is enough. FamilySafe never needs a full name."))
        name_hint.setWordWrap(True)
        self.name_error = FieldError()

        self.child_radio = QRadioButton(self.tr("&Child"))
        self.adult_radio = QRadioButton(self.tr("&Adult or carer"))
        roles = QHBoxLayout()
        roles.addWidget(self.child_radio)
        roles.addWidget(self.adult_radio)
        roles.addStretch()

        today = ctx.clock.today()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(today.year - 25, today.year)
        self.year_spin.setAccessibleName(self.tr("Year of birth"))
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("Month of birth"))
        locale = QLocale()
        for month in range(1, 13):
            itemdata.add_choice(self.month_combo, locale.standaloneMonthName(month), month)
        self.day_combo = QComboBox()
        self.day_combo.setAccessibleName(self.tr("Day of birth (optional)"))
        itemdata.add_choice(self.day_combo, self.tr("Day not given"), 0)
        for day in range(1, 32):
            itemdata.add_choice(self.day_combo, locale.toString(day), day)
        born_row = QHBoxLayout()
        born_row.addWidget(self.month_combo)
        born_row.addWidget(self.year_spin)
        born_row.addWidget(self.day_combo)
        born_row.addStretch()
        self.born_widget = QWidget()
        born_box = QVBoxLayout(self.born_widget)
        born_box.setContentsMargins(0, 0, 0, 0)
        born_box.addLayout(born_row)
        born_hint = QLabel(
            self.tr(
                "The month is enough: FamilySafe uses it to know which "
                "advice fits their age, and moves them on as they grow."
            )
        )
        born_hint.setWordWrap(True)
        born_box.addWidget(born_hint)
        self.born_error = FieldError()
        born_box.addWidget(self.born_error)
        self.born_label = QLabel(self.tr("&Born in"))
        self.born_label.setBuddy(self.month_combo)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        name_box = QVBoxLayout()
        name_box.addWidget(self.name_edit)
        name_box.addWidget(name_hint)
        name_box.addWidget(self.name_error)
        form.addRow(name_label, name_box)
        form.addRow(self.tr("Who"), roles)
        form.addRow(self.born_label, self.born_widget)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.child_radio.toggled.connect(self._role_changed)
        self.name_error.clear_on(self.name_edit.textChanged)
        self.born_error.clear_on(
            self.year_spin.valueChanged,
            self.month_combo.currentIndexChanged,
            self.day_combo.currentIndexChanged,
            self.child_radio.toggled,
        )
        self._fill(member, role, today)
        self.setMinimumWidth(460)

    def _fill(self, member: Member | None, role: Role, today) -> None:
        if member:
            self.name_edit.setText(member.name)
            role = member.role
        (self.child_radio if role is Role.CHILD else self.adult_radio).setChecked(True)
        born = member.born if member and member.born else None
        self.year_spin.setValue(born.year if born else today.year - 8)
        self.month_combo.setCurrentIndex((born.month if born else today.month) - 1)
        self.day_combo.setCurrentIndex(born.day or 0 if born else 0)
        self._role_changed()

    def _role_changed(self) -> None:
        is_child = self.child_radio.isChecked()
        self.born_widget.setVisible(is_child)
        self.born_label.setVisible(is_child)

    def birth_month(self) -> BirthMonth:
        day = itemdata.current_choice(self.day_combo) or None
        year, month = self.year_spin.value(), itemdata.current_choice(self.month_combo)
        if day and not QDate.isValid(year, month, day):
            raise ValidationError("born", "born-no-such-day", "no such day", born="")
        return BirthMonth(year, month, day)

    def _save(self) -> None:
        self.name_error.clear_message()
        self.born_error.clear_message()
        role = Role.CHILD if self.child_radio.isChecked() else Role.ADULT
        household = self._ctx.services.household
        try:
            born = self.birth_month() if role is Role.CHILD else None
            if self._member is None:
                self.saved = household.add(self.name_edit.text(), role, born)
            else:
                self.saved = household.edit(self._member.id, self.name_edit.text(), role, born)
        except ValidationError as exc:
            target = self.born_error if exc.field == "born" else self.name_error
            target.show_message(error_text(exc))
            (self.month_combo if exc.field == "born" else self.name_edit).setFocus(
                Qt.FocusReason.OtherFocusReason
            )
            return
        self._ctx.household_changed.emit()
        self.accept()
