"""What each document prints, as plain data the export service fills in.

A document prints what it is given and nothing else: the service leaves out what the reader must
not see (private notes unless asked for, birth dates always, children not chosen) before any of
it reaches a document. Content (topics, guides, helplines) arrives already in the user's language;
dates arrive as dates and are formatted by the document for the reader's locale.
"""

from __future__ import annotations

from datetime import date, time

from familysafe.core.bands import Band
from familysafe.core.checklist import ItemState
from familysafe.core.due import DueEntry
from familysafe.core.library import Guide, Route
from familysafe.core.planning import FollowUp
from familysafe.core.records import record


@record
class Letterhead:
    """What heads every page, and the file's metadata. ``author`` None writes no author."""

    family_name: str
    today: date
    author: str | None = None
    language: str | None = None
    large_print: bool = False
    paper: str = "a4"  # or "letter"


# The family agreement ---------------------------------------------------------------------------


@record
class AgreementLineText:
    """A line of the agreement; ``children`` names the children it is only for (empty: the
    whole family). ``all_children`` says those are all the children the copy is for."""

    text: str
    children: tuple[str, ...] = ()
    all_children: bool = False


@record
class AgreementPart:
    """One section; ``voice`` is who speaks its lines: child, family or parents."""

    id: str
    title: str
    purpose: str
    voice: str
    lines: tuple[AgreementLineText, ...]


@record
class AgreementChild:
    """What the family entered for one child (never a birth date): the apps and devices the
    child uses, the places and times without screens, the device bedtime and how long games and
    videos last. ``younger`` adds the sleep and activity balance."""

    name: str
    apps: tuple[str, ...] = ()
    devices: tuple[str, ...] = ()
    screen_free: str = ""
    bedtime: time | None = None
    play_time: str = ""
    younger: bool = False

    @property
    def has_limits(self) -> bool:
        return bool(self.screen_free or self.bedtime or self.play_time)


@record
class TrustedPerson:
    """A trusted adult the family named; ``phone`` may be empty."""

    name: str
    phone: str = ""


@record
class AgreementDocument:
    """The agreement to print. ``version`` None means a draft nobody has agreed yet
    (``previous`` is then the version it would replace, if any). ``signers`` are the people
    who sign, children and adults; empty leaves out the signatures. One copy per ``homes``."""

    head: Letterhead
    parts: tuple[AgreementPart, ...]
    signers: tuple[str, ...]
    version: int | None = None
    agreed_on: date | None = None
    review_on: date | None = None
    previous: int | None = None
    homes: tuple[str, ...] = ()
    children: tuple[AgreementChild, ...] = ()  # empty: the specifics are left out
    trusted: tuple[TrustedPerson, ...] = ()
    helpline: Route | None = None  # the children's helpline of the family's country


# The carer handout ------------------------------------------------------------------------------


@record
class AppSettings:
    """The privacy settings ticked on one app: ``settings`` in place, ``recheck`` in place but
    due a re-check (the interval passed, or the advice changed): still in place, not undone."""

    app: str
    settings: tuple[str, ...]
    recheck: tuple[str, ...] = ()


@record
class CarerChild:
    """A child as a carer needs to know them: first name and age band, never a birth date."""

    name: str
    band: Band
    apps: tuple[str, ...]
    settings: tuple[AppSettings, ...]
    devices: tuple[str, ...] = ()
    screen_free: str = ""  # the family's actual limits, from the agreement's specifics
    bedtime: time | None = None
    play_time: str = ""


@record
class RuleGroup:
    """Rules for some of the children on the handout, each printed once: ``children`` names
    them (empty: every child on the handout)."""

    children: tuple[str, ...]
    rules: tuple[str, ...]


@record
class CarerHandout:
    """``sections`` holds the ids the parent chose (apps, rules, limits, settings, what-to-do,
    warning-signs, carer-home, helplines, contact); ``routes`` are the country's helplines for
    the guide's concerns and ``first_routes`` the one or two that matter most; ``rules`` the
    family's rules, each once, grouped by whom they are for (every child first). No
    ``contact`` prints lines to write on."""

    head: Letterhead
    children: tuple[CarerChild, ...]
    sections: frozenset[str]
    country: str
    emergency: str
    routes: tuple[Route, ...]
    guide: Guide | None = None
    contact: str | None = None
    rules: tuple[RuleGroup, ...] = ()
    first_routes: tuple[Route, ...] = ()
    backup: str | None = None  # a neighbour or relative; None prints a line to write on
    away: str | None = None  # where the parents are and when they return; None: lines
    address: str | None = None  # the home address for emergency services; None: a line


# The family plan --------------------------------------------------------------------------------


@record
class TopicIdea:
    """A suggested next topic with a starter or two in the child's band."""

    title: str
    starters: tuple[str, ...]
    last_discussed: date | None = None


@record
class TalkLine:
    """A talk held with the child. ``notes`` is empty unless the parent chose to include them."""

    on: date
    topics: tuple[str, ...]
    others: tuple[str, ...] = ()
    how_it_went: str = ""
    notes: str = ""


@record
class AppChecklist:
    """One app's privacy checklist for the child, item by item."""

    app: str
    min_age: int
    below_min_age: bool
    items: tuple[ItemState, ...]


@record
class PlanChild:
    """One child in the family plan. ``talks`` are the latest; ``earlier_talks`` counts the
    rest, the first of all on ``first_talk``."""

    name: str
    age: int
    band: Band
    ideas: tuple[TopicIdea, ...] = ()
    talks: tuple[TalkLine, ...] = ()
    earlier_talks: int = 0
    first_talk: date | None = None
    due: tuple[DueEntry, ...] = ()
    apps: tuple[AppChecklist, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


@record
class FamilyItems:
    """What belongs to the whole family rather than one child."""

    check_in_on: date | None = None
    check_in_at: time | None = None
    agreement_version: int | None = None
    agreement_review_on: date | None = None
    follow_ups: tuple[FollowUp, ...] = ()


@record
class FamilyPlanDocument:
    """``sections``: suggestions, history, due, checklists, follow-ups (those chosen)."""

    head: Letterhead
    children: tuple[PlanChild, ...]
    family: FamilyItems
    sections: frozenset[str]
    include_notes: bool = False


# Conversation cards -----------------------------------------------------------------------------


@record
class CardsDocument:
    """One topic's starters for one band, one starter a card."""

    head: Letterhead
    topic: str
    band: Band
    starters: tuple[str, ...]


Document = AgreementDocument | CarerHandout | FamilyPlanDocument | CardsDocument
