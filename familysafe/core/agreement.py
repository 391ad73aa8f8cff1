"""The family agreement: lines in sections, the versions the family agreed, and the review date.

A draft line either names a suggestion from the content, whose words are looked up each time it is
shown (so a translation or a corrected wording applies), or holds the family's own words. A line
applies to everyone, or only to the children it names. Agreeing freezes a copy of every line's
words: a version keeps showing what was agreed even when the content changes later.

Rules agreed months ago are forgotten, so every version has a review date (by default three months
after it was agreed) that the planner turns into a reminder. Pure rules: the store keeps the lines
and versions, the services put the two together.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from dateutil.relativedelta import relativedelta

from familysafe.core.bands import Band
from familysafe.core.errors import ValidationError
from familysafe.core.input_rules import (
    AGREEMENT_LINE_MAX,
    check_talk_date,
    holds_invalid_unicode,
    refused_in_text,
)
from familysafe.core.library import AgreementSection, AgreementSuggestion, Library
from familysafe.core.planning import AgreementReview
from familysafe.core.records import record, replace

OWN_TEXT_MAX = AGREEMENT_LINE_MAX
REVIEW_AFTER = relativedelta(months=3)
REVIEW_WITHIN_YEARS = 2


@record
class AgreementLine:
    """A line of the draft. ``text`` is the family's own words, or for a suggestion its words when
    it was added (shown only if the content no longer has that suggestion). No ``child_ids``
    means the line is for everyone."""

    id: int
    section: str
    suggestion_id: str | None
    text: str
    child_ids: tuple[int, ...] = ()

    @property
    def own(self) -> bool:
        return self.suggestion_id is None

    @property
    def for_everyone(self) -> bool:
        return not self.child_ids

    def shown_text(self, library: Library) -> str:
        """The words to show today: the suggestion's current wording, else the saved words."""
        if self.suggestion_id is not None:
            suggestion = library.agreement_suggestion(self.suggestion_id)
            if suggestion is not None:
                return suggestion.text
        return self.text


@record
class AgreedLine:
    """A line as it was agreed: its words and its section's title are frozen with the version."""

    section: str
    section_title: str
    text: str
    suggestion_id: str | None = None
    child_ids: tuple[int, ...] = ()


@record
class AgreementVersion:
    """One time the family agreed: who agreed (member ids), when, and when to look at it again.
    ``reviewed_on`` is the last day the family went through it and kept it as it was."""

    number: int
    agreed_on: date
    review_on: date
    signed_by: tuple[int, ...]
    lines: tuple[AgreedLine, ...]
    reviewed_on: date | None = None

    @property
    def review_from(self) -> date:
        """The day the next review is counted from: the last review, else the agreement."""
        return max(self.agreed_on, self.reviewed_on or self.agreed_on)

    def review(self) -> AgreementReview:
        return AgreementReview(self.number, self.agreed_on, self.review_on)


@record
class Agreement:
    """The draft: every line, each section's lines in their order."""

    lines: tuple[AgreementLine, ...] = ()

    def line(self, line_id: int) -> AgreementLine | None:
        return next((x for x in self.lines if x.id == line_id), None)

    def in_section(self, section_id: str) -> tuple[AgreementLine, ...]:
        return tuple(x for x in self.lines if x.section == section_id)

    def has_suggestion(self, suggestion_id: str) -> bool:
        return any(x.suggestion_id == suggestion_id for x in self.lines)

    def grouped(self, library: Library) -> list[tuple[str, tuple[AgreementLine, ...]]]:
        """Each section in the content's order (empty ones too), then any section the content
        no longer has, so that no line the family wrote is ever hidden."""
        known = [s.id for s in library.agreement]
        extra = [s for s in dict.fromkeys(x.section for x in self.lines) if s not in known]
        return [(s, self.in_section(s)) for s in known + extra]

    def snapshot(self, library: Library) -> tuple[AgreedLine, ...]:
        """The lines to freeze into a version; ValidationError when there is nothing to agree."""
        frozen = tuple(
            AgreedLine(
                line.section,
                section_title(library, line.section),
                line.shown_text(library),
                line.suggestion_id,
                tuple(sorted(line.child_ids)),
            )
            for _, lines in self.grouped(library)
            for line in lines
        )
        if not frozen:
            raise ValidationError(
                "lines", "agreement-empty", "add at least one line before agreeing"
            )
        return frozen

    def matches(self, version: AgreementVersion | None, library: Library) -> bool:
        """True when the draft says what ``version`` says (same lines, order and children).
        A suggestion is compared by its id, so a reworded or translated suggestion still
        matches."""
        if version is None:
            return not self.lines
        draft = [_essence(x) for _, lines in self.grouped(library) for x in lines]
        return draft == [_essence(x) for x in version.lines]


def _essence(line: AgreementLine | AgreedLine) -> tuple[object, ...]:
    """What makes two lines say the same: a suggestion by its id, own words by their text."""
    words = None if line.suggestion_id else line.text
    return line.section, line.suggestion_id, words, tuple(sorted(line.child_ids))


