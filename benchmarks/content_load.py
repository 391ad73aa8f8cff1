"""Loading and validating all shipped content, against parsing the same TOML files bare.

The ratio shows what validation and building the library cost on top of tomllib itself; the
absolute median should stay well under 100 ms (it is loaded once, lazily, off the start-up path).
"""

from __future__ import annotations

import argparse
import statistics
import time
import tomllib

from familysafe import paths
from familysafe.content.loader import load_library


def bare_parse() -> None:
    for path in sorted(paths.content_dir().glob("*/*.toml")):
        with path.open("rb") as f:
            tomllib.load(f)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    base, ours = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        bare_parse()
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        load_library()
        ours.append(time.perf_counter() - start)
    b, o = statistics.median(base), statistics.median(ours)
    print(f"bare tomllib parse  median {b * 1000:6.1f} ms")
    print(f"load_library        median {o * 1000:6.1f} ms")
    print(f"ratio               {o / b:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
