"""Printing and sharing: the family agreement, the carer handout, the family plan and
conversation cards as PDF files (``familysafe export pdf``, the window's "Print or share").

This service decides what each document may show and hands the document plain data
(``familysafe.export.documents.data``): the document cannot print what it was never given. Private
notes reach the plan only when the parent ticks them; the carer handout gets first names and age
bands, never a birth date; only the children chosen appear.

The PDF engine (reportlab) is imported inside :meth:`ExportService.export_pdf`, never at import
time, because the window imports the services at start-up.
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from familysafe.core.bands import Band
from familysafe.core.clock import Clock
from familysafe.core.errors import FamilySafeError, ValidationError
from familysafe.core.household import Role
from familysafe.core.input_rules import HOME_MAX, SHORT_TEXT_MAX, clean_line
from familysafe.core.library import Route, Topic
from familysafe.core.planning import FollowUp, TalkEntry
from familysafe.core.records import record
from familysafe.export.documents import KINDS, data
from familysafe.export.documents.words import default_family_name, document_title, safe_filename
from familysafe.files import NotAFileError, not_a_file
from familysafe.services.agreement import AgreementService, ShownSection
from familysafe.services.household import HouseholdService, MemberView
from familysafe.services.library import LibraryService
from familysafe.services.planner import PlannerService
from familysafe.services.settings import SettingsService, check_paper
from familysafe.services.specifics import ChildDetails, SpecificsService
from familysafe.words import translate

PLAN_SECTIONS = ("suggestions", "history", "due", "checklists", "follow-ups")
CARER_SECTIONS = (
    "apps",
    "rules",
    "limits",
    "settings",
    "what-to-do",
    "warning-signs",
    "carer-home",
    "helplines",
    "contact",
)
SIGNATURES = "signatures"
SPECIFICS = "specifics"  # agreement: each child's apps, devices, times and places
TRUSTED = "trusted-adults"  # agreement: the trusted adults named and the children's helpline
CARER_GUIDE = "child-tells-you"
# Not rules for a sitter: why the family has an agreement, what it enjoys online, and what it
# does when a rule is forgotten.
CARER_SKIPS = ("getting-started", "what-we-enjoy", "if-we-forget")
IDEAS = 4  # suggested topics per child in the plan
IDEA_STARTERS = 2
HISTORY = 10  # latest talks per child in the plan; the rest are counted
DUE_WITHIN = 30  # days ahead the plan looks

_WRITERS = {
    "agreement": ("familysafe.export.documents.agreement", "write_agreement"),
    "carer": ("familysafe.export.documents.carer", "write_carer"),
    "plan": ("familysafe.export.documents.plan", "write_plan"),
    "cards": ("familysafe.export.documents.cards", "write_cards"),
}


@record
class ExportOptions:
    kind: str = "plan"
    members: tuple[int, ...] = ()  # children to include, by member id; () = every child
    sections: tuple[str, ...] | None = None  # ids from ExportService.sections(kind); None = all
    include_notes: bool = False  # plan only: the talks' private notes
    large_print: bool = False
    topic_id: str | None = None  # cards (required for cards)
    band: Band | None = None  # cards: whose words; default: first chosen child's band, if suited
    homes: tuple[str, ...] = ()  # agreement: one copy per home, each headed with its name
    contact: str | None = None  # carer: the parent's contact line (None: settings.contact_line())
    backup: str | None = None  # carer: a backup contact (None: settings.backup_contact())
    away: str | None = None  # carer: where the parents are, back when (never stored)
    address: str | None = None  # carer: the home address for emergency services (never stored)
    paper: str | None = None  # "a4" or "letter"; None: settings.paper() (the country's custom)


@record
class ExportSection:
    id: str
    title: str  # translated
    default: bool = True


@record
class ExportResult:
    path: Path
    pages: int


class ExportService:
    def __init__(
        self,
        clock: Clock,
        household: HouseholdService,
        settings: SettingsService,
        library: LibraryService,
        planner: PlannerService,
        agreement: AgreementService,
        specifics: SpecificsService,
    ) -> None:
        self._clock = clock
        self._household = household
        self._settings = settings
        self._library = library
        self._planner = planner
        self._agreement = agreement
        self._specifics = specifics

    def sections(self, kind: str) -> list[ExportSection]:
        """The parts of a document the parent may leave out, in the order they are printed."""
        _check_kind(kind)
        if kind == "agreement":
            parts = [ExportSection(s.id, s.title) for s in self._agreement.sections()]
            return parts + [
                ExportSection(SPECIFICS, translate("Documents", "Our times, places and devices")),
                ExportSection(TRUSTED, translate("Documents", "People we can talk to")),
                ExportSection(SIGNATURES, translate("Documents", "Signatures")),
            ]
        if kind == "carer":
            return [
                ExportSection("apps", translate("Documents", "Apps and devices")),
                ExportSection("rules", translate("Documents", "Our rules")),
                ExportSection("limits", translate("Documents", "Our limits")),
                ExportSection("settings", translate("Documents", "Privacy settings in place")),
                ExportSection("what-to-do", translate("Documents", "What to do if worried")),
                ExportSection(
                    "warning-signs",
                    translate("Documents", "Signs a child may be harmed online"),
                ),
                ExportSection("carer-home", translate("Documents", "At your home")),
                ExportSection("helplines", translate("Documents", "Helplines")),
                ExportSection("contact", translate("Documents", "How to reach us")),
            ]
        if kind == "plan":
            return [
                ExportSection("suggestions", translate("Documents", "What to talk about next")),
                ExportSection("history", translate("Documents", "What you talked about")),
                ExportSection("due", translate("Documents", "Overdue and coming up")),
                ExportSection("checklists", translate("Documents", "Privacy settings by app")),
                ExportSection("follow-ups", translate("Documents", "Follow-ups")),
            ]
        return []

    def suggested_filename(self, options: ExportOptions) -> str:
        """A file name for the document: its translated title and today's date."""
        _check_kind(options.kind)
        name = translate("Documents", "{title} {date}.pdf").format(
            title=document_title(options.kind), date=self._clock.today().isoformat()
        )
        return safe_filename(name)

    def export_pdf(self, path: Path | str, options: ExportOptions) -> ExportResult:
        """Write the document to ``path``, complete and private (0600) or not at all.

        ValidationError or NotFoundError for options that do not make sense (nothing is
        written); FamilySafeError when the folder is missing or the file cannot be written (a
        file already at ``path`` is then left as it was)."""
        path = Path(path)
        document = self.document(options)
        if not path.parent.is_dir():
            raise FamilySafeError(
                "export-folder-missing",
                f"the folder {path.parent} does not exist",
                folder=str(path.parent),
            )
        module, function = _WRITERS[options.kind]
        write = getattr(importlib.import_module(module), function)  # loads reportlab
        try:
            pages = write(path, document)
        except NotAFileError as exc:
            raise not_a_file(path) from exc
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise FamilySafeError(
                "export-failed", f"could not write {path}: {reason}", path=str(path), reason=reason
            ) from exc
        return ExportResult(path, pages)

    def document(self, options: ExportOptions) -> data.Document:
        """The plain data the document will print (checked options; nothing written)."""
        with self._settings.reading():  # each setting read once, not per child or app
            return self._document(options)

    def _document(self, options: ExportOptions) -> data.Document:
        _check_kind(options.kind)
        sections = self._sections(options)
        children = self._children(options.members)
        if options.kind == "agreement":
            return self._agreement_document(options, sections, children)
        if options.kind == "carer":
            return self._carer_handout(options, sections, children)
        if options.kind == "plan":
            return self._plan(options, sections, children)
        return self._cards(options, children)

    # Checking the options ----------------------------------------------------------------------

    def _sections(self, options: ExportOptions) -> frozenset[str]:
        known = [s.id for s in self.sections(options.kind)]
        if options.sections is None:
            return frozenset(known)
        for section_id in options.sections:
            if section_id not in known:
                raise ValidationError(
                    "sections",
                    "export-section-unknown",
                    f"the {options.kind} document has no section {section_id!r}",
                    id=section_id,
                    document=document_title(options.kind),
                    sections=", ".join(known),
                )
        return frozenset(options.sections)

    def _children(self, member_ids: Sequence[int]) -> list[MemberView]:
        """The children chosen, in the household's order (every child when none is given)."""
        chosen = {self._household.child(member_id, "members").id for member_id in member_ids}
        children = self._household.children()
        return [c for c in children if not chosen or c.member.id in chosen]

    def _head(self, options: ExportOptions) -> data.Letterhead:
        return data.Letterhead(
            family_name=self._settings.family_name() or default_family_name(),
            today=self._clock.today(),
            author=self._settings.document_author(),
            language=self._library.language,
            large_print=options.large_print,
            paper=check_paper(options.paper) if options.paper else self._settings.paper(),
        )

    # The family agreement ----------------------------------------------------------------------

    def _agreement_document(
        self, options: ExportOptions, sections: frozenset[str], children: list[MemberView]
    ) -> data.AgreementDocument:
        """The agreed version when the draft still says the same, else the draft (marked as
        not agreed): what the family prints to sign is what it is working on."""
        draft, current = self._agreement.draft(), self._agreement.current()
        agreed = current if current is not None and not draft.changed else None
        shown = agreed.sections if agreed else draft.sections
        ids = {c.member.id: c.name for c in children}
        parts = tuple(
            data.AgreementPart(s.id, s.title, s.purpose, s.voice, _lines_for(s, ids))
            for s in shown
            if s.id in sections
        )
        signers: tuple[str, ...] = ()
        if SIGNATURES in sections:
            adults = [m.name for m in self._household.members() if m.role is Role.ADULT]
            signers = tuple(c.name for c in children) + tuple(adults)
        return data.AgreementDocument(
            head=self._head(options),
            parts=parts,
            signers=signers,
            version=agreed.number if agreed else None,
            agreed_on=agreed.agreed_on if agreed else None,
            review_on=agreed.review_on if agreed else None,
            previous=None if agreed else draft.agreed_version,
            homes=_homes(options.homes),
            children=self._agreement_children(sections, children),
            trusted=self._trusted(sections),
            helpline=self._childrens_helpline(sections),
        )

    # What the family filled in beside the lines (live, not frozen with a version).

    def _agreement_children(
        self, sections: frozenset[str], children: list[MemberView]
    ) -> tuple[data.AgreementChild, ...]:
        if SPECIFICS not in sections or not children:
            return ()
        return tuple(
            data.AgreementChild(
                c.name, c.apps, c.devices, c.screen_free, c.bedtime, c.play_time, c.younger
            )
            for c in self._specifics.children([c.member.id for c in children])
        )

    def _trusted(self, sections: frozenset[str]) -> tuple[data.TrustedPerson, ...]:
        if TRUSTED not in sections:
            return ()
        return tuple(data.TrustedPerson(a.name, a.phone) for a in self._specifics.trusted_adults())

    def _childrens_helpline(self, sections: frozenset[str]) -> Route | None:
        helpline = self._specifics.childrens_helpline() if TRUSTED in sections else None
        return helpline.route if helpline else None

    # The carer handout -------------------------------------------------------------------------

    def _carer_handout(
        self, options: ExportOptions, sections: frozenset[str], children: list[MemberView]
    ) -> data.CarerHandout:
        contact = self._settings.contact_line() if options.contact is None else options.contact
        contact = clean_line(contact, "contact", SHORT_TEXT_MAX)
        backup = self._settings.backup_contact() if options.backup is None else options.backup
        backup = clean_line(backup, "backup", SHORT_TEXT_MAX)
        away = clean_line(options.away, "away", SHORT_TEXT_MAX)
        address = clean_line(options.address, "address", SHORT_TEXT_MAX)
        chosen = [c.member.id for c in children]
        specifics = {c.member_id: c for c in self._specifics.children(chosen)}
        country = self._settings.helpline_country()
        guide = self._library.library.guides.get(CARER_GUIDE)
        agreed = self._agreement.current()
        rule_sections = agreed.sections if agreed else self._agreement.draft().sections
        return data.CarerHandout(
            head=self._head(options),
            children=tuple(self._carer_child(c, specifics[c.member.id]) for c in children),
            sections=sections,
            country=country.name,
            emergency=country.emergency,
            routes=tuple(country.routes_for(guide.concerns) if guide else country.routes),
            guide=guide,
            contact=contact or None,
            rules=_rule_groups(rule_sections, children),
            first_routes=tuple(country.first_routes(guide.concerns if guide else ())),
            backup=backup or None,
            away=away or None,
            address=address or None,
        )

    def _carer_child(self, child: MemberView, details: ChildDetails) -> data.CarerChild:
        apps = self._planner.apps(child.member.id)
        names = {a.app.id: a.app.name for a in apps}
        in_place: dict[str, list[str]] = defaultdict(list)
        recheck: dict[str, list[str]] = defaultdict(list)
        for state in self._planner.checklist(child.member.id):
            if state.applies and state.done:  # a tick due a re-check is still in place
                (recheck if state.stale else in_place)[state.app_id].append(state.title)
        return data.CarerChild(
            name=child.name,
            band=child.band,
            apps=tuple(a.app.name for a in apps),
            settings=tuple(
                data.AppSettings(names[app_id], tuple(in_place[app_id]), tuple(recheck[app_id]))
                for app_id in names
                if in_place.get(app_id) or recheck.get(app_id)
            ),
            devices=details.devices,
            screen_free=details.screen_free,
            bedtime=details.bedtime,
            play_time=details.play_time,
        )

    # The family plan ---------------------------------------------------------------------------

    def _plan(
        self, options: ExportOptions, sections: frozenset[str], children: list[MemberView]
    ) -> data.FamilyPlanDocument:
        today = self._clock.today()
        family_plan = self._planner.family_plan()
        talks = sorted(family_plan.talks, key=lambda t: (t.on, t.id), reverse=True)
        open_ups = [f for f in family_plan.follow_ups if f.open_on(today)]
        due = self._planner.due(DUE_WITHIN) if "due" in sections else []
        # Each thing is listed once: follow-ups have a section of their own.
        due = [i for i in due if i.kind != "follow-up" or "follow-ups" not in sections]
        names = {m.member.id: m.name for m in self._household.members()}
        held = {c.member.id: [t for t in talks if t.includes(c.member.id)] for c in children}
        shown = {
            c.member.id: held[c.member.id][:HISTORY] if "history" in sections else []
            for c in children
        }
        # Only the talks shown are read in full (with their notes), all in one go: a family
        # with years of talks would otherwise read every one of them for each.
        entries = self._planner.talks([t.id for ts in shown.values() for t in ts])
        ideas = (
            self._ideas(children) if "suggestions" in sections and children else defaultdict(tuple)
        )
        plans = []
        for child in children:
            mine, listed = held[child.member.id], shown[child.member.id]
            plans.append(
                data.PlanChild(
                    name=child.name,
                    age=child.age or 0,
                    band=child.band,
                    ideas=ideas[child.name],
                    talks=tuple(self._talk(entries[t.id], child, names, options) for t in listed),
                    earlier_talks=len(mine) - len(listed) if listed else 0,
                    first_talk=mine[-1].on if mine else None,
                    due=tuple(i for i in due if i.member_id == child.member.id),
                    apps=self._checklists(child) if "checklists" in sections else (),
                    follow_ups=_follow_ups(open_ups, child.member.id),
                )
            )
        current = self._agreement.current()
        schedule = self._planner.schedule()
        family = data.FamilyItems(
            check_in_on=schedule.next_date_on_or_after(today) if children else None,
            check_in_at=schedule.at,
            agreement_version=current.number if current else None,
            agreement_review_on=current.review_on if current else None,
            follow_ups=_follow_ups(open_ups, None),
        )
        return data.FamilyPlanDocument(
            self._head(options), tuple(plans), family, sections, options.include_notes
        )

    def _ideas(self, children: list[MemberView]) -> dict[str, tuple[data.TopicIdea, ...]]:
        each = self._planner.suggest_each([c.member.id for c in children], IDEAS)
        ideas = {}
        for child in children:
            found = []
            for suggestion in each[child.member.id]:
                topic = self._library.topic(suggestion.topic_id)
                starters = topic.starters.get(child.band, ())[:IDEA_STARTERS]
                found.append(data.TopicIdea(topic.title, starters, suggestion.last_discussed))
            ideas[child.name] = tuple(found)
        return ideas

    def _talk(
        self, entry: TalkEntry, child: MemberView, names: dict[int, str], options: ExportOptions
    ) -> data.TalkLine:
        library = self._library.library
        topics = tuple(_topic_title(library.topic(t), t) for t in entry.record.topic_ids)
        others = tuple(names[m] for m in entry.record.member_ids if m != child.member.id)
        return data.TalkLine(
            on=entry.record.on,
            topics=topics,
            others=others,
            how_it_went=entry.how_it_went,
            notes=entry.notes if options.include_notes else "",
        )

    def _checklists(self, child: MemberView) -> tuple[data.AppChecklist, ...]:
        states = defaultdict(list)
        for state in self._planner.checklist(child.member.id):
            states[state.app_id].append(state)
        return tuple(
            data.AppChecklist(a.app.name, a.min_age, a.below_min_age, tuple(states[a.app.id]))
            for a in self._planner.apps(child.member.id)
        )

    # Conversation cards ------------------------------------------------------------------------

    def _cards(self, options: ExportOptions, children: list[MemberView]) -> data.CardsDocument:
        if not options.topic_id:
            raise ValidationError("topic", "export-topic-missing", "choose a topic for the cards")
        topic = self._library.topic(options.topic_id)  # NotFoundError
        band = options.band or _default_band(topic, children)
        self._library.check_band(topic, band)
        return data.CardsDocument(
            head=self._head(options),
            topic=topic.title,
            band=band,
            starters=topic.starters[band],
        )


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(
            "kind", "export-kind-unknown", f"unknown document {kind!r}", kind=kind
        )


