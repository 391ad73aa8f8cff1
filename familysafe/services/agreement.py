"""The family agreement's use cases: build the draft, agree it, and keep its review date.

Each public method is one thing the family does, in one transaction; bad input raises
ValidationError or NotFoundError before anything is written. Lines come back ready to show: a
suggestion's words in the user's language, children by id (their names shown alongside).
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Sequence
from datetime import date

from familysafe.core import agreement as rules
from familysafe.core.agreement import AgreedLine, AgreementLine, AgreementVersion
from familysafe.core.bands import Band
from familysafe.core.clock import Clock
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.library import AgreementSection, Library
from familysafe.core.records import record, replace
from familysafe.services.household import HouseholdService
from familysafe.services.library import LibraryService
from familysafe.store import agreement as repo
from familysafe.store.db import Database


class Keep(enum.Enum):
    """Passed to ``edit_line`` for a part of the line that stays as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


@record
class ShownLine:
    """A line ready to show. ``id`` is the draft line's id (None in an agreed version);
    ``children`` are names, and empty means the line is for everyone."""

    id: int | None
    section_id: str
    text: str
    suggestion_id: str | None = None
    children: tuple[str, ...] = ()
    child_ids: tuple[int, ...] = ()

    @property
    def own(self) -> bool:
        """The family's own words rather than a suggestion."""
        return self.suggestion_id is None

    @property
    def for_everyone(self) -> bool:
        return not self.child_ids


@record
class ShownSection:
    id: str
    title: str
    purpose: str
    voice: str
    lines: tuple[ShownLine, ...]


@record
class Draft:
    """The agreement being written. ``changed`` says it differs from the latest version
    (``agreed_version``, None before the first), i.e. there is something new to agree."""

    sections: tuple[ShownSection, ...]
    agreed_version: int | None
    changed: bool

    @property
    def lines(self) -> tuple[ShownLine, ...]:
        return tuple(line for s in self.sections for line in s.lines)

    @property
    def is_empty(self) -> bool:
        return not self.lines


@record
class AgreedVersion:
    """A version as agreed: its lines' words are those of the day it was agreed."""

    number: int
    agreed_on: date
    review_on: date
    reviewed_on: date | None
    signed_by: tuple[str, ...]
    signer_ids: tuple[int, ...]
    sections: tuple[ShownSection, ...]

    @property
    def lines(self) -> tuple[ShownLine, ...]:
        return tuple(line for s in self.sections for line in s.lines)


@record
class SuggestedLine:
    """A suggestion worded for at least one of the children (named in ``children``);
    ``added`` when it is already in the draft."""

    id: str
    section_id: str
    text: str
    bands: tuple[Band, ...]
    children: tuple[str, ...]
    child_ids: tuple[int, ...]
    added: bool


@record
class SuggestedSection:
    id: str
    title: str
    purpose: str
    voice: str
    suggestions: tuple[SuggestedLine, ...]


