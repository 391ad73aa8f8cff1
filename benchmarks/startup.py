"""Start-up: process start to the first paint of the main window, against a bare QMainWindow.

Both are started as fresh processes, alternately, with QT_QPA_PLATFORM=offscreen; each prints the
wall-clock time of its first paint, and we subtract the time just before it was spawned.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            o.removeEventFilter(self)
        return False
app = QApplication(sys.argv[:1])
w = QMainWindow(); f = F(w); w.installEventFilter(f); w.resize(1100, 720); w.show()
app.exec()
"""


def measure(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    stamp = next(line for line in out.splitlines() if line.startswith("first-paint"))
    return float(stamp.split()[1]) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    familysafe = [str(Path(sys.executable).with_name("familysafe"))]
    with tempfile.TemporaryDirectory() as data:
        ours = familysafe + ["--data-dir", data, "--quit-after-paint"]
        measure(ours, env)  # create the database once, outside the timing
        base_times, our_times = [], []
        for _ in range(args.runs):
            base_times.append(measure([sys.executable, "-c", BASELINE], env))
            our_times.append(measure(ours, env))
    base, mine = statistics.median(base_times), statistics.median(our_times)
    print(f"bare QMainWindow  median {base * 1000:7.1f} ms")
    print(f"FamilySafe        median {mine * 1000:7.1f} ms")
    print(f"ratio             {mine / base:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
