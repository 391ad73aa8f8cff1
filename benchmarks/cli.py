"""Command-line start-up: each command as a whole process, against a bare Python that imports
what any such program needs.

- ``familysafe --version`` and ``--help`` against ``python -c "import sqlite3"``;
- ``due --json``, ``member list --json`` and ``suggest --json`` on a small family (two children
  with two apps each, one talk) against ``python -c "import sqlite3, json, dateutil.rrule"``.

The package is byte-compiled first (as an installation is), so that no run compiles sources.
Runs alternate (command, baseline, command, ...) after one warm-up each (which also builds the
content cache, as the first run after an install or an update would); the medians and their
ratio are printed, for wall time and for CPU time (user + system, the child's own accounting):
on a computer shared with other work the wall times wait for the processor, so the CPU ratio is
the steadier of the two. Goal (issue 15): each ratio at most 3.
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

PYTHON = sys.executable
BARE = [PYTHON, "-c", "import sqlite3"]
BARE_DUE = [PYTHON, "-c", "import sqlite3, json, dateutil.rrule"]
FAMILY = [
    ["member", "add", "Arun", "--born", "2017-03"],
    ["member", "add", "Rosa", "--born", "2013-06"],
    ["member", "add", "Priya", "--adult"],
    ["app", "add", "Arun", "roblox", "minecraft"],
    ["app", "add", "Rosa", "tiktok", "snapchat"],
    ["talk", "Arun", "--topic", "strangers-in-games", "--on", "2026-10-01"],
]


def familysafe(data: str, *words: str) -> list[str]:
    return [PYTHON, "-m", "familysafe", "--data-dir", data, *words]


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    error = process.stderr.read() if process.stderr else b""
    if os.waitstatus_to_exitcode(status) not in (0, 3):  # due exits 3 when something is overdue
        raise SystemExit(f"{cmd} failed: {error.decode()}")
    return elapsed, usage.ru_utime + usage.ru_stime


def pair(cmd: list[str], base: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """Median wall and CPU seconds of ``cmd`` and of ``base``, runs alternated."""
    run_once(cmd, env), run_once(base, env)
    ours, bare = [], []
    for _ in range(runs):
        ours.append(run_once(cmd, env))
        bare.append(run_once(base, env))
    return [statistics.median(t[i] for t in times) for times in (ours, bare) for i in (0, 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    import familysafe as package_module

    package = str(Path(package_module.__file__).parent)
    subprocess.run([PYTHON, "-m", "compileall", "-q", package], check=True)
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder) / "data")
        env = dict(os.environ, FAMILYSAFE_CACHE_DIR=str(Path(folder) / "cache"))
        env.setdefault("FAMILYSAFE_LANG", "en")
        for words in FAMILY:
            subprocess.run(familysafe(data, *words), env=env, check=True, capture_output=True)
        cases = [
            ("--version", familysafe(data, "--version"), BARE),
            ("--help", familysafe(data, "--help"), BARE),
            ("due --json", familysafe(data, "due", "--json"), BARE_DUE),
            ("member list --json", familysafe(data, "member", "list", "--json"), BARE_DUE),
            ("suggest Arun --json", familysafe(data, "suggest", "Arun", "--json"), BARE_DUE),
        ]
        print(f"{'':22} {'wall time':^30}  {'CPU time':^30}")
        print(f"{'command':22}" + f" {'familysafe':>11} {'baseline':>9}  ratio " * 2)
        for name, cmd, base in cases:
            wall, cpu, bare_wall, bare_cpu = pair(cmd, base, args.runs, env)
            line = f"{name:22}"
            for ours, bare in ((wall, bare_wall), (cpu, bare_cpu)):
                line += f" {ours * 1000:8.0f} ms {bare * 1000:6.0f} ms  {ours / bare:4.1f}x "
            print(line.rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
