import pytest

from familysafe.ui.context import AppContext


@pytest.fixture
def ctx(services, qapp):
    return AppContext(services)


@pytest.fixture
def answer_yes(monkeypatch):
    """Answer "Yes" to the next confirmation, as the user would click it."""
    from familysafe.ui.widgets import confirm

    asked = []

    def ask(parent, title, text, action):
        asked.append(title)
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return asked
