"""Quitting cleanly, with real ``familysafe`` window processes (no screen: offscreen).

SIGTERM and Ctrl+C (SIGINT) quit the window as the Quit menu does, the sample family's folder
goes with it, a killed run's leftovers go at the next start, and a second start on the same data
folder hands over to the first and exits 0.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from familysafe.ui.single_instance import key_for

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
START_TIMEOUT = 60


@pytest.fixture
def env(tmp_path):
    for name in ("tmp", "config"):
        (tmp_path / name).mkdir(mode=0o700)
    run = tempfile.mkdtemp(prefix="fs-run-", dir="/tmp")  # short: socket paths have a limit
    yield {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "FAMILYSAFE_LANG": "en",
        "TMPDIR": str(tmp_path / "tmp"),
        "XDG_RUNTIME_DIR": run,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    shutil.rmtree(run, ignore_errors=True)


def start(env, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "familysafe", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(check, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not check():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "FamilySafe did not start"
        time.sleep(0.1)


def demo_folders(env) -> list[Path]:
    return sorted(Path(env["TMPDIR"]).glob("familysafe-demo-*"))


def finish(process: subprocess.Popen) -> tuple[int, str]:
    try:
        _, err = process.communicate(timeout=START_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, err


def test_ctrl_c_quits_the_demo_and_removes_its_folder(env):
    window = start(env, "--demo")
    wait_for(lambda: any((f / "familysafe.db").exists() for f in demo_folders(env)), window)
    time.sleep(1)  # the window is up and its loop runs
    window.send_signal(signal.SIGINT)
    code, err = finish(window)
    assert code == 0, err
    assert "Traceback" not in err
    assert demo_folders(env) == []


def test_a_killed_demo_leaves_nothing_after_the_next_start(env):
    killed = start(env, "--demo")
    wait_for(lambda: bool(demo_folders(env)), killed)
    killed.kill()  # SIGKILL: no chance to tidy up
    killed.wait()
    left = demo_folders(env)
    assert left
    code, err = finish(start(env, "--demo", "--quit-after-paint"))
    assert code == 0, err
    assert demo_folders(env) == []


def test_one_window_per_data_folder_and_sigterm_quits_it(env, tmp_path):
    data = tmp_path / "data"
    requests = Path(env["XDG_RUNTIME_DIR"]) / f"{key_for(data)}.requests"
    first = start(env, "--data-dir", str(data))
    try:
        wait_for(requests.exists, first)
        for args in ((), ("--tray",)):
            code, err = finish(start(env, "--data-dir", str(data), *args))
            assert (code, err.strip()) == (0, ""), args
        assert first.poll() is None  # the first one is still running
        first.send_signal(signal.SIGTERM)
        code, err = finish(first)
        assert code == 0 and "Traceback" not in err, err
    finally:
        if first.poll() is None:
            first.kill()
    assert not requests.exists()
