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

``--before DIR`` also runs each command on another checkout (say ``git worktree add DIR COMMIT``),
alternated with this one in the same run, so an improvement is measured under the same load: the
lines marked "before" are that code's.
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


def tree_env(env: dict[str, str], root: str, cache: str) -> dict[str, str]:
    """``env`` running the package in the checkout ``root``, with its own content cache."""
    return dict(env, PYTHONPATH=root, FAMILYSAFE_CACHE_DIR=cache)


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


def pair(
    cmd: list[str], base: list[str], runs: int, env: dict[str, str], before: dict[str, str] | None
) -> list[list[float]]:
    """Median wall and CPU seconds of ``cmd`` and of ``base`` (and of ``cmd`` in the ``before``
    environment), runs alternated."""
    envs = [env, env] + ([before] if before else [])
    cmds = [cmd, base] + ([cmd] if before else [])
    times: list[list[tuple[float, float]]] = [[] for _ in cmds]
    for c, e in zip(cmds, envs, strict=True):
        run_once(c, e)
    for _ in range(runs):
        for found, c, e in zip(times, cmds, envs, strict=True):
            found.append(run_once(c, e))
    return [[statistics.median(t[i] for t in found) for i in (0, 1)] for found in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--before", metavar="DIR", help="another checkout to compare with")
    args = parser.parse_args()
    import familysafe as package_module

    package = str(Path(package_module.__file__).parent)
    before_package = args.before and str(Path(args.before).resolve() / "familysafe")
    for tree in filter(None, (package, before_package)):
        subprocess.run([PYTHON, "-m", "compileall", "-q", tree], check=True)
    os.chdir(tempfile.gettempdir())  # python -m puts the working folder first on the path
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder) / "data")
        env = tree_env(dict(os.environ), str(Path(package).parent), str(Path(folder) / "cache"))
        env.setdefault("FAMILYSAFE_LANG", "en")
        before = before_package and tree_env(
            env, str(Path(before_package).parent), str(Path(folder) / "cache-before")
        )
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
            medians = pair(cmd, base, args.runs, env, before or None)
            (bare_wall, bare_cpu) = medians[1]
            for label, (wall, cpu) in zip((name, "  before"), medians[::2], strict=False):
                line = f"{label:22}"
                for ours, bare in ((wall, bare_wall), (cpu, bare_cpu)):
                    line += f" {ours * 1000:8.0f} ms {bare * 1000:6.0f} ms  {ours / bare:4.1f}x "
                print(line.rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
