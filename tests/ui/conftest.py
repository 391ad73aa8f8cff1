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


@pytest.fixture(autouse=True)
def no_screen_fit_left_behind(qapp):
    """Start-up code under test (the welcome, the restore offer, the exception hook) installs
    the screen-fit filter on the application; it is taken off after each test so it fits no
    later test's windows to the small offscreen screen."""
    yield
    from familysafe.ui import window_fit

    window_fit.uninstall(qapp)
