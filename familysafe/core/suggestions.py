"""What to talk about next with one child: topics ranked by a score, each with its reasons.

Only topics that suit the child's band today are ever considered. Each then earns whole points:

===================  ======  ============================================================
reason               points  why
===================  ======  ============================================================
suits-band           +10     the floor: every candidate suits the child's age
app-feature          +25     first feature the topic shares with the child's apps: what
                     +10     they already meet (a live-streaming app puts live-streaming
                             first); each further shared feature, the bonus capped at +45
never-discussed      +20     a gap: nothing has been said about it yet
last-discussed       -40..0  said recently: minus 40 on the day, shrinking in proportion
                             to the revisit interval left (-20 halfway through it)
due-again            +15     the revisit interval has passed; +1 a full week beyond it,
                             up to +10 more, so long-neglected topics come first
new-band             +25     opened up by a band change in the last 90 days and not
                             talked about since: the new age's new risks
follow-up-pending    0       something agreed in a talk about it is still open: listed as a
                             reason, no points. The follow-up is its own entry in what is
                             due, and the recent-talk penalty stands, so a topic just
                             discussed does not come back to the top while it is open
===================  ======  ============================================================

The weights keep an order parents can predict. A topic tied to an app the child uses beats one
that is merely untouched (10+25+20 = 55 > 30), and so does one newly opened by a band change
(10+20+25 = 55). A recent talk sinks a topic below the untouched ones, app ties included, for most
of its revisit interval (10+25-40 = -5 on the day), with or without an open follow-up, so the
next talk suggests a different topic. Ties go to the topic id, so the order is deterministic.

This table is the one description of the scoring: the due plan (``core.due_plan``) takes the
first suggestion as each child's talk topic and adds no weights of its own.

Reasons are codes with values (never English): the front ends turn them into words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from familysafe.core.library import Library, Topic
from familysafe.core.planning import (
    ChildPlan,
    FollowUp,
    TalkRecord,
    features_in_use,
    last_band_change,
    last_discussed,
    pending_follow_ups,
)
from familysafe.core.records import field, record

SUITS_BAND = 10
FEATURE_FIRST = 25
FEATURE_MORE = 10
FEATURE_CAP = 45
NEVER_DISCUSSED = 20
RECENT_PENALTY = 40
DUE_AGAIN = 15
DUE_AGAIN_WEEKLY = 1
DUE_AGAIN_EXTRA_CAP = 10
NEW_BAND = 25
NEW_BAND_DAYS = 90


@record
class Reason:
    """Why a topic is suggested: a code and the values the words need (not hashable)."""

    code: str
    values: Mapping[str, object] = field(default_factory=dict)


@record
class Suggestion:
    topic_id: str
    title: str
    score: int
    reasons: tuple[Reason, ...]
    last_discussed: date | None

    def has(self, code: str) -> bool:
        return any(r.code == code for r in self.reasons)


@record
class _Facts:
    """What scoring needs about the child, worked out once per call."""

    today: date
    last: dict[str, date]
    features: dict[str, tuple[str, ...]]
    opened: dict[str, tuple[date, str]]  # topic id -> (band change day, new band)
    pending: dict[str, list[FollowUp]]


def _facts(
    child: ChildPlan,
    library: Library,
    talks: Iterable[TalkRecord],
    follow_ups: Iterable[FollowUp],
    today: date,
) -> _Facts:
    talks = tuple(talks)
    opened: dict[str, tuple[date, str]] = {}
    change = last_band_change(child.born, today)
    if change is not None and (today - change.on).days <= NEW_BAND_DAYS:
        for topic in library.topics_for(change.band):
            if not topic.suits(change.previous):
                opened[topic.id] = (change.on, change.band.value)
    return _Facts(
        today=today,
        last=last_discussed(child.member_id, talks, today),
        features=features_in_use(child, library),
        opened=opened,
        pending=pending_follow_ups(child.member_id, talks, follow_ups, today),
    )


def _score(topic: Topic, facts: _Facts) -> Suggestion:
    score = SUITS_BAND
    reasons = [Reason("suits-band", {"bands": tuple(b.value for b in topic.bands)})]

    shared = [f for f in topic.features if f in facts.features]
    if shared:
        score += min(FEATURE_CAP, FEATURE_FIRST + FEATURE_MORE * (len(shared) - 1))
        reasons += [
            Reason("app-feature", {"feature": f, "apps": facts.features[f]}) for f in shared
        ]

    pending = facts.pending.get(topic.id, [])
    last = facts.last.get(topic.id)
    if last is None:
        score += NEVER_DISCUSSED
        reasons.append(Reason("never-discussed"))
    else:
        days, revisit = (facts.today - last).days, topic.revisit_days
        reasons.append(Reason("last-discussed", {"days": days, "revisit_days": revisit}))
        if days >= revisit:
            weeks_over = (days - revisit) // 7
            score += DUE_AGAIN + min(DUE_AGAIN_EXTRA_CAP, DUE_AGAIN_WEEKLY * weeks_over)
            reasons.append(Reason("due-again", {"days_over": days - revisit}))
        else:
            # Ceiling division keeps even one day short of the interval a little below zero.
            score -= -(-RECENT_PENALTY * (revisit - days) // revisit)

    if topic.id in facts.opened:
        changed_on, band = facts.opened[topic.id]
        if last is None or last < changed_on:
            score += NEW_BAND
            reasons.append(Reason("new-band", {"band": band, "since": changed_on}))

    if pending:
        reasons += [
            Reason("follow-up-pending", {"text": f.text, "due_on": f.due_on, "follow_up_id": f.id})
            for f in pending
        ]
    return Suggestion(topic.id, topic.title, score, tuple(reasons), last)


def suggest(
    child: ChildPlan,
    library: Library,
    today: date,
    talks: Iterable[TalkRecord] = (),
    follow_ups: Iterable[FollowUp] = (),
    limit: int | None = None,
) -> list[Suggestion]:
    """The topics for ``child`` on ``today``, best first (score, then topic id)."""
    facts = _facts(child, library, talks, follow_ups, today)
    ranked = [_score(t, facts) for t in library.topics_for(child.band_on(today))]
    ranked.sort(key=lambda s: (-s.score, s.topic_id))
    return ranked if limit is None else ranked[: max(limit, 0)]
