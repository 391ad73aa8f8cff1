import threading

from familysafe.ui.background import run_in_background


def test_work_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(result):
        seen["result"] = result
        seen["reported"] = threading.get_ident()

    run_in_background(work, done, lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != threading.get_ident() and seen["reported"] == threading.get_ident()


def test_errors_are_handed_back(qtbot):
    errors = []
    run_in_background(lambda: 1 / 0, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
