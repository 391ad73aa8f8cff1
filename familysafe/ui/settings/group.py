"""What every group on the Settings page shares: a form, its context and one way to save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from familysafe.ui.context import AppContext

# Runs one save for the page: shows a refusal's reason, reloads what is stored, and says
# whether the save went through (never while the page is loading).
Apply = Callable[[Callable[[], object]], bool]

# A group's title reads as a heading, like the Today page's section headings.
TITLE_SCALE = 1.25


class SettingsGroup(QGroupBox):
    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._apply = apply
        # The title is drawn in the group's font; the choices in it keep the usual font (set
        # on the body in full, so nothing of the title's bold and size passes on to them).
        usual = QFont(self.font())
        usual.setBold(False)
        usual.setPointSizeF(usual.pointSizeF())
        title = QFont(usual)
        title.setBold(True)
        title.setPointSizeF(usual.pointSizeF() * TITLE_SCALE)
        self.setFont(title)
        self.body = QWidget(self)
        self.body.setFont(usual)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

    def load(self) -> None:
        """Show what is stored, without saving anything back."""
        raise NotImplementedError
