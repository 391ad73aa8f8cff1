"""The first-run welcome: what FamilySafe does, and that everything stays on this computer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from familysafe.about import APP_NAME
from familysafe.ui import itemdata
from familysafe.ui.context import AppContext


class WelcomeDialog(QDialog):
    """Also asks where the family lives (helplines, the emergency number, paper size), with
    the family's country as FamilySafe would decide it already chosen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        heading = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            self.tr(
                "<p>FamilySafe helps you keep your children safe online the way that works best: "
                "by talking with them, regularly and at their level, and by putting the right "
                "privacy settings in place.</p>"
                "<p><b>Everything stays on this computer.</b> FamilySafe has no account, never "
                "connects to the internet and never watches what your children do.</p>"
                "<p>To begin, add the children in your family. A nickname and the month they "
                "were born are enough.</p>"
            )
        )
        text.setWordWrap(True)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        for country in ctx.services.library.countries():
            itemdata.add_choice(self.country, country.name, country.code)
        itemdata.select_choice(self.country, ctx.services.settings.helpline_country().code)
        where = QFormLayout()
        # The label above its choice, wrapped: long in some languages, it must never be cut.
        where.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        label = QLabel(self.tr("&Where we live (for helplines and the emergency number)"))
        label.setWordWrap(True)
        label.setBuddy(self.country)
        where.addRow(label, self.country)
        # Asked once, off unless the parent ticks it: reminders only reach a parent while
        # FamilySafe runs, but starting programs at login is theirs to choose.
        self.start_at_login = QCheckBox(
            self.tr("Start FamilySafe quietly when I log in, so reminders can reach me")
        )
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Add my first child"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Look around first"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(where)
        layout.addWidget(self.start_at_login)
        layout.addWidget(buttons)
        # Wide enough for the tick box's sentence (it cannot wrap), in every language.
        self.setMinimumWidth(max(480, self.start_at_login.sizeHint().width() + 40))

    def chosen_country(self) -> str:
        return itemdata.current_choice(self.country)
