"""Adding, changing and removing the people in the household."""

from __future__ import annotations

import sqlite3
from datetime import date

from familysafe import logs
from familysafe.core.bands import Band, BirthMonth
from familysafe.core.clock import Clock
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.household import Member, Role, check_birth_month, clean_name
from familysafe.core.records import record
from familysafe.store import members as repo
from familysafe.store.db import Database

log = logs.logger("familysafe.household")


@record
class MemberView:
    """A member as seen on a given day: with their age and band worked out."""

    member: Member
    age: int | None
    band: Band

    @property
    def name(self) -> str:
        return self.member.name

    @property
    def role(self) -> Role:
        return self.member.role

    @property
    def born(self) -> BirthMonth | None:
        return self.member.born

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "role": self.role.value,
            "born": str(self.born) if self.born else None,
            "age": self.age,
            "band": self.band.value,
        }


@record
class Removed:
    """Who was removed, and when they had been added (how their backups know them)."""

    member: Member
    added_on: date


class HouseholdService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def view(self, member: Member, on: date | None = None) -> MemberView:
        on = on or self._clock.today()
        return MemberView(member, member.age_on(on), member.band_on(on))

    def members(self, on: date | None = None) -> list[MemberView]:
        return [self.view(m, on) for m in repo.all_members(self._db.conn)]

    def children(self, on: date | None = None) -> list[MemberView]:
        return [v for v in self.members(on) if v.role is Role.CHILD]

    def get(self, name: str) -> Member:
        member = repo.by_name(self._db.conn, name)
        if member is None:
            raise NotFoundError(
                "member-not-found", f"no one called {name!r} in the household", name=name
            )
        return member

    def by_id(self, member_id: int) -> Member:
        """The member with this id (how every service and signal names a member; names are only
        shown, and looked up by ``get`` for the command line's arguments)."""
        member = repo.by_id(self._db.conn, member_id)
        if member is None:
            raise NotFoundError("member-not-found", "that member no longer exists", name="")
        return member

    def child(self, member_id: int, field: str = "member") -> Member:
        """The child with this id: ``NotFoundError`` for a stranger, and a ``ValidationError`` on
        ``field`` (the input the caller highlights) when the member is an adult."""
        member = self.by_id(member_id)
        if member.role is not Role.CHILD:
            raise ValidationError(
                field,
                "not-a-child",
                f"{member.name} is an adult: this is for children",
                name=member.name,
            )
        return member

    def add(self, name: str, role: Role, born: BirthMonth | None = None) -> Member:
        name = clean_name(name)
        born = self._checked_born(role, born)
        with self._db.transaction() as conn:
            self._check_unique(conn, name)
            return repo.insert(conn, name, role, born, self._clock.today())

    def rename(self, member_id: int, new: str) -> Member:
        new = clean_name(new)
        with self._db.transaction() as conn:
            member = self.by_id(member_id)
            self._check_unique(conn, new, except_id=member.id)
            renamed = Member(member.id, new, member.role, member.born)
            repo.update(conn, renamed)
            return renamed

    def edit(self, member_id: int, name: str, role: Role, born: BirthMonth | None) -> Member:
        """Change everything about a member at once (the Family page's edit form)."""
        name = clean_name(name)
        born = self._checked_born(role, born)
        with self._db.transaction() as conn:
            if repo.by_id(conn, member_id) is None:
                raise NotFoundError("member-not-found", "that member no longer exists", name=name)
            self._check_unique(conn, name, except_id=member_id)
            member = Member(member_id, name, role, born)
            repo.update(conn, member)
            return member

    def remove(self, member_id: int) -> Removed:
        """Remove a member and everything about them (their apps, checklists, talks).

        Deleted rows are overwritten (``secure_delete``) and the ``-wal`` is checkpointed into
        the main file and emptied, so their words leave both files at once. Backups keep them
        until they rotate out, unless ``BackupService.remove_member`` is called with the
        result."""
        with self._db.transaction() as conn:
            member = self.by_id(member_id)
            added_on = repo.added_on(conn)[member.id]
            repo.delete(conn, member.id)  # apps, marks, follow-ups and talk links cascade
            from familysafe.store import planner

            planner.delete_orphan_talks(conn)
        if not self._db.checkpoint():
            log.warning("a reader kept part of the -wal after a removal; it empties later")
        return Removed(member, added_on)

    def _checked_born(self, role: Role, born: BirthMonth | None) -> BirthMonth | None:
        if role is Role.ADULT:
            return None
        if born is None:
            raise ValidationError("born", "born-missing", "a child needs a birth month (YYYY-MM)")
        return check_birth_month(born, self._clock.today())

    @staticmethod
    def _check_unique(conn: sqlite3.Connection, name: str, except_id: int | None = None) -> None:
        if repo.name_taken(conn, name, except_id):
            raise ValidationError(
                "name",
                "name-taken",
                f"someone called {name!r} is already in the household",
                name=name,
            )