class AgreementService:
    def __init__(
        self, db: Database, clock: Clock, household: HouseholdService, library: LibraryService
    ) -> None:
        self._db = db
        self._clock = clock
        self._household = household
        self._library = library

    @property
    def _content(self) -> Library:
        return self._library.library

    # Reading ---------------------------------------------------------------------------------

    def sections(self) -> list[AgreementSection]:
        """The agreement's sections, in order, with all their suggestions."""
        return list(self._content.agreement)

    def draft(self) -> Draft:
        conn = self._db.conn
        agreement, latest = repo.draft(conn), repo.latest(conn)
        names = self._names()
        sections = tuple(
            self._section(section_id, lines=tuple(self._shown(x, names) for x in lines))
            for section_id, lines in agreement.grouped(self._content)
        )
        changed = not agreement.matches(latest, self._content)
        return Draft(sections, latest.number if latest else None, changed)

    def suggestions(self) -> list[SuggestedSection]:
        """Per section, the suggestions worded for the children's bands today, marking which
        child each suits. Before any child is added, every suggestion is offered."""
        children = {v.member.id: v.band for v in self._household.children()}
        names = self._names()
        agreement = repo.draft(self._db.conn)
        if children:
            found = rules.suggestions_for(self._content, children)
        else:
            found = [
                rules.SectionSuggestions(
                    s, tuple(rules.SuitedSuggestion(x, ()) for x in s.suggestions)
                )
                for s in self._content.agreement
            ]
        return [
            SuggestedSection(
                group.section.id,
                group.section.title,
                group.section.purpose,
                group.section.voice,
                tuple(
                    SuggestedLine(
                        s.suggestion.id,
                        group.section.id,
                        s.suggestion.text,
                        s.suggestion.bands,
                        _named(names, s.child_ids),
                        s.child_ids,
                        agreement.has_suggestion(s.suggestion.id),
                    )
                    for s in group.suggestions
                ),
            )
            for group in found
        ]

    def versions(self) -> list[AgreedVersion]:
        """Every version agreed, newest first."""
        names = self._names()
        return [self._agreed(v, names) for v in reversed(repo.versions(self._db.conn))]

    def current(self) -> AgreedVersion | None:
        """The latest version agreed, or None before the first."""
        latest = repo.latest(self._db.conn)
        return self._agreed(latest, self._names()) if latest else None

    def version(self, number: int) -> AgreedVersion:
        for v in repo.versions(self._db.conn):
            if v.number == number:
                return self._agreed(v, self._names())
        raise NotFoundError(
            "agreement-version-not-found", f"there is no version {number}", version=number
        )

    # Writing the draft -------------------------------------------------------------------------

    def add_line(
        self,
        section: str,
        *,
        suggestion_id: str | None = None,
        text: str | None = None,
        children: Sequence[int] | None = None,
    ) -> ShownLine:
        """Add a suggestion or the family's own words at the end of ``section``, for everyone
        or only for the ``children`` given (member ids)."""
        content = self._section_content(section)
        if (suggestion_id is None) == (text is None):
            raise ValidationError(
                "text", "agreement-line-source", "give a suggestion or your own words, not both"
            )
        if suggestion_id is not None:
            suggestion = content.suggestion(suggestion_id)
            if suggestion is None:
                raise NotFoundError(
                    "agreement-suggestion-not-found",
                    f"the section {section!r} has no suggestion {suggestion_id!r}",
                    id=suggestion_id,
                    section=section,
                )
            words = suggestion.text
        else:
            words = rules.clean_own_text(text)
        child_ids = self._child_ids(children)
        with self._db.transaction() as conn:
            if suggestion_id is not None and repo.draft(conn).has_suggestion(suggestion_id):
                raise ValidationError(
                    "suggestion",
                    "agreement-suggestion-added",
                    f"{suggestion_id!r} is already in the agreement",
                    id=suggestion_id,
                )
            line_id = repo.insert_line(conn, section, suggestion_id, words, child_ids)
            line = self._line(conn, line_id)
        return self._shown(line, self._names())

    def edit_line(
        self,
        line_id: int,
        *,
        text: str | Keep = KEEP,
        children: Sequence[int] | None | Keep = KEEP,
    ) -> ShownLine:
        """Change a line's words (a suggestion reworded becomes the family's own words) or who
        it is for (None or empty: everyone)."""
        new_text = None if text is KEEP else rules.clean_own_text(text)
        child_ids = None if children is KEEP else self._child_ids(children)
        with self._db.transaction() as conn:
            line = self._line(conn, line_id)
            if new_text is not None and new_text != line.shown_text(self._content):
                repo.update_line(conn, line_id, None, new_text)
            if child_ids is not None:
                repo.set_line_children(conn, line_id, child_ids)
            line = self._line(conn, line_id)
        return self._shown(line, self._names())

    def remove_line(self, line_id: int) -> None:
        with self._db.transaction() as conn:
            self._line(conn, line_id)
            repo.delete_line(conn, line_id)

    def move_line(self, line_id: int, index: int) -> None:
        """Move a line to ``index`` (0 is the top) within its section."""
        with self._db.transaction() as conn:
            line = self._line(conn, line_id)
            ids = [x.id for x in repo.draft(conn).in_section(line.section)]
            repo.set_order(conn, rules.reorder(ids, line_id, index))

    # Agreeing and reviewing --------------------------------------------------------------------

    def agree(
        self, signed_by: Sequence[int], on: date | None = None, review_on: date | None = None
    ) -> AgreedVersion:
        """Freeze the draft as a new version agreed by the members ``signed_by`` (ids;
        children and adults), on ``on`` (today by default); the review date defaults to three
        months on."""
        signers = [self._household.by_id(m).id for m in dict.fromkeys(signed_by)]
        today = self._clock.today()
        with self._db.transaction() as conn:
            version = rules.new_version(
                repo.draft(conn),
                self._content,
                signers,
                on or today,
                today,
                repo.latest(conn),
                review_on,
            )
            repo.insert_version(conn, version)
        return self._agreed(version, self._names())

    def set_review_date(self, review_on: date) -> AgreedVersion:
        """Move the latest version's review date (after it was agreed or last reviewed, and
        within two years of that)."""
        with self._db.transaction() as conn:
            latest = self._latest(conn)
            rules.check_review_date(review_on, latest.review_from)
            changed = replace(latest, review_on=review_on)
            repo.set_review(conn, changed)
        return self._agreed(changed, self._names())

    def mark_reviewed(self, on: date | None = None) -> AgreedVersion:
        """The family went through the agreement and kept it as it is: the next review is three
        months on. (To change it, edit the draft and agree a new version.)"""
        today = self._clock.today()
        on = on or today
        if on > today:
            raise ValidationError(
                "on", "date-future", "that date is in the future", date=on.isoformat()
            )
        with self._db.transaction() as conn:
            changed = rules.reviewed(self._latest(conn), on)
            repo.set_review(conn, changed)
        return self._agreed(changed, self._names())

    # Helpers -----------------------------------------------------------------------------------

    def _names(self) -> dict[int, str]:
        """Member names by id, in the order the household lists them."""
        return {v.member.id: v.name for v in self._household.members()}

    def _section_content(self, section_id: str) -> AgreementSection:
        section = self._content.agreement_section(section_id)
        if section is None:
            raise NotFoundError(
                "agreement-section-not-found",
                f"there is no agreement section {section_id!r}",
                id=section_id,
            )
        return section

    def _child_ids(self, member_ids: Sequence[int] | None) -> tuple[int, ...]:
        ids = (self._household.child(member_id, "children").id for member_id in member_ids or ())
        return tuple(dict.fromkeys(ids))

    @staticmethod
    def _line(conn: sqlite3.Connection, line_id: int) -> AgreementLine:
        line = repo.draft(conn).line(line_id)
        if line is None:
            raise NotFoundError(
                "agreement-line-not-found", f"there is no line {line_id}", id=line_id
            )
        return line

    @staticmethod
    def _latest(conn: sqlite3.Connection) -> AgreementVersion:
        latest = repo.latest(conn)
        if latest is None:
            raise NotFoundError("agreement-not-agreed", "the agreement has not been agreed yet")
        return latest

    def _section(
        self, section_id: str, lines: tuple[ShownLine, ...], title: str | None = None
    ) -> ShownSection:
        content = self._content.agreement_section(section_id)
        if content is None:  # a section the content no longer has: keep showing its lines
            return ShownSection(section_id, title or section_id, "", "family", lines)
        return ShownSection(
            section_id, title or content.title, content.purpose, content.voice, lines
        )

    def _shown(self, line: AgreementLine, names: dict[int, str]) -> ShownLine:
        return ShownLine(
            line.id,
            line.section,
            line.shown_text(self._content),
            line.suggestion_id,
            _named(names, line.child_ids),
            line.child_ids,
        )

    def _agreed(self, version: AgreementVersion, names: dict[int, str]) -> AgreedVersion:
        grouped: dict[str, list[AgreedLine]] = {}
        for line in version.lines:
            grouped.setdefault(line.section, []).append(line)
        sections = tuple(
            self._section(
                section_id,
                tuple(
                    ShownLine(
                        None,
                        x.section,
                        x.text,
                        x.suggestion_id,
                        _named(names, x.child_ids),
                        x.child_ids,
                    )
                    for x in lines
                ),
                title=lines[0].section_title,
            )
            for section_id, lines in grouped.items()
        )
        return AgreedVersion(
            version.number,
            version.agreed_on,
            version.review_on,
            version.reviewed_on,
            tuple(names[m] for m in version.signed_by if m in names),
            version.signed_by,
            sections,
        )


def _named(names: dict[int, str], member_ids: tuple[int, ...]) -> tuple[str, ...]:
    """The names of ``member_ids`` in the household's order (children first, by name)."""
    return tuple(name for member_id, name in names.items() if member_id in member_ids)
