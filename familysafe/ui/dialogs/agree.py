"""Agreeing the family agreement: the day, who agreed, and when to look at it again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.agreement import REVIEW_AFTER
from familysafe.core.errors import FamilySafeError
from familysafe.ui.bidi import sections_in_order
from familysafe.ui.context import AppContext
from familysafe.ui.formatting import py_date, qdate, short_date_format
from familysafe.ui.widgets.check_list import CheckList
from familysafe.ui.widgets.field_error import FieldError
from familysafe.words.errors import error_text


class AgreeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Agree the family agreement"))
        today = ctx.clock.today()
        intro = QLabel(
            self.tr(
                "Read it through together first. Everyone who agrees is ticked here, and signs "
                "the printed copy. Agreeing again later keeps the earlier versions."
            )
        )
        intro.setWordWrap(True)
        self.on = sections_in_order(QDateEdit(qdate(today)))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(short_date_format())
        self.on.setMaximumDate(qdate(today))
        self.on.setAccessibleName(self.tr("Agreed on"))
        self.on.dateChanged.connect(self._follow_review)
        self.people = CheckList(self.tr("Who agreed"))
        for view in ctx.services.household.members():
            self.people.add(view.name, view.member.id, checked=True)
        self.review = sections_in_order(QDateEdit(qdate(today + REVIEW_AFTER)))
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat(short_date_format())
        self.review.setAccessibleName(self.tr("Look at it again on"))
        self.error = FieldError()
        self.error.clear_on(self.on.dateChanged, self.people.itemChanged, self.review.dateChanged)
        form = QFormLayout()
        form.addRow(self.tr("Agreed &on"), self.on)
        form.addRow(self.tr("&Who agreed"), self.people)
        form.addRow(self.tr("&Review on"), self.review)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Agree"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def _follow_review(self) -> None:
        agreed = py_date(self.on.date())
        self.review.setDate(qdate(agreed + REVIEW_AFTER))

    def signers(self) -> list[int]:
        return self.people.checked()

    def save(self) -> None:
        self.error.clear_message()
        try:
            self._ctx.services.agreement.agree(
                self.signers(), py_date(self.on.date()), py_date(self.review.date())
            )
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return
        self._ctx.household_changed.emit()
        self.accept()
