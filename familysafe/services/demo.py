"""The sample family behind ``familysafe --demo``, so a newcomer can explore at once."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.services import Services


def _months_ago(today: date, years: int, months: int = 0) -> BirthMonth:
    born = today - relativedelta(years=years, months=months)
    return BirthMonth(born.year, born.month)


def seed(services: Services) -> None:
    """Fill an empty household with the sample family (dates relative to today)."""
    today = services.clock.today()
    household = services.household
    rosa = household.add("Rosa", Role.CHILD, _months_ago(today, 4, 3)).id
    arun = household.add("Arun", Role.CHILD, _months_ago(today, 9, 7)).id
    lucia = household.add("Lucia", Role.CHILD, _months_ago(today, 13, 1)).id
    household.add("Priya", Role.ADULT)
    household.add("Grandma", Role.ADULT)
    planner = services.planner
    planner.add_apps(rosa, ["youtube-kids"])
    planner.add_apps(arun, ["roblox", "minecraft"])
    planner.add_apps(lucia, ["instagram", "snapchat", "whatsapp"])
    planner.log_talk(
        [arun],
        ["strangers-in-games"],
        today - relativedelta(days=40),
        how_it_went="He knew more than I expected",
    )
    planner.log_talk(
        [lucia],
        ["privacy-settings", "location-sharing"],
        today - relativedelta(days=12),
        follow_ups=[("Check Snap Map together", today + relativedelta(days=3))],
    )
    planner.mark(arun, "roblox", "limit-chat", on=today - relativedelta(days=40))
    _agreement(services, today)
    services.settings.mark_welcomed()


# The sample agreement: (section, suggestion id or own words, the children it is only for).
_LINES = (
    ("getting-started", "we-made-it-together", ()),
    ("getting-started", "one-agreement-every-home", ()),
    ("screen-time-places", "no-screens-at-meals", ()),
    ("screen-time-places", "screens-sleep-first", ("Rosa", "Arun")),
    ("screen-time-places", "charge-outside-bedrooms", ("Lucia",)),
    ("screen-time-places", "On Wednesdays at Grandma's, tablet time is after lunch.", ()),
    ("sharing-photos-live", "ask-before-a-photo", ("Rosa", "Arun")),
    ("sharing-photos-live", "private-accounts-checked-together", ("Lucia",)),
    ("games-content-purchases", "ask-before-pressing-buy", ("Rosa",)),
    ("games-content-purchases", "stay-within-the-spending-limit", ("Arun",)),
    ("talking-to-people", "In Roblox I only chat with friends from school.", ("Arun",)),
    ("talking-to-people", "not-always-who-they-say", ("Arun", "Lucia")),
    ("talking-to-people", "block-report-tell", ("Lucia",)),
    ("if-something-goes-wrong", "sad-or-scared-tell", ("Rosa",)),
    ("if-something-goes-wrong", "not-in-trouble-for-telling", ("Arun", "Lucia")),
    ("parents-promise", "stay-calm-and-listen", ()),
    ("parents-promise", "device-stays-with-you", ()),
    ("parents-promise", "help-not-blame", ()),
)


def _agreement(services: Services, today: date) -> None:
    """An agreement agreed almost three months ago, so its review is coming up this week."""
    agreement = services.agreement
    ids = {view.name: view.member.id for view in services.household.members()}
    for section, line, names in _LINES:
        children = [ids[name] for name in names]
        if services.library.library.agreement_suggestion(line):
            agreement.add_line(section, suggestion_id=line, children=children)
        else:
            agreement.add_line(section, text=line, children=children)
    signers = ("Priya", "Grandma", "Lucia", "Arun", "Rosa")
    agreement.agree([ids[name] for name in signers], on=today - relativedelta(days=85))
