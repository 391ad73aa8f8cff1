"""The command line speaks the language the family chose in Settings; FAMILYSAFE_LANG wins."""

import pytest
from PySide6.QtCore import QLocale

from familysafe.i18n import install_translators
from familysafe.services import open_services


@pytest.fixture
def spanish_family(cli, data_dir, clock):
    cli("member", "add", "Arun", "--born", "2017-03")
    with open_services(data_dir, clock) as s:
        s.settings.set_language("es")
    yield cli
    install_translators(QLocale("en"))


def test_the_familys_language_is_used(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    code, out, _ = spanish_family("due")
    assert code == 0 and "Hablar con Arun" in out


def test_the_environment_wins_for_one_run(spanish_family):
    code, out, _ = spanish_family("due")  # the tests run with FAMILYSAFE_LANG=en
    assert code == 0 and "Talk with Arun" in out
