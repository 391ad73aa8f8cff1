import pytest

from familysafe.ui.context import AppContext


@pytest.fixture
def ctx(services, qapp):
    return AppContext(services)


@pytest.fixture
def answer_yes(monkeypatch):
    """Answer "Yes" to the next confirmation, as the user would click it."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
