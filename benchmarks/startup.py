"""Start-up: process start to the main window's X MapNotify event, against a bare QMainWindow.

Both run as fresh processes, alternately, on an Xvfb server of their own with Qt's xcb platform
(the real X11 path, not offscreen). ``xev -root -event substructure`` (line-buffered) reports every
top-level window created, resized and mapped; a reader thread stamps each event as it arrives. The
time is from just before the process is spawned to the MapNotify of its main window (the first
top-level window at least 600x400 that is not override-redirect). No polling: the X server tells
us. Every other top-level window mapped before it is counted as a stray window (a widget shown
before it has a parent flashes on a real desktop); the benchmark prints them and fails if any.

The window opens on a typical family (``export_pdf.py``'s: two children with four apps each and a
year of talks, welcomed, so no first-run dialog), whose Today page lists what is due; ``--family
empty`` opens a new, empty folder instead (the first start, with the welcome dialog over it).
FamilySafe runs with ``FAMILYSAFE_STARTUP_MARKS``: its marks (stderr) give each step's time and
the window's first paint. Today fills itself as it is shown (its ``showEvent``, inside
``show()``, before Qt asks X to map the window; ``tests/ui/test_first_paint.py`` checks that the
first paint has its cards), and what start-up defers waits for that first paint: the time
measured is to a window showing the real page, and the first paint is printed against the map.
Its bytecode is compiled first (``compileall``), as an installed package's is; the content cache
is built by a first run outside the timing, as any start after the first finds it.

Each process's processor time at the map (all its threads, from the kernel's scheduler counts,
read as the map event arrives) is printed beside its wall time: on a shared machine the processor
time is the steadier measure.

``--before TREE`` also starts another copy of FamilySafe (a worktree of an earlier commit, say)
in the same runs, alternated with the others, so a change is measured against the code before it
on the same machine at the same moment; both copies then run as ``python -m familysafe`` (the
same way for both).

``--memory`` also measures idle memory: each window is left 5 s after it is mapped, then its
resident set (``VmRSS``, and ``Pss`` from ``smaps_rollup``) is read, against the bare window's.

Needs ``Xvfb`` and ``xev`` (Debian/Ubuntu: xvfb, x11-utils) and ``stdbuf`` (coreutils).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import os
import queue
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BASELINE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1100, 720); w.show()
app.exec()
"""

_EVENT = re.compile(r"^(\w+) event, serial")
_WINDOW = re.compile(r"window (0x[0-9a-f]+)")
_SIZE = re.compile(r"width (\d+), height (\d+)")


class XServer:
    """An Xvfb server of our own and an ``xev`` listening to its root window."""

    def __init__(self) -> None:
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.display = ":" + self.xvfb.stdout.readline().strip()
        self.events: queue.Queue[tuple[float, str, str, tuple[int, int] | None, bool]] = (
            queue.Queue()
        )
        self.xev = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-display", self.display, "-root", "-event", "substructure"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        time.sleep(0.3)  # xev has selected its events

    def _read(self) -> None:
        kind, first = None, ""
        for line in self.xev.stdout:
            match = _EVENT.match(line)
            if match:
                kind, first = match.group(1), line
                continue
            if kind and line.startswith("    "):
                stamp = time.time()
                window = _WINDOW.findall(first + line)[-1]
                size = _SIZE.search(line)
                dims = (int(size.group(1)), int(size.group(2))) if size else None
                self.events.put((stamp, kind, window, dims, "override YES" in line))
                kind = None

    def drain(self) -> None:
        while not self.events.empty():
            self.events.get_nowait()

    def close(self) -> None:
        for process in (self.xev, self.xvfb):
            process.terminate()
            process.wait(5)


def run(server: XServer, cmd: list[str], env: dict[str, str], hold: float = 0.0, cwd=None):
    """Start ``cmd``; return (seconds to its main window's map, stray windows mapped before it,
    after ``hold`` seconds more its memory in KiB as (rss, pss) or None, and its marks as
    {name: seconds from the start})."""
    server.drain()
    sizes: dict[str, tuple[int, int]] = {}
    strays: list[tuple[str, tuple[int, int] | None]] = []
    with tempfile.TemporaryFile("w+") as err:
        start = time.time()
        process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=cwd)
        try:
            while True:
                stamp, kind, window, dims, override = server.events.get(timeout=60)
                if dims and kind in ("CreateNotify", "ConfigureNotify"):
                    sizes[window] = dims
                if kind != "MapNotify" or override:
                    continue
                width, height = sizes.get(window, (0, 0))
                if width >= 600 and height >= 400:
                    cpu = _cpu_seconds(process.pid)
                    break
                strays.append((window, sizes.get(window)))
            memory = None
            time.sleep(hold or 0.5)  # the first paint comes just after the map
            if hold:
                memory = _memory(process.pid)
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        err.seek(0)
        marks: dict[str, float] = {}
        for line in err:
            if line.startswith("mark "):
                _, wall, _cpu, name = line.split(maxsplit=3)
                marks.setdefault(name.strip(), float(wall) - start)
    marks["cpu-at-map"] = cpu
    return stamp - start, strays, memory, marks


