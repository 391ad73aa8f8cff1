"""Printing for people and for programs."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence

from familysafe.cli.terminal import one_line, shown
from familysafe.core.errors import FamilySafeError


def print_json(data: object) -> None:
    import json

    if isinstance(sys.stdout, io.TextIOWrapper):  # a real stream, not a test's replacement
        sys.stdout.reconfigure(encoding="utf-8")
    # One write (json.dump would write each token, each through the terminal-safe stream).
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    body = [["" if c is None else shown(str(c)) for c in r] for r in rows]  # widths as printed
    cells = [[str(h) for h in headers], *body]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def fail(error: FamilySafeError, code: int) -> int:
    from familysafe.words.errors import error_text

    print(f"familysafe: {one_line(error_text(error))}", file=sys.stderr)
    return code
