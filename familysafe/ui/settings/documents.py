"""What printed documents say about the family, and where the family's data is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from familysafe.services.settings import PAPER
from familysafe.ui import itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.settings.group import Apply, SettingsGroup
from familysafe.ui.widgets.field_error import FieldError


class DocumentsGroup(SettingsGroup):
    """Each line is saved on its own: a refused one never takes the others with it."""

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Printed documents"))
        self.family_name = QLineEdit()
        self.family_name.setAccessibleName(self.tr("Family name"))
        self.family_name.setPlaceholderText(self.tr("e.g. The Okafor family"))
        self.contact_line = QLineEdit()
        self.contact_line.setAccessibleName(self.tr("How carers reach you"))
        self.contact_line.setPlaceholderText(self.tr("e.g. Mum: 07700 900123"))
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Author written into PDF files"))
        self.author.setPlaceholderText(self.tr("Left out unless you fill it in"))
        settings = ctx.services.settings
        for edit, setter in (
            (self.family_name, settings.set_family_name),
            (self.contact_line, settings.set_contact_line),
            (self.author, settings.set_document_author),
        ):
            edit.setMinimumWidth(280)
            edit.editingFinished.connect(
                lambda edit=edit, setter=setter: self._apply(lambda: setter(edit.text()))
            )
        self.form.addRow(self.tr("Famil&y name"), self.family_name)
        self.form.addRow(self.tr("C&ontact line for carers"), self.contact_line)
        self.form.addRow(self.tr("&Author in PDF files"), self.author)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        itemdata.add_choice(self.paper, self.tr("As usual in our country"), "")
        itemdata.add_choice(self.paper, self.tr("A4"), "a4")
        itemdata.add_choice(self.paper, self.tr("US Letter"), "letter")
        self.paper.activated.connect(self._save_paper)
        self.form.addRow(self.tr("&Paper"), self.paper)

    def load(self) -> None:
        settings = self._ctx.services.settings
        self.family_name.setText(settings.family_name() or "")
        self.contact_line.setText(settings.contact_line() or "")
        self.author.setText(settings.document_author() or "")
        itemdata.select_choice(self.paper, settings.get(PAPER) or "")

    def _save_paper(self) -> None:
        size = itemdata.current_choice(self.paper)
        self._apply(lambda: self._ctx.services.settings.set_paper(size or None))


class DataGroup(SettingsGroup):
    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Your data"))
        text = QLabel(
            self.tr(
                "FamilySafe keeps everything in this folder on this computer and sends "
                "nothing anywhere. Back it up with your other files."
            )
        )
        text.setWordWrap(True)
        self.data_folder = QLabel(str(ctx.services.data_dir))
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Op&en the folder"))
        self.open_folder.clicked.connect(self._open_folder)
        self.open_error = FieldError()
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(self.open_folder)
        self.form.addRow(text)
        self.form.addRow(row)
        self.form.addRow(self.open_error)

    def load(self) -> None:
        """Nothing to load: the folder is fixed while FamilySafe runs."""

    def _open_folder(self) -> None:
        folder = self._ctx.services.data_dir
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.open_error.clear_message()
        else:
            self.open_error.show_message(
                self.tr(
                    "This computer has no program that opens folders. The folder is: {folder}"
                ).format(folder=folder)
            )
