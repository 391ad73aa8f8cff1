"""The language the command line speaks, chosen before its arguments are read, so that
``--help``, usage lines and argparse's own messages are in it too: ``FAMILYSAFE_LANG`` for this
run, else the language the family saved in Settings (read cheaply, read-only), else the
computer's."""

from __future__ import annotations

import os
from collections.abc import Sequence


def data_dir_in(argv: Sequence[str]) -> str | None:
    """The folder ``--data-dir DIR`` (or ``--data-dir=DIR``) names in ``argv``, if any."""
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--":
            break
        if word == "--data-dir" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--data-dir="):
            return word.partition("=")[2]
    return None


def saved_language(argv: Sequence[str]) -> str | None:
    """The language saved in the data folder this run uses, without opening it for writing."""
    from familysafe import paths
    from familysafe.services.settings import saved_language as saved

    try:
        return saved(paths.data_dir(data_dir_in(argv)))
    except (OSError, RuntimeError, ValueError):  # no home folder, an unusable path
        return None


def choose(argv: Sequence[str]) -> None:
    """Speak the language for this run (the compiled catalogue is read once)."""
    from familysafe.words import use_language
    from familysafe.words.languages import LANGUAGE_ENV, user_locale

    use_language(user_locale(os.environ.get(LANGUAGE_ENV) or saved_language(argv)))
