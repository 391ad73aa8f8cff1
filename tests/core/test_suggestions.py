"""Suggestion ranking, checked against hand-built households whose best topics we can argue for.

Scores quoted in comments follow the weights in ``familysafe.core.suggestions``: suits-band 10,
app-feature 25 (+10 a further feature), never-discussed 20, recent talk -40..0, due-again 15+,
new-band 25, follow-up-pending 0 (a reason only).
"""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from library_factory import STANDARD, STANDARD_TOPICS, TIKTOK, library, topic

from familysafe.core.bands import Band, BirthMonth
from familysafe.core.planning import AppUse, ChildPlan, FollowUp, TalkRecord
from familysafe.core.suggestions import Reason, suggest

TODAY = date(2026, 11, 23)


def child(born: str, *apps: str, member_id: int = 1) -> ChildPlan:
    uses = tuple(AppUse(a, TODAY - timedelta(days=20)) for a in apps)
    return ChildPlan(member_id, "Sam", BirthMonth.parse(born), uses)


def ids(suggestions) -> list[str]:
    return [s.topic_id for s in suggestions]


def by_id(suggestions) -> dict:
    return {s.topic_id: s for s in suggestions}


def test_teen_on_tiktok_gets_live_streaming_first():
    # 13 (band 13-15 since June: too long ago for new-band). TikTok has live-streaming, gifting,
    # direct messages and a public profile. live-streaming-dares shares two of those:
    # 10 + 25 + 10 + 20 = 65. going-live-safely (live-streaming), personal-information (public
    # profile) and sextortion (direct messages) share one: 55 each, ordered by id. Untouched topics
    # with no app tie score 30. body-safety (up to 8-10) does not suit a 13-year-old.
    ranked = suggest(child("2013-06", "tiktok"), STANDARD, TODAY)
    assert ids(ranked)[:4] == [
        "live-streaming-dares",
        "going-live-safely",
        "personal-information",
        "sextortion-never-your-fault",
    ]
    assert [s.score for s in ranked[:4]] == [65, 55, 55, 55]
    assert "body-safety" not in ids(ranked)
    top = ranked[0]
    assert Reason("app-feature", {"feature": "live-streaming", "apps": ("TikTok",)}) in top.reasons
    assert Reason("app-feature", {"feature": "gifting", "apps": ("TikTok",)}) in top.reasons
    assert top.has("never-discussed") and top.last_discussed is None


def test_same_teen_without_apps_has_no_app_ties():
    # Without TikTok every suitable topic is untouched and scores 30: the order is the ids'.
    ranked = suggest(child("2013-06"), STANDARD, TODAY)
    assert {s.score for s in ranked} == {30}
    assert ids(ranked) == sorted(ids(ranked))


def test_a_topic_discussed_five_days_ago_sinks():
    # Five days into a 60-day interval: 40 * 55/60 rounds up to a 37-point penalty, so
    # live-streaming-dares drops from 65 to 65 - 20 (no longer untouched) - 37 = 8, below every
    # untouched topic (30 or more).
    talk = TalkRecord(1, TODAY - timedelta(days=5), (1,), ("live-streaming-dares",))
    ranked = suggest(child("2013-06", "tiktok"), STANDARD, TODAY, [talk])
    assert ids(ranked)[-1] == "live-streaming-dares"
    sunk = by_id(ranked)["live-streaming-dares"]
    assert sunk.score == 8
    assert Reason("last-discussed", {"days": 5, "revisit_days": 60}) in sunk.reasons
    assert sunk.last_discussed == TODAY - timedelta(days=5)
    assert not sunk.has("never-discussed") and not sunk.has("due-again")


def test_a_topic_past_its_revisit_interval_is_due_again():
    # being-kind-online, 100 days after the talk with a 60-day interval: 40 days over, five full
    # weeks: 10 + 15 + 5 = 30. misinformation (120-day interval) talked about in the same talk is
    # still in its interval: 10 - ceil(40 * 20/120) = 10 - 7 = 3.
    talk = TalkRecord(1, TODAY - timedelta(days=100), (1,), ("being-kind-online", "misinformation"))
    ranked = by_id(suggest(child("2013-06"), STANDARD, TODAY, [talk]))
    assert ranked["being-kind-online"].score == 30
    assert Reason("due-again", {"days_over": 40}) in ranked["being-kind-online"].reasons
    assert ranked["misinformation"].score == 3