def _lines_for(
    section: ShownSection, children: dict[int, str]
) -> tuple[data.AgreementLineText, ...]:
    """The section's lines for the chosen children: lines for everyone, and lines for some
    children naming only those chosen (a line for children not chosen is left out)."""
    lines = []
    for line in section.lines:
        if line.for_everyone:
            lines.append(data.AgreementLineText(line.text))
            continue
        named = tuple(children[i] for i in children if i in line.child_ids)
        if named:
            every = len(named) == len(children) > 1
            lines.append(data.AgreementLineText(line.text, named, all_children=every))
    return tuple(lines)


def _rule_groups(
    sections: Sequence[ShownSection], children: list[MemberView]
) -> tuple[data.RuleGroup, ...]:
    """The rules a carer keeps, each once, grouped by the children they are for: the rules for
    every child on the handout first, then each smaller group in the household's order."""
    order = [c.member.id for c in children]
    names = {c.member.id: c.name for c in children}
    groups: dict[tuple[int, ...], list[str]] = {}
    for section in sections:
        if section.voice == "parents" or section.id in CARER_SKIPS:
            continue
        for line in section.lines:
            ids = tuple(i for i in order if line.for_everyone or i in line.child_ids)
            if not ids:
                continue
            key = () if len(ids) == len(order) else ids
            rules = groups.setdefault(key, [])
            if line.text not in rules:
                rules.append(line.text)
    ranked = sorted(groups, key=lambda k: (bool(k), [order.index(i) for i in k]))
    return tuple(data.RuleGroup(tuple(names[i] for i in key), tuple(groups[key])) for key in ranked)


def _homes(homes: Sequence[str]) -> tuple[str, ...]:
    cleaned = (clean_line(home, "homes", HOME_MAX) for home in homes)
    return tuple(dict.fromkeys(home for home in cleaned if home))


def _follow_ups(open_ups: list[FollowUp], member_id: int | None) -> tuple[FollowUp, ...]:
    """The open follow-ups for the member (None: the family's), soonest first."""
    found = [f for f in open_ups if f.member_id == member_id]
    return tuple(sorted(found, key=lambda f: (f.due_on, f.id)))


def _default_band(topic: Topic, children: list[MemberView]) -> Band:
    """The first chosen child's band the topic is written for, else the topic's first band."""
    for child in children:
        if child.band in topic.starters:
            return child.band
    return topic.bands[0]


def _topic_title(topic: Topic | None, topic_id: str) -> str:
    """A topic's title; its id when the topic has left the library."""
    return topic.title if topic is not None else topic_id
