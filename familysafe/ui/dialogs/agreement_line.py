"""Writing a line of the family agreement in the family's own words, or changing one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.agreement import OWN_TEXT_MAX
from familysafe.core.errors import FamilySafeError
from familysafe.services.agreement import ShownLine
from familysafe.ui import itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.widgets.check_list import CheckList
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.labels import buddy_label
from familysafe.words.errors import error_text


class AgreementLineDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        section_id: str | None = None,
        line: ShownLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._line_id = line.id if line else None  # a draft line's (a new line has none)
        self.setWindowTitle(self.tr("Change a line") if line else self.tr("Write your own line"))
        agreement = ctx.services.agreement

        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Section"))
        for section in agreement.sections():
            itemdata.add_choice(self.section, section.title, section.id)
        wanted = line.section_id if line else section_id
        if wanted:
            itemdata.select_choice(self.section, wanted)
        self.section.setEnabled(line is None)
        self.text = QLineEdit(line.text if line else "")
        self.text.setMaxLength(OWN_TEXT_MAX)
        self.text.setAccessibleName(self.tr("The line, in your own words"))
        self.text.setPlaceholderText(self.tr("e.g. Phones charge in the kitchen at night"))
        self.text_error = FieldError()
        self.text_error.clear_on(self.text.textChanged)
        hint = QLabel(
            self.tr("Write it so the youngest child it is for can read it. Short is good.")
        )
        hint.setWordWrap(True)
        self.children_list = CheckList(self.tr("Only for these children"))
        self.children_list.setMaximumHeight(110)
        chosen = set(line.child_ids) if line else set()
        for view in ctx.services.household.children():
            self.children_list.add(view.name, view.member.id, view.member.id in chosen)
        children_hint = QLabel(self.tr("Tick nobody for a line that is for everyone."))

        form = QFormLayout()
        form.addRow(self.tr("&Section"), self.section)
        text_box = QVBoxLayout()
        text_box.addWidget(self.text)
        text_box.addWidget(hint)
        text_box.addWidget(self.text_error)
        form.addRow(buddy_label(self.tr("&Line"), self.text), text_box)
        children_box = QVBoxLayout()
        children_box.addWidget(self.children_list)
        children_box.addWidget(children_hint)
        form.addRow(buddy_label(self.tr("&For"), self.children_list), children_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 340)

    def chosen_children(self) -> list[int]:
        return self.children_list.checked()

    def save(self) -> None:
        agreement = self._ctx.services.agreement
        self.text_error.clear_message()
        try:
            if self._line_id is None:
                agreement.add_line(
                    itemdata.current_choice(self.section),
                    text=self.text.text(),
                    children=self.chosen_children(),
                )
            else:
                agreement.edit_line(
                    self._line_id, text=self.text.text(), children=self.chosen_children()
                )
        except FamilySafeError as exc:
            self.text_error.show_message(error_text(exc))
            return
        self.accept()