def test_topics_newly_opened_by_a_band_change_rise():
    # Born October 2015: 11 on 1 October 2026, so 53 days into 11-12. going-live-safely and
    # misinformation start at 11-12: 10 + 20 + 25 = 55, above every other untouched topic (30).
    sam = child("2015-10")
    ranked = suggest(sam, STANDARD, TODAY)
    assert ids(ranked)[:2] == ["going-live-safely", "misinformation"]
    reason = Reason("new-band", {"band": "11-12", "since": date(2026, 10, 1)})
    assert reason in ranked[0].reasons
    # 120 days after the change the topics are no longer new: back to 30 with the rest.
    later = by_id(suggest(sam, STANDARD, date(2027, 1, 29)))
    assert later["going-live-safely"].score == 30
    assert not later["going-live-safely"].has("new-band")


def test_a_new_band_topic_already_talked_about_since_the_change_is_not_new():
    talk = TalkRecord(1, date(2026, 10, 5), (1,), ("misinformation",))
    ranked = by_id(suggest(child("2015-10"), STANDARD, TODAY, [talk]))
    assert not ranked["misinformation"].has("new-band")
    assert ranked["going-live-safely"].has("new-band")


def test_a_topic_just_discussed_stays_down_while_its_follow_up_is_open():
    # A 9-year-old; being-kind-online was discussed 10 days ago (penalty ceil(40 * 50/60) = 34:
    # 10 - 34 = -24, last). An open follow-up is a reason, not points: it is its own due entry,
    # so the topic stays last and the next talk suggests something else.
    talk = TalkRecord(7, TODAY - timedelta(days=10), (1,), ("being-kind-online",))
    follow_up = FollowUp(
        3, 7, 1, "Ask how the class group chat is going", TODAY + timedelta(days=4)
    )
    sam = child("2017-03")
    without = suggest(sam, STANDARD, TODAY, [talk])
    assert ids(without)[-1] == "being-kind-online" and without[-1].score == -24
    ranked = suggest(sam, STANDARD, TODAY, [talk], [follow_up])
    assert ids(ranked)[-1] == "being-kind-online" and ranked[-1].score == -24
    assert ids(ranked)[0] != "being-kind-online"
    pending = [r for r in ranked[-1].reasons if r.code == "follow-up-pending"]
    assert pending[0].values["text"] == "Ask how the class group chat is going"


def test_follow_ups_concern_only_the_people_in_the_talk():
    talk = TalkRecord(7, TODAY - timedelta(days=10), (1, 2), ("being-kind-online",))
    other = FollowUp(1, 7, 2, "For the sibling", TODAY)
    family = FollowUp(2, 7, None, "For everyone", TODAY)
    sam = child("2017-03")
    assert not by_id(suggest(sam, STANDARD, TODAY, [talk], [other]))["being-kind-online"].has(
        "follow-up-pending"
    )
    assert by_id(suggest(sam, STANDARD, TODAY, [talk], [family]))["being-kind-online"].has(
        "follow-up-pending"
    )


def test_a_talk_logged_for_a_later_day_has_not_happened_yet():
    talk = TalkRecord(1, TODAY + timedelta(days=1), (1,), ("live-streaming-dares",))
    top = suggest(child("2013-06", "tiktok"), STANDARD, TODAY, [talk])[0]
    assert top.topic_id == "live-streaming-dares" and top.last_discussed is None
    assert top.has("never-discussed")


def test_another_childs_talk_does_not_count():
    talk = TalkRecord(1, TODAY - timedelta(days=1), (2,), ("live-streaming-dares",))
    assert suggest(child("2013-06", "tiktok"), STANDARD, TODAY, [talk])[0].last_discussed is None


def test_limit_and_unknown_apps():
    sam = child("2013-06", "tiktok", "an-app-no-longer-in-the-catalogue")
    assert len(suggest(sam, STANDARD, TODAY, limit=2)) == 2
    assert suggest(sam, STANDARD, TODAY, limit=0) == []


# --- properties --------------------------------------------------------------------------

births = st.builds(
    lambda d: BirthMonth(d.year, d.month), st.dates(date(2006, 1, 1), date(2026, 6, 30))
)
days = st.dates(date(2020, 1, 1), date(2032, 12, 31))
app_sets = st.lists(st.sampled_from(["tiktok", "minecraft"]), unique=True)
talk_lists = st.lists(
    st.builds(
        TalkRecord,
        st.integers(1, 50),
        st.dates(date(2019, 1, 1), date(2033, 1, 1)),
        st.just((1,)),
        st.lists(st.sampled_from([t.id for t in STANDARD_TOPICS]), min_size=1, unique=True).map(
            tuple
        ),
    ),
    max_size=6,
)


