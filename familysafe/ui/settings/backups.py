"""Settings > Backups: the backups FamilySafe keeps, one made now, and one put back."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from familysafe.services.backups import Backup
from familysafe.ui.context import AppContext
from familysafe.ui.formatting import qdate, qdatetime, qtime
from familysafe.ui.settings.group import Apply, SettingsGroup
from familysafe.ui.widgets import confirm


class BackupsGroup(SettingsGroup):
    restored = Signal()  # the family's data was replaced: everything must be shown again

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(ctx, apply, parent)
        self.setTitle(self.tr("Backups"))
        intro = QLabel(
            self.tr(
                "FamilySafe backs up your data on the first change of each day, into the "
                "backups folder inside the data folder. It keeps one a day for two weeks, one a "
                "week for three months and one a month for a year."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Made"), self.tr("People"), self.tr("Talks"), self.tr("Size")]
        )
        self.list.setMinimumHeight(160)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.back_up_now = QPushButton(self.tr("Back up no&w"))
        self.back_up_now.clicked.connect(self._back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the chosen bac&kup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        self.form.addRow(intro)
        self.form.addRow(self.list)
        self.form.addRow(buttons)
        self._backups: list[Backup] = []

    def load(self) -> None:
        self.list.clear()
        self._backups = []
        locale = QLocale()
        for backup in self._ctx.services.backups.list():
            self._backups.append(backup)  # row by row, as listed (no data on the items)
            contents = backup.contents
            unreadable = self.tr("cannot be read")
            item = QTreeWidgetItem(
                [
                    locale.toString(qdatetime(backup.made), QLocale.FormatType.ShortFormat),
                    locale.toString(contents.members) if contents else unreadable,
                    locale.toString(contents.talks) if contents else "",
                    locale.formattedDataSize(backup.size),
                ]
            )
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._selection_changed()

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None or not self.list.selectedItems():
            return None
        row = self.list.indexOfTopLevelItem(item)
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def _selection_changed(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.contents is not None)

    def _back_up_now(self) -> None:
        if self._apply(lambda: self._ctx.services.backups.make("manual")):
            self.load()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or backup.contents is None:
            return
        locale = QLocale()
        if not confirm.ask(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Your data will be as it was on {date} at {time}: {members} people and "
                "{talks} talks, with their apps, checklists, agreement and settings from then. "
                "Changes made since will be replaced. What you have now is backed up first, "
                "so you can come back to it."
            ).format(
                date=locale.toString(qdate(backup.made.date()), QLocale.FormatType.LongFormat),
                time=locale.toString(qtime(backup.made.time()), QLocale.FormatType.ShortFormat),
                members=locale.toString(backup.contents.members),
                talks=locale.toString(backup.contents.talks),
            ),
            self.tr("&Restore this backup"),
        ):
            return
        if self._apply(lambda: self._ctx.services.backups.restore(backup.id)):
            self.restored.emit()
            self._ctx.household_changed.emit()
