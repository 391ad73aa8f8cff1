"""Words and dates for the layers below the window, without Qt.

The PDF documents are written below ``ui/`` (no Qt there), yet their headings must be translated
and their dates written the user's way. So those layers call ``translate`` and ``long_date`` from
here, and each front end points these at Qt when it installs its translations
(``familysafe.i18n.install_translators``). Until then they give the English source text and ISO
dates, which is what tests of the lower layers see.

Call ``translate`` with a literal context and text, e.g. ``translate("Documents", "Family plan")``:
``pyside6-lupdate`` finds such calls and lists them for translators.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Translate = Callable[[str, str], str]
FormatDate = Callable[[date], str]


def _source(context: str, text: str) -> str:
    return text


_translate: Translate = _source
_long_date: FormatDate = date.isoformat


def install(translate_fn: Translate | None = None, long_date_fn: FormatDate | None = None) -> None:
    """Use ``translate_fn`` and ``long_date_fn`` from now on (None puts back the defaults)."""
    global _translate, _long_date
    _translate = translate_fn or _source
    _long_date = long_date_fn or date.isoformat


def translate(context: str, text: str) -> str:
    return _translate(context, text)


def long_date(day: date) -> str:
    return _long_date(day)