def plan(born, apps, on) -> ChildPlan:
    return ChildPlan(1, "Sam", born, tuple(AppUse(a, on) for a in apps))


@given(births, app_sets, days, talk_lists)
def test_only_topics_suiting_the_band_are_ever_suggested(born, apps, on, talks):
    band = born.band_on(on)
    ranked = suggest(plan(born, apps, on), STANDARD, on, talks)
    assert {s.topic_id for s in ranked} == {t.id for t in STANDARD.topics_for(band)}
    assert all(STANDARD.topics[s.topic_id].suits(band) for s in ranked)


@given(births, app_sets, days, talk_lists, st.randoms(use_true_random=False))
def test_ranking_is_deterministic_whatever_the_input_order(born, apps, on, talks, rnd):
    ranked = suggest(plan(born, apps, on), STANDARD, on, talks)
    shuffled_topics = list(STANDARD_TOPICS)
    rnd.shuffle(shuffled_topics)
    shuffled_talks = list(talks)
    rnd.shuffle(shuffled_talks)
    other = library(shuffled_topics, list(STANDARD.apps.values()))
    assert suggest(plan(born, apps, on), other, on, shuffled_talks) == ranked
    keys = [(-s.score, s.topic_id) for s in ranked]
    assert keys == sorted(keys)


@given(births, days, talk_lists)
def test_adding_an_app_brings_the_topics_of_its_features_forward(born, on, talks):
    before = by_id(suggest(plan(born, [], on), STANDARD, on, talks))
    after = by_id(suggest(plan(born, ["tiktok"], on), STANDARD, on, talks))
    for topic_id, s in after.items():
        if set(STANDARD.topics[topic_id].features) & set(TIKTOK.features):
            assert s.score > before[topic_id].score
            assert s.has("app-feature")
        else:
            assert s.score == before[topic_id].score


@given(st.integers(14, 365), st.integers(0, 400))
def test_a_topic_rises_steadily_as_its_last_talk_recedes(revisit, age_of_talk):
    lib = library([topic("t", revisit_days=revisit)])
    sam = ChildPlan(1, "Sam", BirthMonth(2016, 1))

    def score(days_ago: int) -> int:
        talk = TalkRecord(1, TODAY - timedelta(days=days_ago), (1,), ("t",))
        return suggest(sam, lib, TODAY, [talk])[0].score

    assert score(age_of_talk) <= score(age_of_talk + 1)
    if age_of_talk < revisit:
        assert score(age_of_talk) < 10  # any talk inside the interval costs something
    assert score(0) == 10 - 40


def test_under_fives_get_only_their_topics():
    ranked = suggest(child("2023-01"), STANDARD, TODAY)
    assert ids(ranked) == ["body-safety"]
    assert STANDARD.topics["body-safety"].suits(Band.UNDER_5)


def test_the_scoring_table_is_the_one_description_of_the_weights():
    """The docstring's table states every weight the code uses; changing one means changing
    the table (the due plan adds none of its own)."""
    from familysafe.core import due_plan, suggestions

    rows: dict[str, str] = {}
    reason = ""
    for line in suggestions.__doc__.splitlines():
        first = line.split("  ")[0].strip()
        if first and not first.startswith("=") and first != "reason" and line[:1] != " ":
            reason = first
        if reason:
            rows[reason] = rows.get(reason, "") + " " + line[21:29]
    s = suggestions
    assert f"+{s.SUITS_BAND}" in rows["suits-band"]
    assert f"+{s.FEATURE_FIRST}" in rows["app-feature"]
    assert f"+{s.FEATURE_MORE}" in rows["app-feature"]
    assert f"-{s.RECENT_PENALTY}" in rows["last-discussed"]
    assert f"+{s.NEVER_DISCUSSED}" in rows["never-discussed"]
    assert f"+{s.DUE_AGAIN}" in rows["due-again"]
    assert f"+{s.NEW_BAND}" in rows["new-band"]
    assert rows["follow-up-pending"].split()[0] == "0"
    assert f"+{s.FEATURE_CAP}" in s.__doc__ and f"{s.NEW_BAND_DAYS} days" in s.__doc__
    assert not any(name.isupper() and "SCORE" in name for name in vars(due_plan))
