"""Start-up shared by both front ends: the clock, the data folder, the database and the services,
and the language the family chose.

The window (``ui/app.py``) and the command line (``cli/session.py``) both open their data here,
below them, and add only their own part: Qt's translators and widgets, or the CLI's output. So
neither front end imports the other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from familysafe import words
from familysafe.core.clock import Clock, FixedClock, SystemClock
from familysafe.services import Services, open_services
from familysafe.words.languages import chosen_language, language_of


def clock_for(today: date | None = None) -> Clock:
    """The computer's clock, or one that pretends ``today`` is the date (``--today``)."""
    return FixedClock.on(today) if today else SystemClock()


def content_language() -> str:
    """The language content is shown in: the one in use (English when not translated)."""
    return language_of(words.current_locale() or "en")


def open_session(
    data_dir: Path | str | None = None, today: date | None = None, *, demo: bool = False
) -> Services:
    """The services over the family's data folder (``--data-dir``, ``FAMILYSAFE_DATA_DIR`` or
    the platform's), or over a sample family in a new temporary folder for ``demo``; the content
    in the language in use."""
    clock = clock_for(today)
    if not demo:
        return open_services(data_dir, clock, content_language())
    from familysafe.services import demo as sample
    from familysafe.system import scratch

    folder = scratch.make("demo")  # removed when the window quits, or at the next start
    services = open_services(folder, clock, content_language())
    sample.seed(services)
    return services


def family_language(services: Services) -> str | None:
    """The language the family chose in Settings (``FAMILYSAFE_LANG`` wins for one run), or
    None for the computer's. The content follows it; each front end switches its own words."""
    language = chosen_language(services.settings.language())
    if language:
        services.library.set_language(language)
    return language
