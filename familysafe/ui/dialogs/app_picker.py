"""Choosing the apps, games and devices a child uses: search, tick, save.

Each row shows what the app can do as feature icons, so a parent sees at a glance which apps bring
live-streaming or contact with strangers. Apps above the child's age are marked, never refused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.errors import FamilySafeError
from familysafe.core.library import App
from familysafe.core.text import fold
from familysafe.ui import itemdata
from familysafe.ui.context import AppContext
from familysafe.ui.icons import feature_icon
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.labels import plain_label
from familysafe.words import vocabulary
from familysafe.words.errors import error_text
from familysafe.words.lists import join_list

ICON_SIZE = 18


class AppRow(QWidget):
    """One app: a tick box with its name, its age limit and its feature icons."""

    def __init__(
        self, app: App, checked: bool, child_age: int | None, country: str | None = None
    ) -> None:
        super().__init__()
        self.app = app
        min_age = app.min_age_in(country)  # the family's country's, where it differs
        self.check = QCheckBox(app.name)
        self.check.setChecked(checked)
        features = join_list(vocabulary.feature(f) for f in app.features)
        self.check.setAccessibleDescription(features)
        self.check.setToolTip(app.summary)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.check)
        layout.addStretch(1)
        self._icon_size = max(ICON_SIZE, round(self.fontMetrics().height() * 1.3))  # as text
        self.icons: list[QLabel] = []
        for name in app.features:
            icon = QLabel()
            self.icons.append(icon)
            icon.setToolTip(vocabulary.feature(name))
            icon.setAccessibleName(vocabulary.feature(name))
            layout.addWidget(icon)
        self.age_label = age = QLabel()
        if min_age:
            age.setText(self.tr("{age}+").format(age=min_age))
            # The column is as wide as its widest text in this language and text size.
            widest = self.tr("{age}+ ⚠").format(age=88)
            age.setMinimumWidth(age.fontMetrics().horizontalAdvance(widest) + 4)
            age.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if child_age is not None and child_age < min_age:
                age.setText(self.tr("{age}+ ⚠").format(age=min_age))
                age.setToolTip(
                    self.tr("Its minimum age is {age}: above your child's age.").format(age=min_age)
                )
            else:
                age.setToolTip(self.tr("Minimum age {age}").format(age=min_age))
        layout.addWidget(age)
        self.set_chosen(False)

    def set_chosen(self, chosen: bool) -> None:
        """On the chosen row, text and icons take the highlighted text colour (they sit on the
        highlight); elsewhere the list's text colour."""
        role = QPalette.ColorRole
        text = QApplication.palette(self).color(role.HighlightedText if chosen else role.Text)
        for widget in (self.check, self.age_label):  # not the row: that would reset them
            own = QPalette(widget.palette())
            own.setColor(role.WindowText, text)
            widget.setPalette(own)
        tinted = QPalette(QApplication.palette(self))
        tinted.setColor(role.Text, text)
        size = self._icon_size
        for name, icon in zip(self.app.features, self.icons, strict=True):
            icon.setPixmap(feature_icon(name, tinted, size).pixmap(size, size))


class AppRows(QListWidget):
    """The apps, one Tab stop for the whole list: arrows move, Space ticks the current row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AppRow] = []
        self.currentRowChanged.connect(self._chosen)
        self._was = -1

    def _chosen(self, row: int) -> None:
        for index in (self._was, row):
            if 0 <= index < len(self.rows):
                self.rows[index].set_chosen(index == row)
        self._was = row

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        row = self.currentRow()
        if event.key() == Qt.Key.Key_Space and 0 <= row < len(self.rows):
            self.rows[row].check.toggle()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.currentRow() < 0:
            first = next((r for r in range(self.count()) if not self.item(r).isHidden()), -1)
            self.setCurrentRow(first)
        super().focusInEvent(event)


class AppPickerDialog(QDialog):
    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id = member_id
        view = ctx.services.household.view(ctx.services.household.by_id(member_id))
        member = view.name
        self.setWindowTitle(self.tr("Apps {name} uses").format(name=member))
        using = {s.app.id for s in ctx.services.planner.apps(member_id)}

        intro = plain_label(
            self.tr(
                "Tick the apps, games and devices {name} uses. Each one brings its privacy "
                "checklist and the topics that go with what it can do."
            ).format(name=member)
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search apps, games and devices"))
        self.search.setAccessibleName(self.tr("Search apps"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = AppRows()
        self.list.setAccessibleName(self.tr("Apps, games and devices"))
        self.rows = self.list.rows
        country = ctx.services.settings.family_country()
        for app in ctx.services.library.apps():
            row = AppRow(app, app.id in using, view.age, country)
            row.check.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list has the focus
            item = itemdata.add_item(self.list, "", app.id)
            itemdata.set_accessible_text(item, self._spoken(row))
            row.check.toggled.connect(
                lambda _on, item=item, row=row: itemdata.set_accessible_text(
                    item, self._spoken(row)
                )
            )
            item.setSizeHint(row.sizeHint())
            self.list.setItemWidget(item, row)
            self.rows.append(row)
        self.list.setCurrentRow(0)
        self.error = FieldError()
        for row in self.rows:
            self.error.clear_on(row.check.toggled)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # As wide as the widest row (names, icons and age, in any language): none runs sideways.
        widest = max((row.sizeHint().width() for row in self.rows), default=0)
        bar = self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(widest + bar + 2 * self.list.frameWidth() + 4)
        self.resize(560, 640)

    def _speak(self, item, row: AppRow) -> None:
        itemdata.set_accessible_text(item, self._spoken(row))

    def _spoken(self, row: AppRow) -> str:
        state = self.tr("ticked") if row.check.isChecked() else self.tr("not ticked")
        return f"{row.app.name}, {state}"

    def row(self, app_id: str) -> AppRow:
        return next(r for r in self.rows if r.app.id == app_id)

    def chosen(self) -> list[str]:
        return [r.app.id for r in self.rows if r.check.isChecked()]

    def _filter(self, text: str) -> None:
        """Match the name, or a feature's name: "live" finds the live-streaming apps."""
        needle = fold(text.strip())
        for index, row in enumerate(self.rows):
            haystack = " ".join([row.app.name, *(vocabulary.feature(f) for f in row.app.features)])
            self.list.item(index).setHidden(bool(needle) and needle not in fold(haystack))

    def save(self) -> None:
        try:
            self._ctx.services.planner.set_apps(self._member_id, self.chosen())
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return
        self._ctx.household_changed.emit()
        self.accept()
