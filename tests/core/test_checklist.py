from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from library_factory import app, item

from familysafe.core.bands import BirthMonth
from familysafe.core.checklist import item_states, latest_marks, progress, recheck_due
from familysafe.core.planning import AppUse, ChecklistMark, ChildPlan

TODAY = date(2026, 11, 23)
ADDED = date(2026, 9, 1)
OLD = date(2025, 1, 1)
TIKTOK = app("tiktok", items=(item("private-account", OLD), item("who-can-message", OLD)))
SAM = ChildPlan(1, "Sam", BirthMonth(2013, 6), (AppUse("tiktok", ADDED),))


def states(marks, today=TODAY, the_app=TIKTOK, child=SAM, **kw):
    return {s.item_id: s for s in item_states(child, the_app, marks, today, **kw)}


def tick(on: date, item_id="private-account", done=True, member_id=1) -> ChecklistMark:
    return ChecklistMark(member_id, "tiktok", item_id, on, done)


def test_items_never_done_are_due_from_the_day_the_app_was_added():
    s = states([])["private-account"]
    assert (s.done, s.stale, s.code, s.checked_on, s.recheck_on) == (
        False,
        False,
        "to-do",
        None,
        None,
    )
    assert s.due_on == ADDED and s.needs_attention


def test_a_ticked_item_is_trusted_for_six_months():
    marks = [tick(date(2026, 5, 10))]
    fresh = states(marks, date(2026, 11, 9))["private-account"]
    assert fresh.done and not fresh.stale and fresh.code == "ok"
    assert fresh.recheck_on == date(2026, 11, 10) == fresh.due_on
    assert not fresh.needs_attention
    due = states(marks, date(2026, 11, 10))["private-account"]
    assert due.stale and due.code == "recheck" and due.needs_attention
    assert due.due_on == date(2026, 11, 10)


@pytest.mark.parametrize(
    ("checked", "recheck"),
    [
        (date(2026, 8, 31), date(2027, 2, 28)),  # no 31 February: the month's last day
        (date(2027, 8, 31), date(2028, 2, 29)),  # a leap year
        (date(2027, 8, 29), date(2028, 2, 29)),
        (date(2026, 12, 31), date(2027, 6, 30)),
    ],
)
def test_recheck_dates_at_month_ends(checked, recheck):
    assert states([tick(checked)], checked)["private-account"].recheck_on == recheck


def test_the_recheck_interval_is_a_parameter():
    marks = [tick(date(2026, 8, 1))]
    s = states(marks, recheck=relativedelta(months=3))["private-account"]
    assert s.recheck_on == date(2026, 11, 1) and s.stale
    assert not states(marks)["private-account"].stale


def test_an_item_goes_stale_at_once_when_its_wording_is_written_after_the_tick():
    changed = app("tiktok", items=(item("private-account", date(2026, 11, 1)),))
    s = states([tick(date(2026, 10, 15))], the_app=changed)["private-account"]
    assert s.done and s.stale and s.code == "changed"
    assert s.due_on == date(2026, 11, 1)
    # Ticked again after the review: trusted again.
    s = states([tick(date(2026, 10, 15)), tick(date(2026, 11, 2))], the_app=changed)
    assert s["private-account"].code == "ok"


def test_unticking_makes_an_item_to_do_again():
    marks = [tick(date(2026, 10, 1)), tick(date(2026, 10, 20), done=False)]
    s = states(marks)["private-account"]
    assert not s.done and s.code == "to-do" and s.checked_on is None


def test_same_day_marks_keep_their_order():
    on = date(2026, 10, 1)
    assert not states([tick(on), tick(on, done=False)])["private-account"].done
    assert states([tick(on, done=False), tick(on)])["private-account"].done


def test_a_tick_dated_later_does_not_count_yet():
    marks = [tick(TODAY + timedelta(days=3))]
    assert not states(marks)["private-account"].done
    assert states(marks, TODAY + timedelta(days=3))["private-account"].done


def test_other_childrens_marks_do_not_count():
    assert not states([tick(TODAY, member_id=2)])["private-account"].done


def test_items_above_the_childs_age_do_not_apply_yet():
    teen_only = app("tiktok", items=(item("private-account"), item("real-age", min_age=13)))
    eleven = ChildPlan(2, "Ali", BirthMonth(2015, 6), (AppUse("tiktok", ADDED),))
    s = states([], the_app=teen_only, child=eleven)
    assert s["private-account"].applies and not s["real-age"].applies
    assert not s["real-age"].needs_attention
    assert states([], the_app=teen_only, child=SAM)["real-age"].applies
    assert progress(s.values()) == (0, 1)


def test_progress_counts_what_is_in_place_and_recheck_due_what_is_stale():
    marks = [tick(date(2026, 11, 1)), tick(date(2025, 1, 2), "who-can-message")]
    assert progress(states(marks).values()) == (2, 2)  # a stale tick is still in place
    assert recheck_due(states(marks).values()) == 1
    assert recheck_due(states([tick(date(2026, 11, 1))]).values()) == 0


def test_latest_marks_ignores_the_future():
    marks = [tick(date(2026, 1, 1)), tick(date(2027, 1, 1), done=False)]
    assert latest_marks(marks, TODAY)[(1, "tiktok", "private-account")].done


@given(
    st.dates(date(2000, 1, 1), date(2040, 12, 31)),
    st.integers(0, 800),
    st.integers(1, 24),
)
def test_stale_exactly_when_the_interval_has_passed(checked, days_later, months):
    today = checked + timedelta(days=days_later)
    interval = relativedelta(months=months)
    the_app = app("tiktok", items=(item("private-account", date(1999, 1, 1)),))
    s = states([tick(checked)], today, the_app=the_app, recheck=interval)["private-account"]
    assert s.recheck_on == checked + interval
    assert s.stale == (today >= checked + interval)
    # A calendar month is 28 to 31 days.
    assert 28 * months <= (s.recheck_on - checked).days <= 31 * months
    assert s.due_on >= checked


def test_checking_the_facts_again_does_not_make_a_tick_stale():
    # Only a change of wording (``written``) asks the parent to look again; a fresh comparison
    # of the same facts with the source (``checked``) does not.
    rechecked = app(
        "tiktok",
        items=(item("private-account", date(2026, 9, 1), checked=date(2026, 11, 1)),),
    )
    s = states([tick(date(2026, 10, 15))], the_app=rechecked)["private-account"]
    assert s.done and not s.stale and s.code == "ok"
