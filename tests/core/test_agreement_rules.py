"""The family agreement's rules: own words, versions, review dates, suggestions and the reminder."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from library_factory import STANDARD

from familysafe.core import agreement as rules
from familysafe.core.agreement import AgreedLine, Agreement, AgreementLine
from familysafe.core.bands import Band, BirthMonth
from familysafe.core.due_plan import due_plan
from familysafe.core.errors import ValidationError
from familysafe.core.input_rules import DIRECTION_CONTROLS
from familysafe.core.library import AgreementSection, AgreementSuggestion
from familysafe.core.planning import AgreementReview, ChildPlan, FamilyPlan, Snooze
from familysafe.core.schedule import CheckInSchedule


def due_items(family, lib, today, **kw):
    return due_plan(family, lib, today, **kw).entries


TODAY = date(2026, 11, 23)
B = Band


def suggestion(id: str, section: str, *bands: Band, text: str | None = None):
    return AgreementSuggestion(id, section, text or id.replace("-", " ").capitalize() + ".", bands)


START = AgreementSection(
    "getting-started",
    "Getting started",
    "Why we have it.",
    1,
    "family",
    (
        suggestion("made-together", "getting-started", B.UNDER_5, B.AGE_5_7, B.AGE_13_15),
        suggestion("trust-both-ways", "getting-started", B.AGE_13_15, B.AGE_16_17),
        suggestion("rules-for-tiny-ones", "getting-started", B.UNDER_5),
    ),
)
PROMISE = AgreementSection(
    "parents-promise",
    "What we promise",
    "Our promises.",
    2,
    "parents",
    (suggestion("stay-calm", "parents-promise", *Band),),
)
LIB = replace(STANDARD, agreement=(START, PROMISE))


def line(id: int, section: str, suggestion_id=None, text=None, children=()):
    words = text or LIB.agreement_suggestion(suggestion_id).text
    return AgreementLine(id, section, suggestion_id, words, tuple(children))


DRAFT = Agreement(
    (
        line(3, "parents-promise", "stay-calm"),
        line(1, "getting-started", "made-together"),
        line(2, "getting-started", text="Phones sleep in the kitchen.", children=(7,)),
    )
)


def agreed(draft=DRAFT, on=TODAY, previous=None, review_on=None, signers=(1, 2)):
    return rules.new_version(draft, LIB, signers, on, TODAY, previous, review_on)


# Own words ----------------------------------------------------------------------------------


def test_own_words_are_trimmed_and_tidied():
    assert rules.clean_own_text("  We  eat   together.  ") == "We eat together."
    assert rules.clean_own_text("x" * 300) == "x" * 300


@pytest.mark.parametrize(
    "raw, code",
    [
        ("", "agreement-text-length"),
        ("   ", "agreement-text-length"),
        (None, "agreement-text-length"),
        ("x" * 301, "agreement-text-length"),
        ("Two\nlines", "agreement-text-control"),
        ("A bell\x07", "agreement-text-control"),
        ("Tab\there", "agreement-text-control"),
        ("Left\u202eright", "agreement-text-control"),  # a direction override reorders text
        ("Two\u2028lines", "agreement-text-control"),
    ],
)
def test_bad_own_words_are_refused_with_a_code(raw, code):
    with pytest.raises(ValidationError) as err:
        rules.clean_own_text(raw)
    assert err.value.code == code and err.value.field == "text"


# Words a family may write: not the controls, line separators and direction overrides refused above.
PRINTABLE = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
    blacklist_characters="".join(DIRECTION_CONTROLS),
)


@given(st.text(PRINTABLE, min_size=1, max_size=300))
def test_any_printable_words_are_kept_or_refused_consistently(raw):
    try:
        cleaned = rules.clean_own_text(raw)
    except ValidationError as exc:
        assert exc.code == "agreement-text-length" and not raw.strip()
        return
    assert 1 <= len(cleaned) <= 300 and cleaned == cleaned.strip()
    assert rules.clean_own_text(cleaned) == cleaned  # tidying twice changes nothing


# Review dates -------------------------------------------------------------------------------


def test_the_review_comes_three_months_after_agreeing_by_default():
    assert rules.default_review_date(date(2026, 11, 23)) == date(2027, 2, 23)
    assert rules.default_review_date(date(2026, 11, 30)) == date(2027, 2, 28)  # no 30 Feb


@given(st.dates(date(2000, 1, 1), date(2090, 12, 31)))
def test_the_default_review_date_is_always_valid(agreed_on):
    review = rules.default_review_date(agreed_on)
    assert rules.check_review_date(review, agreed_on) == review
    assert 89 <= (review - agreed_on).days <= 92


@given(
    st.dates(date(2000, 1, 1), date(2090, 12, 31)),
    st.integers(min_value=-400, max_value=1200),
)
def test_a_review_date_is_after_the_agreement_and_within_two_years(since, days):
    review_on = since + timedelta(days=days)
    valid = since < review_on <= since + relativedelta(years=2)
    try:
        assert rules.check_review_date(review_on, since) == review_on
        assert valid
    except ValidationError as exc:
        assert not valid
        assert exc.code == ("review-not-after" if review_on <= since else "review-too-far")
        assert exc.field == "review_on" and exc.values["date"] == since.isoformat()


def test_the_boundaries_of_the_review_date():
    with pytest.raises(ValidationError):
        rules.check_review_date(TODAY, TODAY)
    assert rules.check_review_date(TODAY + timedelta(days=1), TODAY)
    assert rules.check_review_date(date(2028, 11, 23), TODAY)
    with pytest.raises(ValidationError):
        rules.check_review_date(date(2028, 11, 24), TODAY)


# Versions -----------------------------------------------------------------------------------


def test_a_version_freezes_the_lines_in_section_order():
    version = agreed()
    assert version.number == 1 and version.agreed_on == TODAY
    assert version.review_on == date(2027, 2, 23) and version.signed_by == (1, 2)
    assert [(x.section, x.text) for x in version.lines] == [
        ("getting-started", "Made together."),
        ("getting-started", "Phones sleep in the kitchen."),
        ("parents-promise", "Stay calm."),
    ]
    assert version.lines[0] == AgreedLine(
        "getting-started", "Getting started", "Made together.", "made-together", ()
    )
    assert version.lines[1].child_ids == (7,)


def test_a_version_keeps_its_words_when_the_content_changes():
    version = agreed()
    reworded = replace(
        PROMISE,
        title="Our promises to you",
        suggestions=(suggestion("stay-calm", "parents-promise", *Band, text="We stay calm."),),
    )
    later = replace(LIB, agreement=(START, reworded))
    assert DRAFT.line(3).shown_text(later) == "We stay calm."  # the draft shows today's words
    assert version.lines[2].text == "Stay calm."  # the version what was agreed
    assert version.lines[2].section_title == "What we promise"
    assert DRAFT.matches(version, later)  # same suggestion: nothing new to agree


def test_a_suggestion_gone_from_the_content_shows_its_saved_words():
    gone = replace(LIB, agreement=(START, replace(PROMISE, suggestions=())))
    assert DRAFT.line(3).shown_text(gone) == "Stay calm."
    orphan = Agreement((line(9, "old-section", text="We used to say this."),))
    assert orphan.grouped(LIB)[-1] == ("old-section", orphan.lines)
    assert orphan.snapshot(LIB)[0].section_title == "old-section"


def test_versions_count_up_and_cannot_go_back_in_time():
    first = agreed(on=date(2026, 10, 1))
    second = agreed(on=TODAY, previous=first)
    assert second.number == 2
    assert agreed(on=date(2026, 10, 1), previous=first).number == 2  # the same day is fine
    with pytest.raises(ValidationError) as err:
        agreed(on=date(2026, 9, 30), previous=first)
    assert err.value.code == "agreed-before-previous" and err.value.values["version"] == 1


@pytest.mark.parametrize(
    "kw, code",
    [
        ({"draft": Agreement()}, "agreement-empty"),
        ({"signers": ()}, "agreement-no-signer"),
        ({"on": TODAY + timedelta(days=1)}, "date-future"),
        ({"review_on": TODAY}, "review-not-after"),
        ({"review_on": date(2029, 1, 1)}, "review-too-far"),
    ],
)
def test_a_version_that_breaks_a_rule_is_refused(kw, code):
    with pytest.raises(ValidationError) as err:
        agreed(**kw)
    assert err.value.code == code


def test_signers_are_counted_once_in_the_order_given():
    assert agreed(signers=(2, 1, 2)).signed_by == (2, 1)


def test_a_chosen_review_date_is_kept():
    assert agreed(review_on=date(2027, 6, 1)).review_on == date(2027, 6, 1)


def test_reviewing_and_keeping_it_moves_the_next_review_on():
    version = agreed(on=date(2026, 8, 1))
    kept = rules.reviewed(version, TODAY)
    assert kept.reviewed_on == TODAY and kept.review_on == date(2027, 2, 23)
    assert kept.review_from == TODAY and version.review_from == date(2026, 8, 1)
    assert kept.lines == version.lines and kept.number == version.number
    with pytest.raises(ValidationError):
        rules.reviewed(version, date(2026, 7, 1))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: Agreement(d.lines[:-1]),  # a line removed
        lambda d: Agreement((*d.lines, line(4, "parents-promise", text="We listen."))),
        lambda d: Agreement((d.lines[0], d.lines[2], d.lines[1])),  # reordered
        lambda d: Agreement((*d.lines[:2], replace(d.lines[2], text="Phones sleep downstairs."))),
        lambda d: Agreement((*d.lines[:2], replace(d.lines[2], child_ids=(7, 8)))),
        lambda d: Agreement((*d.lines[:2], replace(d.lines[2], child_ids=()))),
    ],
)
def test_any_change_to_the_draft_means_there_is_something_new_to_agree(change):
    version = agreed()
    assert DRAFT.matches(version, LIB)
    assert not change(DRAFT).matches(version, LIB)


def test_an_empty_draft_matches_no_version_and_a_full_one_needs_agreeing():
    assert Agreement().matches(None, LIB)
    assert not DRAFT.matches(None, LIB)


# Suggestions ----------------------------------------------------------------------------------


def test_suggestions_suit_any_child_in_a_band_they_are_written_for():
    found = rules.suggestions_for(LIB, {1: B.UNDER_5, 2: B.AGE_13_15, 3: B.AGE_8_10})
    assert [g.section.id for g in found] == ["getting-started", "parents-promise"]
    start = {s.suggestion.id: s.child_ids for s in found[0].suggestions}
    assert start == {
        "made-together": (1, 2),
        "trust-both-ways": (2,),
        "rules-for-tiny-ones": (1,),
    }
    assert found[1].suggestions[0].child_ids == (1, 2, 3)


def test_a_suggestion_no_child_is_in_the_band_for_is_left_out():
    found = rules.suggestions_for(LIB, {5: B.AGE_8_10})
    assert [s.suggestion.id for s in found[0].suggestions] == []
    assert rules.suggestions_for(LIB, {})[0].suggestions == ()


@given(st.dictionaries(st.integers(1, 50), st.sampled_from(list(Band)), max_size=6))
def test_every_suggestion_offered_suits_each_child_it_names(children):
    for group in rules.suggestions_for(LIB, children):
        for suited in group.suggestions:
            assert suited.child_ids
            assert all(suited.suggestion.suits(children[m]) for m in suited.child_ids)
        offered = {s.suggestion.id for s in group.suggestions}
        for s in group.section.suggestions:
            assert (s.id in offered) == any(s.suits(b) for b in children.values())


# Ordering -----------------------------------------------------------------------------------


def test_reorder_moves_one_line_and_keeps_the_rest_in_order():
    assert rules.reorder([1, 2, 3, 4], 4, 0) == [4, 1, 2, 3]
    assert rules.reorder([1, 2, 3, 4], 1, 3) == [2, 3, 4, 1]
    assert rules.reorder([1, 2, 3, 4], 2, 1) == [1, 2, 3, 4]
    for bad in (-1, 4):
        with pytest.raises(ValidationError) as err:
            rules.reorder([1, 2, 3, 4], 2, bad)
        assert err.value.code == "agreement-position" and err.value.values == {"count": 4}


# The review as a due item -------------------------------------------------------------------

CHILD = ChildPlan(1, "Mia", BirthMonth(2013, 6), (), date(2026, 11, 1))
REVIEW = AgreementReview(version=2, agreed_on=date(2026, 8, 29), review_on=date(2026, 11, 29))


def test_the_review_date_becomes_a_due_item_for_the_family():
    items = due_items(FamilyPlan((CHILD,), agreement=REVIEW), LIB, TODAY)
    review = next(i for i in items if i.kind == "agreement-review")
    assert review.key == "agreement-review:2" and review.member_id is None
    assert review.due_on == date(2026, 11, 29) and review.overdue_days == -6
    assert (review.version, review.agreed_on) == (2, date(2026, 8, 29))


def test_the_review_shows_only_once_within_the_window_and_stays_until_dealt_with():
    family = FamilyPlan((CHILD,), agreement=REVIEW)
    assert "agreement-review:2" not in {i.key for i in due_items(family, LIB, TODAY, within=5)}
    later = due_items(family, LIB, date(2027, 1, 10))
    assert next(i for i in later if i.kind == "agreement-review").overdue_days == 42
    assert not [i for i in due_items(FamilyPlan((CHILD,)), LIB, TODAY) if "agreement" in i.kind]


def test_a_snoozed_review_waits_until_the_snooze_ends():
    snooze = (Snooze("agreement-review:2", date(2026, 12, 5)),)
    family = FamilyPlan((CHILD,), snoozes=snooze, agreement=REVIEW)
    kind = "agreement-review"
    assert not [i for i in due_items(family, LIB, date(2026, 12, 1), within=3) if i.kind == kind]
    (coming,) = [i for i in due_items(family, LIB, date(2026, 12, 1)) if i.kind == kind]
    assert coming.due_on == date(2026, 12, 5) and not coming.is_due
    assert [i for i in due_items(family, LIB, date(2026, 12, 5)) if i.kind == kind]


def test_the_review_stands_with_the_family_items_after_the_children():
    review = replace(REVIEW, review_on=date(2026, 11, 29))
    child = replace(CHILD, added_on=date(2026, 11, 29))  # a first talk is due from then
    items = due_items(
        FamilyPlan((child,), agreement=review), LIB, TODAY, schedule=CheckInSchedule()
    )
    same_day = [i.kind for i in items if i.due_on == date(2026, 11, 29)]
    assert same_day[:3] == ["talk", "check-in", "agreement-review"]
