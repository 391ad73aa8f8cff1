"""Command-line start-up: each command as a whole process, against a bare Python that imports
what any such program needs.

- ``familysafe --version`` and ``--help`` against ``python -c "import sqlite3"``;
- ``due --json``, ``member list --json`` and ``suggest --json`` on a small family (two children
  with two apps each, one talk) against ``python -c "import sqlite3, json, dateutil.rrule"``.

The package is byte-compiled first (as an installation is), so that no run compiles sources.
Runs alternate (command, baseline, command, ...) after one warm-up each (which also builds the
content cache, as the first run after an install or an update would); the medians and their
ratio are printed. Goal (issue 15): each ratio at most 3.
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


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 3):  # due exits 3 when something is overdue
        raise SystemExit(f"{cmd} failed: {done.stderr.decode()}")
    return elapsed


def pair(cmd: list[str], base: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    run_once(cmd, env), run_once(base, env)
    ours, bare = [], []
    for _ in range(runs):
        ours.append(run_once(cmd, env))
        bare.append(run_once(base, env))
    return statistics.median(ours), statistics.median(bare)


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
        print(f"{'command':22} {'familysafe':>11} {'baseline':>9}  ratio")
        for name, cmd, base in cases:
            ours, bare = pair(cmd, base, args.runs, env)
            print(f"{name:22} {ours * 1000:8.0f} ms {bare * 1000:6.0f} ms  {ours / bare:4.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
