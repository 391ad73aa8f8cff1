"""Every setting the family can read and change, by a name the command line uses.

``familysafe settings get|set|list`` goes through :func:`read` and :func:`write`, which call the
same service methods as the window's Settings page: a value the window would refuse is refused
here with the same error (ValidationError or NotFoundError, so exit code 2 at the command line).

Values are text as a person types them: ``on``/``off``, ``18:00``, ``sunday``, ``a4``. An empty
value (or ``auto`` for country, language and paper) goes back to the default.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from familysafe.core.errors import ValidationError
from familysafe.core.records import record, replace
from familysafe.core.schedule import Frequency, TalkCadence

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import (every command reads this)
if TYPE_CHECKING:
    from familysafe.services import Services

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKS = {"1": 1, "2": 2, "3": 3, "4": 4, "last": -1}
# The talk cadences the window offers, shortest first: text -> (months, weeks).
CADENCES = {"1w": (0, 1), "2w": (0, 2), "1m": (1, 0), "2m": (2, 0), "3m": (3, 0)}
AUTO = "auto"


@record
class SettingKey:
    name: str
    help: str  # for --help and `settings list`: what the value means, in English
    read: Callable[[Services], str]
    write: Callable[[Services, str], None]


def _bad(name: str, expected: str, value: str) -> ValidationError:
    return ValidationError(
        name,
        "setting-invalid",
        f"{value!r} is not a value for {name}: use {expected}",
        key=name,
        value=value,
        expected=expected,
    )


def _switch(name: str, value: str) -> bool:
    text = value.strip().lower()
    if text in ("on", "yes", "true", "1"):
        return True
    if text in ("off", "no", "false", "0"):
        return False
    raise _bad(name, "on or off", value)


def _clock_time(name: str, value: str) -> time:
    try:
        at = time.fromisoformat(value.strip())
    except ValueError:
        raise _bad(name, "a time such as 18:00", value) from None
    if len(value.strip()) != 5:
        raise _bad(name, "a time such as 18:00", value)
    return at


def _auto(value: str) -> str | None:
    text = value.strip()
    return None if text.lower() in ("", AUTO) else text


def _schedule(s: Services, name: str, value: str) -> None:
    old = s.planner.schedule()
    text = value.strip().lower()
    if name == "checkin-frequency":
        try:
            new = replace(old, frequency=Frequency(text))
        except ValueError:
            raise _bad(name, "weekly, fortnightly or monthly", value) from None
    elif name == "checkin-day":
        if text not in DAYS:
            raise _bad(name, "a day of the week, e.g. sunday", value)
        new = replace(old, weekday=DAYS.index(text))
    elif name == "checkin-week":
        if text not in WEEKS:
            raise _bad(name, "1, 2, 3, 4 or last", value)
        new = replace(old, nth=WEEKS[text])
    else:
        new = replace(old, at=_clock_time(name, value))
    s.planner.set_schedule(new)


def cadence_text(cadence: TalkCadence | None) -> str:
    if cadence is None:
        return "family"
    for text, pair in CADENCES.items():
        if pair == (cadence.months, cadence.weeks):
            return text
    return f"{cadence.months}m{cadence.weeks}w"


def cadence_value(name: str, value: str, family_choice: bool = False) -> TalkCadence | None:
    text = value.strip().lower()
    if family_choice and text == "family":
        return None
    if text not in CADENCES:
        expected = ", ".join(CADENCES) + (" or family" if family_choice else "")
        raise _bad(name, expected + " (w: weeks, m: months)", value)
    return TalkCadence(*CADENCES[text])


def _week_text(nth: int) -> str:
    return "last" if nth == -1 else str(nth)


KEYS: tuple[SettingKey, ...] = (
    SettingKey(
        "country",
        "the family's country for helplines and paper, e.g. GB, US, AU (auto: the computer's)",
        lambda s: s.settings.family_country(),
        lambda s, v: s.settings.set_country(_auto(v)),
    ),
    SettingKey(
        "language",
        "FamilySafe's language, e.g. en, es (auto: the computer's)",
        lambda s: s.settings.language() or AUTO,
        lambda s, v: s.settings.set_language(_auto(v)),
    ),
    SettingKey(
        "text-size",
        "the window's text size in per cent: 100, 125 or 150",
        lambda s: str(s.settings.text_size()),
        lambda s, v: s.settings.set_text_size(_percent(v)),
    ),
    SettingKey(
        "paper",
        "the paper documents print on: a4 or letter (auto: the country's custom)",
        lambda s: s.settings.paper(),
        lambda s, v: s.settings.set_paper(_auto(v)),
    ),
    SettingKey(
        "family-name",
        "how printed documents name the family (empty: 'Our family')",
        lambda s: s.settings.family_name() or "",
        lambda s, v: s.settings.set_family_name(v),
    ),
    SettingKey(
        "contact",
        "how a carer reaches the parents, printed on the carer handout",
        lambda s: s.settings.contact_line() or "",
        lambda s, v: s.settings.set_contact_line(v),
    ),
    SettingKey(
        "backup-contact",
        "a neighbour or relative a carer can call, printed on the carer handout",
        lambda s: s.settings.backup_contact() or "",
        lambda s, v: s.settings.set_backup_contact(v),
    ),
    SettingKey(
        "author",
        "the author written into PDF files (empty: none)",
        lambda s: s.settings.document_author() or "",
        lambda s, v: s.settings.set_document_author(v),
    ),
    SettingKey(
        "checkin-frequency",
        "how often the family check-in is: weekly, fortnightly or monthly",
        lambda s: s.planner.schedule().frequency.value,
        lambda s, v: _schedule(s, "checkin-frequency", v),
    ),
    SettingKey(
        "checkin-day",
        "the check-in's day: monday ... sunday",
        lambda s: DAYS[s.planner.schedule().weekday],
        lambda s, v: _schedule(s, "checkin-day", v),
    ),
    SettingKey(
        "checkin-week",
        "for a monthly check-in, which week: 1, 2, 3, 4 or last",
        lambda s: _week_text(s.planner.schedule().nth),
        lambda s, v: _schedule(s, "checkin-week", v),
    ),
    SettingKey(
        "checkin-time",
        "the check-in's time, e.g. 18:00",
        lambda s: s.planner.schedule().at.strftime("%H:%M"),
        lambda s, v: _schedule(s, "checkin-time", v),
    ),
    SettingKey(
        "cadence",
        "how often to talk with each child: 1w, 2w, 1m, 2m or 3m",
        lambda s: cadence_text(s.planner.cadence()),
        lambda s, v: s.planner.set_cadence(cadence_value("cadence", v)),  # type: ignore[arg-type]
    ),
    SettingKey(
        "recheck-months",
        "how often to check privacy settings again, in months (1 to 24)",
        lambda s: str(s.planner.recheck_months()),
        lambda s, v: s.planner.set_recheck_months(_number("recheck-months", v)),
    ),
    SettingKey(
        "reminders",
        "desktop reminders while FamilySafe runs: on or off",
        lambda s: "on" if s.reminders.enabled else "off",
        lambda s, v: s.reminders.set_enabled(_switch("reminders", v)),
    ),
    SettingKey(
        "reminder-names",
        "whether reminders show the children's first names: on or off",
        lambda s: "on" if s.reminders.show_names else "off",
        lambda s, v: s.reminders.set_show_names(_switch("reminder-names", v)),
    ),
    SettingKey(
        "reminder-time",
        "when the daily summary of what is overdue comes, e.g. 09:00",
        lambda s: s.reminders.daily_at.strftime("%H:%M"),
        lambda s, v: s.reminders.set_daily_at(_clock_time("reminder-time", v)),
    ),
)
_BY_NAME = {key.name: key for key in KEYS}
CHILD_CADENCE = "cadence."  # cadence.NAME: one child's own cadence ("family": the family's)


def _percent(value: str) -> int:
    return _number("text-size", value.strip().removesuffix("%"))


def _number(name: str, value: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise _bad(name, "a whole number", value) from None


def _unknown(name: str) -> ValidationError:
    return ValidationError(
        "key",
        "setting-unknown",
        f"there is no setting {name!r} (see: familysafe settings list)",
        key=name,
    )


def names(services: Services) -> list[str]:
    """Every setting's name, the children's own cadences last."""
    children = [f"{CHILD_CADENCE}{c.name}" for c in services.household.children()]
    return [key.name for key in KEYS] + children


def describe(name: str) -> str:
    if name.startswith(CHILD_CADENCE):
        return "this child's talk cadence: 1w, 2w, 1m, 2m, 3m or family (the family's)"
    return _BY_NAME[name].help if name in _BY_NAME else ""


def read(services: Services, name: str) -> str:
    """The setting's value as text; ValidationError for a name that is no setting."""
    if name.startswith(CHILD_CADENCE):
        child = services.household.get(name.removeprefix(CHILD_CADENCE))  # the name typed
        return cadence_text(services.planner.child_cadence(child.id))
    key = _BY_NAME.get(name)
    if key is None:
        raise _unknown(name)
    return key.read(services)


def write(services: Services, name: str, value: str) -> None:
    """Change the setting through the same service method the window uses; nothing is
    changed when the value is refused."""
    if name.startswith(CHILD_CADENCE):
        child = services.household.get(name.removeprefix(CHILD_CADENCE))  # the name typed
        cadence = cadence_value(name, value, family_choice=True)
        services.planner.set_child_cadence(child.id, cadence)
        return
    key = _BY_NAME.get(name)
    if key is None:
        raise _unknown(name)
    if "\n" in value or "\r" in value:
        raise _bad(name, "one line of text", value)
    key.write(services, value)
