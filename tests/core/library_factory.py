"""Small content libraries built by hand, so planner tests say exactly what the content holds."""

from __future__ import annotations

from datetime import date

from familysafe.core.bands import BANDS, Band
from familysafe.core.library import App, ChecklistItem, Library, ParentGuidance, Topic

REVIEWED = date(2026, 1, 1)
GUIDANCE = ParentGuidance("summary", "why", ("a", "b", "c"), ("x", "y"), ("1", "2", "3"))


def bands(text: str) -> tuple[Band, ...]:
    """``"8-10..16-17"`` -> the bands from 8-10 to 16-17; ``"13-15"`` -> just that one."""
    first, _, last = text.partition("..")
    lo, hi = BANDS.index(Band(first)), BANDS.index(Band(last or first))
    return BANDS[lo : hi + 1]


def topic(
    id: str,
    band_range: str = "5-7..18+",
    features: tuple[str, ...] = (),
    revisit_days: int = 60,
    title: str | None = None,
) -> Topic:
    suited = bands(band_range)
    return Topic(
        id=id,
        title=title or id.replace("-", " ").capitalize(),
        strand="online-relationships",
        bands=suited,
        features=features,
        revisit_days=revisit_days,
        written=REVIEWED,
        checked=REVIEWED,
        sources=("https://example.org",),
        parents=GUIDANCE,
        starters={b: ("one", "two", "three") for b in suited},
    )


def item(
    id: str, written: date = REVIEWED, min_age: int | None = None, checked: date = REVIEWED
) -> ChecklistItem:
    title = id.replace("-", " ").capitalize()
    return ChecklistItem(
        id, title, "why", {"all": "Settings"}, written, checked, "https://e.org", min_age
    )


def app(
    id: str,
    features: tuple[str, ...] = (),
    min_age: int = 13,
    items: tuple[ChecklistItem, ...] | None = None,
    name: str | None = None,
) -> App:
    return App(
        id=id,
        name=name or id.capitalize(),
        category="social-media",
        min_age=min_age,
        features=features,
        summary="s",
        report="r",
        report_url="https://example.org/report",
        written=REVIEWED,
        checked=REVIEWED,
        sources=("https://example.org",),
        checklist=items if items is not None else (item("private-account"), item("screen-time")),
    )


def library(topics: list[Topic], apps: list[App] | None = None) -> Library:
    return Library(
        topics={t.id: t for t in topics},
        apps={a.id: a for a in apps or []},
        guides={},
        countries={},
    )


# A library shaped like the real one, small enough to reason about in a comment.
TIKTOK = app(
    "tiktok",
    ("live-streaming", "direct-messages", "gifting", "public-profile"),
    name="TikTok",
    items=(item("private-account"), item("who-can-message"), item("family-pairing")),
)
MINECRAFT = app("minecraft", ("voice-chat", "in-app-purchases"), min_age=7, name="Minecraft")
STANDARD_TOPICS = [
    topic("being-kind-online", "5-7..18+"),
    topic("personal-information", "5-7..18+", ("public-profile",)),
    topic("live-streaming-dares", "8-10..18+", ("live-streaming", "gifting")),
    topic("going-live-safely", "11-12..18+", ("live-streaming",)),
    topic("in-game-purchases", "5-7..16-17", ("in-app-purchases",)),
    topic("sextortion-never-your-fault", "13-15..18+", ("direct-messages",), 90),
    topic("healthy-relationships-consent", "13-15..18+"),
    topic("misinformation", "11-12..18+", revisit_days=120),
    topic("body-safety", "0-4..8-10"),
]
STANDARD = library(STANDARD_TOPICS, [TIKTOK, MINECRAFT])
