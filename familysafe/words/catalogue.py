"""The language FamilySafe speaks below the window, and the one way to translate there.

``translate(context, text)`` looks ``text`` up in the compiled Linguist file for the language in
use (``i18n/familysafe_<lang>.qm``, read by ``familysafe.words.qm`` without Qt) and gives the
English source when there is none. Until a front end calls ``use_language``, it gives the source
text and ISO dates, which is what tests of the lower layers see.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from familysafe import paths
from familysafe.words.languages import normalise
from familysafe.words.qm import QmError, QmTranslations

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Protocol

    from babel import Locale

    class DateWriter(Protocol):
        """Writes dates for one locale as babel does, from the same CLDR data. The window gives
        a maker of them from Qt's locale data (``write_dates_with``): it has Qt loaded already,
        and babel would cost it about 20 ms and 6 MiB at start-up."""

        def long_date(self, day: date) -> str: ...

        def day_date(self, day: date) -> str: ...


_locale: str | None = None
_writer_for: Callable[[str], DateWriter] | None = None
_writers: dict[str, DateWriter] = {}
_translations: QmTranslations | None = None
_loaded: dict[Path, QmTranslations] = {}


def translation_file(locale: str, folder: Path | None = None) -> Path | None:
    """The ``.qm`` file for ``locale``, trying ``es_ES`` then ``es`` (as ``QTranslator.load``)."""
    folder = folder or paths.i18n_dir()
    name = normalise(locale)
    while name:
        for candidate in dict.fromkeys((name, name.lower())):
            path = folder / f"familysafe_{candidate}.qm"
            if path.is_file():
                return path
        name = name.rpartition("_")[0]
    return None


def use_language(locale: str | None) -> Path | None:
    """Speak ``locale`` (e.g. ``es``, ``es_ES``, ``en_GB``) from now on; None goes back to the
    English source text and ISO dates. Returns the translation file loaded, if any."""
    global _locale, _translations
    _locale = normalise(locale) if locale else None
    path = translation_file(_locale) if _locale else None
    _translations = None
    if path is not None:
        if path not in _loaded:
            try:
                _loaded[path] = QmTranslations.load(path)
            except (OSError, QmError):
                return None  # a damaged translation: English is better than nothing
        _translations = _loaded[path]
    return path


def current_locale() -> str | None:
    return _locale


def write_dates_with(writer_for: Callable[[str], DateWriter] | None) -> None:
    """Write dates with ``writer_for(locale)`` for the locale in use from now on, whichever it
    is (None: with babel)."""
    global _writer_for
    _writer_for = writer_for
    _writers.clear()


def _writer() -> DateWriter | None:
    if _writer_for is None or _locale is None:
        return None
    if _locale not in _writers:
        _writers[_locale] = _writer_for(_locale)
    return _writers[_locale]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language in use. Call it with literals, positionally, e.g.
    ``translate("Documents", "Family plan")``: ``pyside6-lupdate`` lists such calls for
    translators. ``n`` (>= 0) picks a plural form and replaces ``%n`` with it, as Qt does."""
    found = _translations.translate(context, text, disambiguation, n) if _translations else None
    if n < 0:
        return text if found is None else found
    # Untranslated counted words are English: the source's "(s)" reads "1 day", "2 days".
    result = _english_plural(text, n) if found is None else found
    return _replace_percent_n(result, n)


def _english_plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")


def _replace_percent_n(text: str, n: int) -> str:
    if "%" not in text:
        return text
    if "%Ln" in text:
        text = text.replace("%Ln", _grouped(n))
    return text.replace("%n", str(n))


def _grouped(n: int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(n, locale=_babel_locale())


def long_date(day: date) -> str:
    """``day`` written out the user's way ("Monday, 23 November 2026"); ISO before a language
    is chosen."""
    if _locale is None:
        return day.isoformat()
    writer = _writer()
    if writer is not None:
        return writer.long_date(day)
    from babel.dates import format_date

    return format_date(day, "full", locale=_babel_locale())


def day_date(day: date) -> str:
    """``day`` without its weekday, the user's way ("3 November 2026", "November 3, 2026");
    ISO before a language is chosen."""
    if _locale is None:
        return day.isoformat()
    writer = _writer()
    if writer is not None:
        return writer.day_date(day)
    from babel.dates import format_date

    return format_date(day, "long", locale=_babel_locale())


class Counted:
    """Counted words in one translation context, written the way ``pyside6-lupdate`` knows a
    plural (it reads plural forms only from ``tr`` calls): name the object as its context and
    call ``tr`` with the count, ``Planner = Counted("Planner")`` then
    ``Planner.tr("%n day(s)", None, days)``."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.context, text, disambiguation, n)


def _babel_locale() -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(_locale or "en")
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")
