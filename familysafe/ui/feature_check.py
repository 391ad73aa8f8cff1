"""PySide6's check of each module imported after it, made from the file's bytes.

Once loaded, PySide6 looks at every module imported after it: it reads the module's whole source
(``inspect.getsource``, through ``linecache``, decoding and splitting it into lines) to see whether
the text names "PySide6", because such a module could switch PySide6's ``__feature__`` options
(``snake_case``, ``true_property``; FamilySafe uses neither). That costs about 0.15 ms a module:
some 20 ms of the window's start-up, which imports about 150 modules after PySide6.

``check_quickly`` gives PySide6 the same answer (the word in the source file) by looking for the
same bytes in the file, read whole without decoding; anything without a plain ``.py`` file is
left to PySide6's own check. ``tests/ui/test_feature_check.py`` compares the two answers.
"""

from __future__ import annotations

import sys
from types import ModuleType

# PySide6's module that does the check (loaded with PySide6, from inside shiboken6).
FEATURE = "shibokensupport.feature"


def check_quickly() -> bool:
    """Load PySide6 and make its check read bytes; False if PySide6 has no such check."""
    import PySide6  # noqa: F401 (loads the check with PySide6's import hook)

    feature = sys.modules.get(FEATURE)
    own = getattr(feature, "_mod_uses_pyside", None)
    if own is None or hasattr(own, "pyside_check"):
        return own is not None

    def uses_pyside(module: ModuleType) -> bool:
        found = names_pyside(module)
        return own(module) if found is None else found

    uses_pyside.pyside_check = own  # type: ignore[attr-defined]  # (and: done already)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


def names_pyside(module: ModuleType) -> bool | None:
    """Whether ``module``'s source file names PySide6; None when it has no plain ``.py`` file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as file:
            return b"PySide6" in file.read()
    except OSError:
        return None