@record
class SuitedSuggestion:
    """A suggestion and the children (member ids) whose band it is worded for."""

    suggestion: AgreementSuggestion
    child_ids: tuple[int, ...]


@record
class SectionSuggestions:
    section: AgreementSection
    suggestions: tuple[SuitedSuggestion, ...]


def section_title(library: Library, section_id: str) -> str:
    section = library.agreement_section(section_id)
    return section.title if section else section_id


def suggestions_for(library: Library, children: Mapping[int, Band]) -> list[SectionSuggestions]:
    """Per section, in order, the suggestions worded for the band of at least one child
    (``children`` maps member ids to their band today), each with the children it suits."""
    result = []
    for section in library.agreement:
        suited = []
        for suggestion in section.suggestions:
            ids = tuple(sorted(m for m, band in children.items() if suggestion.suits(band)))
            if ids:
                suited.append(SuitedSuggestion(suggestion, ids))
        result.append(SectionSuggestions(section, tuple(suited)))
    return result


def clean_own_text(raw: str | None) -> str:
    """The family's own words for a line: trimmed, 1 to ``OWN_TEXT_MAX`` characters, one line."""
    text = unicodedata.normalize("NFC", raw or "").strip()
    if any(refused_in_text(ch) for ch in text) or holds_invalid_unicode(text):
        raise ValidationError(
            "text", "agreement-text-control", "a line cannot hold line breaks or control characters"
        )
    if not 1 <= len(text) <= OWN_TEXT_MAX:
        raise ValidationError(
            "text",
            "agreement-text-length",
            f"a line needs 1 to {OWN_TEXT_MAX} characters",
            limit=OWN_TEXT_MAX,
        )
    return re.sub(" {2,}", " ", text)


def default_review_date(agreed_on: date) -> date:
    return agreed_on + REVIEW_AFTER


def check_review_date(review_on: date, since: date) -> date:
    """A review date must fall after ``since`` (the day it was agreed or last reviewed) and
    within two years of it: a rule nobody looks at for longer is a rule forgotten."""
    if review_on <= since:
        raise ValidationError(
            "review_on",
            "review-not-after",
            f"the review date must be after {since.isoformat()}",
            date=since.isoformat(),
        )
    if review_on > since + relativedelta(years=REVIEW_WITHIN_YEARS):
        raise ValidationError(
            "review_on",
            "review-too-far",
            f"the review date must be within {REVIEW_WITHIN_YEARS} years of {since.isoformat()}",
            date=since.isoformat(),
            years=REVIEW_WITHIN_YEARS,
        )
    return review_on


def check_agreed_on(on: date, today: date, previous: AgreementVersion | None) -> date:
    """An agreement is agreed between 1900 and today, and not before the version it replaces."""
    check_talk_date(on, today)
    if previous is not None and on < previous.agreed_on:
        raise ValidationError(
            "on",
            "agreed-before-previous",
            f"version {previous.number} was agreed on {previous.agreed_on.isoformat()}; "
            "a new version cannot be agreed before it",
            version=previous.number,
            date=previous.agreed_on.isoformat(),
        )
    return on


def check_signers(member_ids: Iterable[int]) -> tuple[int, ...]:
    """Who agreed: at least one person, each once, in the order given."""
    ids = tuple(dict.fromkeys(member_ids))
    if not ids:
        raise ValidationError(
            "signed_by", "agreement-no-signer", "say who agreed: at least one person"
        )
    return ids


def new_version(
    agreement: Agreement,
    library: Library,
    signed_by: Iterable[int],
    on: date,
    today: date,
    previous: AgreementVersion | None,
    review_on: date | None = None,
) -> AgreementVersion:
    """The version the family agrees now, every rule checked; nothing is saved here."""
    lines = agreement.snapshot(library)
    signers = check_signers(signed_by)
    on = check_agreed_on(on, today, previous)
    review_on = check_review_date(review_on or default_review_date(on), on)
    number = previous.number + 1 if previous else 1
    return AgreementVersion(number, on, review_on, signers, lines)


def reviewed(version: AgreementVersion, on: date) -> AgreementVersion:
    """The family went through the agreement on ``on`` and kept it: the next review comes
    ``REVIEW_AFTER`` later. (Changing it means agreeing a new version instead.)"""
    if on < version.agreed_on:
        raise ValidationError(
            "on",
            "review-not-after",
            f"the review must be after {version.agreed_on.isoformat()}",
            date=version.agreed_on.isoformat(),
        )
    return replace(version, reviewed_on=on, review_on=default_review_date(on))


def reorder(line_ids: Sequence[int], line_id: int, index: int) -> list[int]:
    """``line_ids`` with ``line_id`` moved to ``index`` (0 is the top of its section)."""
    if line_id not in line_ids:
        raise ValueError(f"{line_id} is not one of the lines")
    if not 0 <= index < len(line_ids):
        raise ValidationError(
            "position",
            "agreement-position",
            f"choose a position from 1 to {len(line_ids)}",
            count=len(line_ids),
        )
    rest = [i for i in line_ids if i != line_id]
    rest.insert(index, line_id)
    return rest
