"""The sample family behind ``familysafe --demo``, so a newcomer can explore at once."""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.services import Services


def _months_ago(today, years: int, months: int = 0) -> BirthMonth:
    born = today - relativedelta(years=years, months=months)
    return BirthMonth(born.year, born.month)


def seed(services: Services) -> None:
    """Fill an empty household with the sample family (dates relative to today)."""
    today = services.clock.today()
    household = services.household
    household.add("Rosa", Role.CHILD, _months_ago(today, 4, 3))
    household.add("Arun", Role.CHILD, _months_ago(today, 9, 7))
    household.add("Lucia", Role.CHILD, _months_ago(today, 13, 1))
    household.add("Priya", Role.ADULT)
    household.add("Grandma", Role.ADULT)
    planner = services.planner
    planner.add_apps("Rosa", ["youtube-kids"])
    planner.add_apps("Arun", ["roblox", "minecraft"])
    planner.add_apps("Lucia", ["instagram", "snapchat", "whatsapp"])
    planner.log_talk(
        ["Arun"],
        ["strangers-in-games"],
        today - relativedelta(days=40),
        how_it_went="He knew more than I expected",
    )
    planner.log_talk(
        ["Lucia"],
        ["privacy-settings", "location-sharing"],
        today - relativedelta(days=12),
        follow_ups=[("Check Snap Map together", today + relativedelta(days=3))],
    )
    planner.mark("Arun", "roblox", "limit-chat", on=today - relativedelta(days=40))
    services.settings.mark_welcomed()
