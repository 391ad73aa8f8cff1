"""Arguments that cannot be words: refused before any command runs.

On Linux the command line is bytes; Python turns bytes that are not UTF-8 into lone surrogates.
A file or folder may be named so (paths pass through untouched), but a name, a note or an id
cannot be: such an argument is refused with one line and exit code 2.
"""

from __future__ import annotations

import argparse

from familysafe.core.errors import ValidationError
from familysafe.core.input_rules import holds_invalid_unicode

PATHS = frozenset({"data_dir", "path"})  # file and folder names: any bytes the system allows


def check_arguments(args: argparse.Namespace) -> None:
    for dest, value in vars(args).items():
        if dest in PATHS:
            continue
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if isinstance(item, str) and holds_invalid_unicode(item):
                raise ValidationError(
                    dest, "text-not-unicode", f"the {dest} is not valid UTF-8 text"
                )
