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
    services.settings.mark_welcomed()
