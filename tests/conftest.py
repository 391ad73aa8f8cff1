"""Shared fixtures: a private data folder per test, a fixed clock, and Qt without a screen."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ.pop("FAMILYSAFE_DATA_DIR", None)
os.environ["FAMILYSAFE_LANG"] = "en"
# The content cache of this test run: never the user's own.
_CACHE = tempfile.mkdtemp(prefix="familysafe-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
os.environ["FAMILYSAFE_CACHE_DIR"] = _CACHE

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# No timed assertions: Hypothesis's deadline and its "too slow" health checks time each example,
# and on a busy machine (CI shares two cores) they fail tests that are right. Speed is measured
# in benchmarks/ instead.
settings.register_profile(
    "familysafe",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("familysafe")

from familysafe.core.clock import FixedClock  # noqa: E402
from familysafe.services import open_services  # noqa: E402

TODAY = date(2026, 11, 23)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture(autouse=True)
def private_config_home(tmp_path, monkeypatch):
    """Nothing a test does may touch the real login items (start at login writes there)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_words_afterwards():
    """A test that changes the language below the window (the CLI does) leaves it unset."""
    yield
    from familysafe import words

    words.use_language(None)


@pytest.fixture(autouse=True)
def neutral_locale(monkeypatch):
    """The family's country follows the computer's locale when none is chosen: every test
    starts on a computer whose locale names no country (so the default, GB, applies) unless it
    sets LANG itself."""
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def services(data_dir, clock):
    s = open_services(data_dir, clock)
    yield s
    s.close()


def pytest_configure(config):
    # One QApplication for the whole run, created before any test (the CLI, run in-process,
    # would otherwise make a QCoreApplication that widgets cannot use).
    from PySide6.QtWidgets import QApplication

    config._familysafe_qapp = QApplication.instance() or QApplication(["familysafe-tests"])
