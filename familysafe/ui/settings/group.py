"""What every group on the Settings page shares: a form, its context and one way to save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from familysafe.ui.context import AppContext

# Runs one save for the page: shows a refusal's reason, reloads what is stored, and says
# whether the save went through (never while the page is loading).
Apply = Callable[[Callable[[], object]], bool]


class SettingsGroup(QGroupBox):
    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._apply = apply
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

    def load(self) -> None:
        """Show what is stored, without saving anything back."""
        raise NotImplementedError
