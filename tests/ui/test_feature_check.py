"""PySide6's check of each imported module, made from bytes (familysafe/ui/feature_check.py),
gives PySide6's own answer."""

import sys

from familysafe.ui import feature_check


def test_the_quick_check_answers_as_pyside6_does(qapp):
    import familysafe.ui.main_window  # noqa: F401 (modules that name PySide6, and that do not)

    feature = sys.modules[feature_check.FEATURE]
    own = getattr(feature._mod_uses_pyside, "pyside_check", feature._mod_uses_pyside)
    answers = {}
    for name, module in list(sys.modules.items()):
        quick = feature_check.names_pyside(module)
        if quick is not None:
            answers[name] = (quick, own(module))
    assert len(answers) > 200
    assert [name for name, (quick, slow) in answers.items() if quick != slow] == []
    assert answers["familysafe.ui.main_window"] == (True, True)
    assert answers["familysafe.core.due"] == (False, False)


def test_pyside6_is_given_the_quick_check_once(qapp, monkeypatch):
    feature = sys.modules[feature_check.FEATURE]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    assert feature_check.check_quickly()
    quick = feature._mod_uses_pyside
    assert quick.pyside_check is not quick
    assert feature_check.check_quickly()
    assert feature._mod_uses_pyside is quick  # not wrapped twice
    assert quick(sys.modules["familysafe.core.errors"]) is False
    assert quick(sys.modules["familysafe.ui.qt_enums"]) is True
    assert quick(sys) is False  # built in: PySide6's own check answers
