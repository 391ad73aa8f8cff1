"""The content library as plain data: topics, apps with their checklists, guides, helplines,
and the suggested lines of the family agreement.

Loaded and validated by ``familysafe.content``; used by the planner and the front ends.
"""

from __future__ import annotations

from datetime import date

from familysafe.core.bands import Band
from familysafe.core.records import field, record

STRANDS = (
    "self-image-and-identity",
    "online-relationships",
    "online-reputation",
    "online-bullying",
    "managing-online-information",
    "health-wellbeing-and-lifestyle",
    "privacy-and-security",
    "copyright-and-ownership",
)
FEATURES = (
    "live-streaming",
    "video-chat",
    "voice-chat",
    "direct-messages",
    "stranger-contact",
    "public-profile",
    "location-sharing",
    "in-app-purchases",
    "gifting",
    "disappearing-messages",
    "random-matching",
    "user-generated-content",
    "ai-chatbot",
)
PEGI_RATINGS = (3, 7, 12, 16, 18)
ESRB_RATINGS = ("E", "E10+", "T", "M", "AO")
CATEGORIES = (
    "social-media",
    "video",
    "messaging",
    "video-calling",
    "gaming",
    "gaming-platform",
    "live-streaming",
    "device",
    "ai-chat",
    "music-and-tv",
    "random-chat",
)
PLATFORMS = ("all", "ios", "android", "web", "desktop", "console")
AUDIENCES = ("children", "parents", "everyone", "reporting")
CONCERNS = (
    "emergency",
    "child-support",
    "parent-support",
    "grooming",
    "sextortion",
    "image-removal",
    "abuse-images",
    "bullying",
    "harmful-content",
    "meeting",
    "scams",
)
# Who speaks the lines of an agreement section: the child ("I"), the whole family ("we") or the
# parents and carers ("we", to the children).
VOICES = ("child", "family", "parents")


@record
class ParentGuidance:
    summary: str
    why: str
    key_messages: tuple[str, ...]
    warning_signs: tuple[str, ...]
    if_it_happens: tuple[str, ...]


@record
class Topic:
    id: str
    title: str
    strand: str
    bands: tuple[Band, ...]
    features: tuple[str, ...]
    revisit_days: int
    written: date
    checked: date
    sources: tuple[str, ...]
    parents: ParentGuidance
    starters: dict[Band, tuple[str, ...]]
    activities: dict[Band, str] = field(default_factory=dict)
    # False when the family's language has no translation of this topic: it is shown in English.
    translated: bool = True

    def suits(self, band: Band) -> bool:
        return band in self.bands


@record
class ChecklistItem:
    """One setting to put in place. ``written`` is when our wording last changed (a tick older
    than that is stale); ``checked`` is when someone last compared the facts with ``source``."""

    id: str
    title: str
    why: str
    where: dict[str, str]
    written: date
    checked: date
    source: str
    min_age: int | None = None


@record
class AgeRule:
    """An age a feature of an app needs, e.g. going live on TikTok needs 18+ (``text`` says it in
    our words)."""

    feature: str
    min_age: int
    text: str
    source: str
    checked: date


@record
class Rating:
    """A game's age ratings: PEGI (Europe) and ESRB (North America); either may be unknown."""

    pegi: int | None
    esrb: str | None
    source: str
    checked: date


@record
class App:
    """An app, game or device. ``min_age`` is the worldwide minimum age in its terms (0 for
    none); ``min_age_by_country`` lists the countries where the law or the terms differ."""

    id: str
    name: str
    category: str
    min_age: int
    features: tuple[str, ...]
    summary: str
    report: str
    report_url: str
    written: date
    checked: date
    sources: tuple[str, ...]
    checklist: tuple[ChecklistItem, ...]
    parental_tool: str | None = None
    min_age_by_country: dict[str, int] = field(default_factory=dict)
    age_rules: tuple[AgeRule, ...] = ()
    rating: Rating | None = None
    translated: bool = True  # False: shown in English, the family's language has none yet

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.checklist if i.id == item_id), None)

    def min_age_in(self, country: str | None) -> int:
        """The minimum age that holds in ``country`` (ISO alpha-2), or the worldwide one."""
        if country:
            return self.min_age_by_country.get(country.upper(), self.min_age)
        return self.min_age

    def rules_above(self, age: int) -> tuple[AgeRule, ...]:
        """The feature age rules a child of ``age`` is still too young for."""
        return tuple(r for r in self.age_rules if age < r.min_age)


@record
class Guide:
    id: str
    title: str
    summary: str
    first: tuple[str, ...]
    do_not: tuple[str, ...]
    evidence: tuple[str, ...]
    report: tuple[str, ...]
    support: tuple[str, ...]
    concerns: tuple[str, ...]
    topics: tuple[str, ...]
    written: date
    checked: date
    sources: tuple[str, ...]
    translated: bool = True  # False: shown in English, the family's language has none yet


@record
class Route:
    id: str
    name: str
    purpose: str
    audience: str
    concerns: tuple[str, ...]
    source: str
    phone: str | None = None
    url: str | None = None


@record
class Country:
    code: str
    name: str
    emergency: str
    written: date
    checked: date
    routes: tuple[Route, ...]

    def routes_for(self, concerns: tuple[str, ...] | list[str]) -> list[Route]:
        return [r for r in self.routes if set(r.concerns) & set(concerns)]

    def first_routes(self, concerns: tuple[str, ...] | list[str] = ()) -> list[Route]:
        """The one or two routes that matter most, after the emergency number: the first
        helpline a child or a parent can call, and the first place to report (among the
        routes for ``concerns`` when given and there are some)."""
        routes = self.routes_for(concerns) if concerns else []
        routes = routes or list(self.routes)
        call = next((r for r in routes if r.phone and r.audience != "reporting"), None)
        report = next((r for r in routes if r.audience == "reporting"), None)
        chosen = [r for r in (call, report) if r is not None]
        return chosen or routes[:1]


@record
class AgreementSuggestion:
    """A line a family may pick for its agreement; ``bands`` are the ages it is worded for."""

    id: str
    section: str
    text: str
    bands: tuple[Band, ...]

    def suits(self, band: Band) -> bool:
        return band in self.bands


@record
class AgreementSection:
    """One part of the family agreement, with its suggested lines in the order they are shown."""

    id: str
    title: str
    purpose: str
    position: int
    voice: str
    suggestions: tuple[AgreementSuggestion, ...]

    def suggestion(self, suggestion_id: str) -> AgreementSuggestion | None:
        return next((s for s in self.suggestions if s.id == suggestion_id), None)


@record
class Library:
    topics: dict[str, Topic]
    apps: dict[str, App]
    guides: dict[str, Guide]
    countries: dict[str, Country]
    agreement: tuple[AgreementSection, ...] = ()  # in the order the sections are shown

    def topics_for(self, band: Band) -> list[Topic]:
        return [t for t in self.topics.values() if t.suits(band)]

    def topic(self, topic_id: str) -> Topic | None:
        return self.topics.get(topic_id)

    def app(self, app_id: str) -> App | None:
        return self.apps.get(app_id)

    def agreement_section(self, section_id: str) -> AgreementSection | None:
        return next((s for s in self.agreement if s.id == section_id), None)

    def agreement_suggestion(self, suggestion_id: str) -> AgreementSuggestion | None:
        """A suggestion by its id (ids are unique across all sections)."""
        for section in self.agreement:
            found = section.suggestion(suggestion_id)
            if found is not None:
                return found
        return None
