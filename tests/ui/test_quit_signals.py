"""A signal reaches Python while Qt's loop waits, and quits the way the Quit menu does."""

import os
import signal

import pytest
from PySide6.QtWidgets import QLineEdit

from familysafe.ui.quit_signals import QuitOnSignals

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def test_sigterm_quits_once_after_the_field_being_typed_in_saves(qtbot):
    before = signal.getsignal(signal.SIGTERM)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    saved, quits = [], []
    field.editingFinished.connect(lambda: saved.append(field.text()))
    field.setText("The Okafor family")
    quitter = QuitOnSignals(lambda: quits.append(True))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        os.kill(os.getpid(), signal.SIGTERM)  # twice: still one quit
        qtbot.waitUntil(lambda: bool(quits), timeout=5000)
        qtbot.wait(50)
    finally:
        quitter.restore()
    assert quits == [True] and quitter.received == signal.SIGTERM
    assert saved == ["The Okafor family"]
    assert signal.getsignal(signal.SIGTERM) is before
