"""What the family fills in beside its agreement: each child's times, places and devices, the
trusted adults it names, and the children's helpline of its country.

Every change is one transaction; bad input raises ValidationError or NotFoundError before
anything is written. Nothing is stored until the parent enters it, and clearing a value removes
it. These are the family's live details: an agreed version keeps its own lines, frozen.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import time

from familysafe.core import specifics as rules
from familysafe.core.bands import Band
from familysafe.core.errors import NotFoundError
from familysafe.core.household import Member, name_key
from familysafe.core.library import Route
from familysafe.core.specifics import ChildSpecifics, TrustedAdult
from familysafe.services.household import HouseholdService, MemberView
from familysafe.services.planner import PlannerService
from familysafe.services.settings import SettingsService
from familysafe.store import specifics as repo
from familysafe.store.db import Database


class Keep(enum.Enum):
    """Passed to ``set_specifics`` for a value that stays as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class ChildDetails:
    """A child's specifics ready to show, with the apps FamilySafe knows they use."""

    member_id: int
    name: str
    band: Band
    apps: tuple[str, ...]
    screen_free: str = ""
    bedtime: time | None = None
    play_time: str = ""
    devices: tuple[str, ...] = ()

    @property
    def younger(self) -> bool:
        """A child for whom the agreement weighs sleep and moving about before screens."""
        return self.band in rules.YOUNGER

    @property
    def has_limits(self) -> bool:
        return bool(self.screen_free or self.bedtime or self.play_time)


@dataclass(frozen=True)
class ChildrensHelpline:
    """The children's helpline of the family's country, for the agreement."""

    country: str
    route: Route


class SpecificsService:
    def __init__(
        self,
        db: Database,
        household: HouseholdService,
        planner: PlannerService,
        settings: SettingsService,
    ) -> None:
        self._db = db
        self._household = household
        self._planner = planner
        self._settings = settings

    # Each child --------------------------------------------------------------------------------

    def children(self, member_ids: Sequence[int] = ()) -> list[ChildDetails]:
        """Each child (or those given, by member id), in the household's order, with their
        specifics."""
        chosen = {self._child(member_id).id for member_id in member_ids}
        stored = repo.specifics(self._db.conn)
        return [
            self._details(view, stored.get(view.member.id))
            for view in self._household.children()
            if not chosen or view.member.id in chosen
        ]

    def child(self, member_id: int) -> ChildDetails:
        member = self._child(member_id)
        return next(c for c in self.children() if c.member_id == member.id)

    def set_specifics(
        self,
        member_id: int,
        *,
        screen_free: str | Keep = KEEP,
        bedtime: str | time | None | Keep = KEEP,
        play_time: str | Keep = KEEP,
        devices: Sequence[str] | Keep = KEEP,
    ) -> ChildDetails:
        """Change a child's specifics; an empty value (or None for the bedtime) clears it."""
        member = self._child(member_id)
        # Checked before the transaction, so bad input changes nothing.
        new_screen_free = None if screen_free is KEEP else rules.clean_screen_free(screen_free)
        new_bedtime = KEEP if bedtime is KEEP else rules.parse_bedtime(bedtime)
        new_play_time = None if play_time is KEEP else rules.clean_play_time(play_time)
        new_devices = None if devices is KEEP else rules.clean_devices(devices)
        with self._db.transaction() as conn:
            old = repo.specifics(conn).get(member.id, ChildSpecifics(member.id))
            value = replace(
                old,
                screen_free=old.screen_free if new_screen_free is None else new_screen_free,
                bedtime=old.bedtime if new_bedtime is KEEP else new_bedtime,
                play_time=old.play_time if new_play_time is None else new_play_time,
                devices=old.devices if new_devices is None else new_devices,
            )
            repo.save_specifics(conn, value)
        return self.child(member.id)

    # Trusted adults ----------------------------------------------------------------------------

    def trusted_adults(self) -> tuple[TrustedAdult, ...]:
        return repo.trusted_adults(self._db.conn)

    def add_trusted_adult(self, name: str, phone: str | None = None) -> TrustedAdult:
        """Name a trusted adult (a second time with a phone number changes the number)."""
        name = rules.clean_trusted_name(name)
        phone_text = rules.clean_phone(phone)
        with self._db.transaction() as conn:
            found = repo.find_trusted(conn, name_key(name))
            if found is not None:
                if phone is not None:
                    repo.update_trusted(conn, found.id, phone_text)
                adult_id = found.id
            else:
                rules.check_trusted_count(len(repo.trusted_adults(conn)))
                adult_id = repo.insert_trusted(conn, name, name_key(name), phone_text)
        return next(a for a in self.trusted_adults() if a.id == adult_id)

    def remove_trusted_adult(self, name: str) -> TrustedAdult:
        with self._db.transaction() as conn:
            found = repo.find_trusted(conn, name_key((name or "").strip()))
            if found is None:
                raise NotFoundError(
                    "trusted-not-found", f"no trusted adult called {name!r}", name=name
                )
            repo.delete_trusted(conn, [found.id])
        return found

    # The country's helpline for children -------------------------------------------------------

    def childrens_helpline(self) -> ChildrensHelpline | None:
        """The first route for children (with a phone number first) of the family's country."""
        country = self._settings.helpline_country()
        routes = [r for r in country.routes if r.audience == "children"]
        routes.sort(key=lambda r: not r.phone)
        return ChildrensHelpline(country.name, routes[0]) if routes else None

    # Helpers -----------------------------------------------------------------------------------

    def _child(self, member_id: int) -> Member:
        return self._household.child(member_id, "name")

    def _details(self, view: MemberView, stored: ChildSpecifics | None) -> ChildDetails:
        value = stored or ChildSpecifics(view.member.id)
        return ChildDetails(
            view.member.id,
            view.name,
            view.band,
            tuple(a.app.name for a in self._planner.apps(view.member.id)),
            value.screen_free,
            value.bedtime,
            value.play_time,
            value.devices,
        )