def _cpu_seconds(pid: int) -> float:
    """The processor time ``pid`` has had so far, all its threads, in seconds (the kernel's
    scheduler count, in nanoseconds; read as the map event is seen, so it may include a few
    milliseconds after the map: the first paint, for FamilySafe)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):  # a thread that ended
            total += int((task / "schedstat").read_text().split()[0])
    return total / 1e9


def _typical_family(folder: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from export_pdf import TODAY, typical_family

    from familysafe.core.clock import FixedClock
    from familysafe.services import open_services

    with open_services(folder, FixedClock.on(TODAY)) as s:
        typical_family(s)
        s.settings.mark_welcomed()


def _report_marks(runs: list[tuple[float, dict[str, float]]]) -> None:
    """Each step's median time, and the first paint against the map."""
    painted = [marks["first-paint"] - mapped for mapped, marks in runs if "first-paint" in marks]
    if painted:
        print(f"  first paint after the map     median {statistics.median(painted) * 1000:7.1f} ms")
    names = {name for _, marks in runs for name in marks}
    steps = sorted(names, key=lambda n: runs[0][1].get(n, 0))
    for name in steps:
        times = [marks[name] for _, marks in runs if name in marks]
        print(f"  mark {name:<24} median {statistics.median(times) * 1000:7.1f} ms")


def _memory(pid: int) -> tuple[int, int]:
    status = Path(f"/proc/{pid}/status").read_text()
    rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    pss = int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))
    return rss, pss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--memory", action="store_true", help="also idle memory after 5 s")
    parser.add_argument("--memory-runs", type=int, default=3)
    parser.add_argument("--family", choices=("typical", "empty"), default="typical")
    parser.add_argument("--data-dir", help="a data folder to open instead of --family's")
    parser.add_argument("--before", help="another FamilySafe source tree, timed in the same runs")
    args = parser.parse_args()
    import familysafe

    compileall.compile_dir(Path(familysafe.__file__).parent, quiet=1)
    if args.before:
        compileall.compile_dir(Path(args.before) / "familysafe", quiet=1)
    server = XServer()
    env = dict(
        os.environ,
        DISPLAY=server.display,
        QT_QPA_PLATFORM="xcb",
        QT_LOGGING_RULES="qt.qpa.*=false",
        FAMILYSAFE_LANG="en",
    )
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode
    familysafe_command = str(Path(sys.executable).with_name("familysafe"))
    status = 0
    with tempfile.TemporaryDirectory() as scratch:
        env["FAMILYSAFE_CACHE_DIR"] = str(Path(scratch) / "cache")
        data = args.data_dir or str(Path(scratch) / "data")
        if not args.data_dir and args.family == "typical":
            _typical_family(Path(data))
        ours = [familysafe_command, "--data-dir", data]
        our_env = dict(env, FAMILYSAFE_STARTUP_MARKS="1")
        before_env = {}
        if args.before:  # both copies as `python -m familysafe`, from a folder holding neither
            ours = [sys.executable, "-m", "familysafe", "--data-dir", data]
            our_env["PYTHONPATH"] = str(Path(familysafe.__file__).resolve().parent.parent)
            before_env = dict(
                our_env,
                PYTHONPATH=str(Path(args.before).resolve()),
                FAMILYSAFE_CACHE_DIR=str(Path(scratch) / "cache-before"),  # its own key
            )
            run(server, ours, before_env, cwd=scratch)
        base = [sys.executable, "-c", BASELINE]
        run(server, ours, our_env, cwd=scratch)  # the database and content cache made once
        run(server, base, env)
        base_times, our_times, all_strays, all_marks, before_times = [], [], [], [], []
        cpu: dict[str, list[float]] = {"base": [], "ours": [], "before": []}
        for _ in range(args.runs):
            seconds, _, _, marks = run(server, base, env)
            base_times.append(seconds)
            cpu["base"].append(marks["cpu-at-map"])
            seconds, strays, _, marks = run(server, ours, our_env, cwd=scratch)
            our_times.append(seconds)
            cpu["ours"].append(marks.pop("cpu-at-map"))
            all_strays += strays
            all_marks.append((seconds, marks))
            if args.before:
                seconds, _, _, marks = run(server, ours, before_env, cwd=scratch)
                before_times.append(seconds)
                cpu["before"].append(marks["cpu-at-map"])
        b, o = statistics.median(base_times), statistics.median(our_times)
        bc, oc = statistics.median(cpu["base"]), statistics.median(cpu["ours"])
        print(f"opening {args.data_dir or 'a ' + args.family + ' family'}")
        print(f"bare QMainWindow mapped   median {b * 1000:7.1f} ms (CPU {bc * 1000:5.1f} ms)")
        print(f"FamilySafe window mapped  median {o * 1000:7.1f} ms (CPU {oc * 1000:5.1f} ms)")
        print(f"ratio                     {o / b:.2f}x (CPU {oc / bc:.2f}x)")
        if before_times:
            e, ec = statistics.median(before_times), statistics.median(cpu["before"])
            print(
                f"the same, {args.before}: median {e * 1000:7.1f} ms (CPU {ec * 1000:5.1f} ms), "
                f"ratio {e / b:.2f}x (CPU {ec / bc:.2f}x)"
            )
        _report_marks(all_marks)
        print(f"stray top-level windows mapped before the main one: {len(all_strays)}")
        for window, size in all_strays[:10]:
            print(f"  {window} {size}")
        if all_strays:
            status = 1
        if args.memory:
            base_mem, our_mem = [], []
            for _ in range(args.memory_runs):
                base_mem.append(run(server, base, env, hold=5.0)[2])
                our_mem.append(run(server, ours, our_env, hold=5.0)[2])
            for i, name in enumerate(("RSS", "PSS")):
                b = statistics.median(m[i] for m in base_mem) / 1024
                o = statistics.median(m[i] for m in our_mem) / 1024
                print()
                print(f"bare window idle {name} after 5 s  median {b:6.1f} MiB")
                print(f"FamilySafe idle {name} after 5 s   median {o:6.1f} MiB")
                print(f"ratio                           {o / b:.2f}x")
    server.close()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
