"""Start-up marks for finding where start-up time goes (development only).

``FAMILYSAFE_STARTUP_MARKS=1`` prints ``mark <epoch seconds> <CPU seconds> <name>`` to stderr at
each step of opening the window (the CPU time is the process's, which a busy machine disturbs
less than the clock). Off, a mark costs one test of a constant.
"""

from __future__ import annotations

import os
import sys
import time

ON = bool(os.environ.get("FAMILYSAFE_STARTUP_MARKS"))


def mark(name: str) -> None:
    if ON:
        print(f"mark {time.time():.6f} {time.process_time():.6f} {name}", file=sys.stderr)
