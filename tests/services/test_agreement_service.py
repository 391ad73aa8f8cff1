"""The family agreement, used as the window and the CLI use it: over a real database."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from familysafe.content import cache
from familysafe.core.bands import Band, BirthMonth
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.household import Role
from familysafe.services import open_services
from familysafe.services.agreement import KEEP

TODAY = date(2026, 11, 23)
ROSA, ARUN, LUCIA, PRIYA = 1, 2, 3, 4  # member ids, in the order the family fixture adds them
NOBODY = 99  # no one has this id


@pytest.fixture
def family(services):
    """Rosa (4), Arun (9), Lucia (13) and Priya, as in the personas."""
    household = services.household
    household.add("Rosa", Role.CHILD, BirthMonth(2022, 8))
    household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    household.add("Lucia", Role.CHILD, BirthMonth(2013, 6))
    household.add("Priya", Role.ADULT)
    ids = {v.name: v.member.id for v in household.members()}
    assert ids == {"Rosa": ROSA, "Arun": ARUN, "Lucia": LUCIA, "Priya": PRIYA}
    return services


@pytest.fixture
def agreement(family):
    return family.agreement


def snapshot(services):
    """Everything the agreement holds, to check that a refused action changed nothing."""
    return services.agreement.draft(), services.agreement.versions()


# Suggestions ----------------------------------------------------------------------------------


def test_suggestions_suit_the_childrens_bands_and_say_whom_they_suit(agreement):
    sections = agreement.suggestions()
    assert [s.id for s in sections][0] == "getting-started" and len(sections) == 12
    lines = {g.id: g for s in sections for g in s.suggestions}
    assert lines["ask-before-pressing-buy"].children == ("Rosa",)  # 0-4 and 5-7 only
    assert lines["not-always-who-they-say"].children == ("Arun", "Lucia")
    assert lines["stay-calm-and-listen"].children == ("Arun", "Lucia", "Rosa")  # by name
    assert "trust-works-both-ways" in lines  # 11-12 and up: Lucia
    assert lines["trust-works-both-ways"].children == ("Lucia",)
    assert "respect-your-privacy" in lines and not lines["stay-calm-and-listen"].added
    for line in lines.values():
        assert line.children


def test_a_household_with_only_a_toddler_gets_only_lines_for_toddlers(services):
    services.household.add("Rosa", Role.CHILD, BirthMonth(2022, 8))
    lines = [g for s in services.agreement.suggestions() for g in s.suggestions]
    assert lines and all(Band.UNDER_5 in g.bands for g in lines)
    assert "trust-works-both-ways" not in {g.id for g in lines}


def test_before_any_child_is_added_every_suggestion_is_offered(services):
    lines = [g for s in services.agreement.suggestions() for g in s.suggestions]
    total = sum(len(s.suggestions) for s in services.library.library.agreement)
    assert len(lines) == total and all(g.children == () for g in lines)


def test_a_suggestion_in_the_draft_is_marked_added(agreement):
    agreement.add_line("parents-promise", suggestion_id="stay-calm-and-listen")
    lines = {g.id: g for s in agreement.suggestions() for g in s.suggestions}
    assert lines["stay-calm-and-listen"].added and not lines["help-not-blame"].added


# Building the draft ---------------------------------------------------------------------------


def test_lines_from_suggestions_and_own_words_for_everyone_or_some(agreement):
    a = agreement.add_line("parents-promise", suggestion_id="device-stays-with-you")
    b = agreement.add_line("screen-time-places", text="  Tablets live in the kitchen. ")
    c = agreement.add_line(
        "games-content-purchases", text="Roblox chat is for school friends.", children=[ARUN]
    )
    assert not a.own and a.for_everyone and "device" in a.text
    assert b.own and b.text == "Tablets live in the kitchen."
    assert c.children == ("Arun",) and not c.for_everyone
    draft = agreement.draft()
    assert [s.id for s in draft.sections][-1] == "parents-promise"
    assert [x.id for x in draft.lines] == [b.id, c.id, a.id]  # in section order
    assert draft.changed and draft.agreed_version is None


@pytest.mark.parametrize(
    "section, kw, error, code",
    [
        ("no-such-section", {"text": "Hi."}, NotFoundError, "agreement-section-not-found"),
        (
            "getting-started",
            {"suggestion_id": "stay-calm-and-listen"},  # a parents' promise
            NotFoundError,
            "agreement-suggestion-not-found",
        ),
        ("getting-started", {}, ValidationError, "agreement-line-source"),
        (
            "getting-started",
            {"suggestion_id": "we-made-it-together", "text": "Also this."},
            ValidationError,
            "agreement-line-source",
        ),
        ("getting-started", {"text": " "}, ValidationError, "agreement-text-length"),
        ("getting-started", {"text": "x" * 301}, ValidationError, "agreement-text-length"),
        ("getting-started", {"text": "Two\nlines"}, ValidationError, "agreement-text-control"),
        (
            "getting-started",
            {"text": "Hi.", "children": [PRIYA]},
            ValidationError,
            "not-a-child",
        ),
        ("getting-started", {"text": "Hi.", "children": [NOBODY]}, NotFoundError, None),
    ],
)
def test_a_bad_line_is_refused_and_nothing_changes(family, section, kw, error, code):
    family.agreement.add_line("getting-started", text="We made this together.")
    before = snapshot(family)
    with pytest.raises(error) as err:
        family.agreement.add_line(section, **kw)
    assert err.value.code == (code or "member-not-found")
    assert snapshot(family) == before


def test_a_suggestion_is_added_once(agreement):
    agreement.add_line("parents-promise", suggestion_id="help-not-blame", children=[ROSA])
    with pytest.raises(ValidationError) as err:
        agreement.add_line("parents-promise", suggestion_id="help-not-blame")
    assert err.value.code == "agreement-suggestion-added"
    assert len(agreement.draft().lines) == 1


def test_editing_a_suggestion_makes_it_the_familys_own_words(agreement):
    line = agreement.add_line("parents-promise", suggestion_id="help-not-blame")
    same = agreement.edit_line(line.id, text=line.text)  # unchanged words stay a suggestion
    assert same.suggestion_id == "help-not-blame"
    edited = agreement.edit_line(line.id, text="We will help you, always.")
    assert edited.own and edited.text == "We will help you, always." and edited.id == line.id
    assert not {g.id: g for s in agreement.suggestions() for g in s.suggestions}[
        "help-not-blame"
    ].added


def test_editing_who_a_line_is_for(agreement):
    line = agreement.add_line("screen-time-places", text="Screens off at eight.")
    assert agreement.edit_line(line.id, children=[LUCIA, ARUN]).children == ("Arun", "Lucia")
    kept = agreement.edit_line(line.id, text="Screens off at nine.", children=KEEP)
    assert kept.children == ("Arun", "Lucia") and kept.text == "Screens off at nine."
    assert agreement.edit_line(line.id, children=None).for_everyone
    assert agreement.edit_line(line.id).text == "Screens off at nine."  # nothing to change


def test_a_bad_edit_changes_nothing(agreement, family):
    line = agreement.add_line("screen-time-places", text="Screens off at eight.")
    before = snapshot(family)
    for kw in ({"text": ""}, {"children": [PRIYA]}, {"text": "Ok.", "children": [NOBODY]}):
        with pytest.raises((ValidationError, NotFoundError)):
            agreement.edit_line(line.id, **kw)
    with pytest.raises(NotFoundError) as err:
        agreement.edit_line(999, text="Hello.")
    assert err.value.code == "agreement-line-not-found"
    assert snapshot(family) == before


def test_removing_and_moving_lines(agreement):
    ids = [
        agreement.add_line("parents-promise", text=f"We promise {n}.").id for n in ("a", "b", "c")
    ]
    other = agreement.add_line("getting-started", text="We begin.")
    agreement.move_line(ids[2], 0)
    assert [x.text[-2] for x in agreement.draft().sections[-1].lines] == ["c", "a", "b"]
    agreement.remove_line(ids[0])
    assert [x.id for x in agreement.draft().lines] == [other.id, ids[2], ids[1]]
    with pytest.raises(ValidationError) as err:
        agreement.move_line(ids[1], 2)  # only two lines left in the section
    assert err.value.code == "agreement-position"
    with pytest.raises(NotFoundError):
        agreement.remove_line(ids[0])
    with pytest.raises(NotFoundError):
        agreement.move_line(ids[0], 0)


# Agreeing ---------------------------------------------------------------------------------------


def test_agreeing_makes_a_version_with_a_review_date(agreement):
    agreement.add_line("getting-started", suggestion_id="we-made-it-together")
    agreement.add_line("parents-promise", text="We will listen.", children=[ROSA])
    version = agreement.agree([PRIYA, LUCIA, ARUN])
    assert version.number == 1 and version.agreed_on == TODAY
    assert version.review_on == date(2027, 2, 23) and version.reviewed_on is None
    assert version.signed_by == ("Priya", "Lucia", "Arun")
    assert [(x.text, x.children) for x in version.lines] == [
        ("We made these rules together.", ()),
        ("We will listen.", ("Rosa",)),
    ]
    assert [s.title for s in version.sections] == ["Getting started", "What we promise in return"]
    draft = agreement.draft()
    assert not draft.changed and draft.agreed_version == 1
    assert agreement.current() == version == agreement.version(1)


def test_a_version_keeps_what_was_agreed_while_the_draft_moves_on(agreement):
    line = agreement.add_line("parents-promise", suggestion_id="help-not-blame")
    agreement.agree([PRIYA], on=TODAY - timedelta(days=30))
    agreement.remove_line(line.id)
    agreement.add_line("parents-promise", text="We will help you.")
    assert agreement.draft().changed
    second = agreement.agree([PRIYA, LUCIA], review_on=date(2027, 1, 10))
    assert second.number == 2 and second.review_on == date(2027, 1, 10)
    newest, oldest = agreement.versions()
    assert newest == second and oldest.number == 1
    assert [x.suggestion_id for x in oldest.lines] == ["help-not-blame"]
    assert [x.text for x in newest.lines] == ["We will help you."]


def test_a_version_keeps_its_words_when_the_content_is_reworded(family, monkeypatch):
    agreement = family.agreement
    agreement.add_line("parents-promise", suggestion_id="help-not-blame")
    agreement.agree([PRIYA])
    shipped = family.library.library
    promise = shipped.agreement_section("parents-promise")
    reworded = replace(
        promise,
        title="Nuestras promesas",
        suggestions=tuple(
            replace(s, text="Te ayudaremos.") if s.id == "help-not-blame" else s
            for s in promise.suggestions
        ),
    )
    translated = replace(
        shipped, agreement=tuple(reworded if s.id == promise.id else s for s in shipped.agreement)
    )
    monkeypatch.setattr(cache, "library", lambda language=None: translated)
    with open_services(family.data_dir, family.clock, "es") as again:  # started in Spanish
        draft, agreed = again.agreement.draft(), again.agreement.current()
    assert draft.lines[0].text == "Te ayudaremos."
    assert not draft.changed  # the same suggestion: nothing new to agree
    assert agreed.lines[0].text == "If something goes wrong, we will help you and not blame you."
    assert agreed.sections[0].title == "What we promise in return"


@pytest.mark.parametrize(
    "names, kw, error, code",
    [
        ([], {}, ValidationError, "agreement-no-signer"),
        ([PRIYA, NOBODY], {}, NotFoundError, "member-not-found"),
        ([PRIYA], {"on": TODAY + timedelta(days=1)}, ValidationError, "date-future"),
        ([PRIYA], {"review_on": TODAY}, ValidationError, "review-not-after"),
        ([PRIYA], {"review_on": date(2029, 1, 1)}, ValidationError, "review-too-far"),
        ([PRIYA], {"on": date(2026, 10, 31)}, ValidationError, "agreed-before-previous"),
    ],
)
def test_a_bad_agreement_is_refused_and_nothing_changes(family, names, kw, error, code):
    family.agreement.add_line("getting-started", text="We made this together.")
    family.agreement.agree([PRIYA], on=date(2026, 11, 1))
    family.agreement.add_line("getting-started", text="We change it together.")
    before = snapshot(family)
    with pytest.raises(error) as err:
        family.agreement.agree(names, **kw)
    assert err.value.code == code
    assert snapshot(family) == before


def test_an_empty_draft_cannot_be_agreed(agreement):
    with pytest.raises(ValidationError) as err:
        agreement.agree([PRIYA])
    assert err.value.code == "agreement-empty" and agreement.versions() == []
    assert agreement.current() is None
    with pytest.raises(NotFoundError) as err:
        agreement.version(1)
    assert err.value.code == "agreement-version-not-found"


# The review date and the reminder -------------------------------------------------------------


def agreed_family(services, days_ago: int = 90):
    services.agreement.add_line("parents-promise", suggestion_id="stay-calm-and-listen")
    return services.agreement.agree(
        [PRIYA, ARUN],
        on=TODAY - timedelta(days=days_ago),
    )


def test_the_review_date_is_due_in_the_planner(family):
    version = agreed_family(family)  # agreed 25 August: review on 25 November
    items = {i.key: i for i in family.planner.due()}
    review = items["agreement-review:1"]
    assert review.due_on == version.review_on == date(2026, 11, 25)
    assert review.member_id is None and review.overdue_days == -2


def test_moving_the_review_date(family):
    with pytest.raises(NotFoundError) as err:
        family.agreement.set_review_date(date(2027, 1, 1))
    assert err.value.code == "agreement-not-agreed"
    agreed_family(family)
    moved = family.agreement.set_review_date(date(2027, 1, 1))
    assert moved.review_on == date(2027, 1, 1) == family.agreement.current().review_on
    assert "agreement-review:1" not in {i.key for i in family.planner.due()}
    with pytest.raises(ValidationError):
        family.agreement.set_review_date(date(2028, 9, 1))  # over two years after 25 August 2026
    assert family.agreement.current().review_on == date(2027, 1, 1)


def test_marking_the_review_done_keeps_the_agreement_and_asks_again_in_three_months(family):
    agreed_family(family, days_ago=120)
    assert family.planner.plan().family[0].key == "agreement-review:1"  # overdue since October
    item = family.planner.done("agreement-review:1")
    assert item.kind == "agreement-review"
    current = family.agreement.current()
    assert current.reviewed_on == TODAY and current.review_on == date(2027, 2, 23)
    assert current.number == 1 and len(family.agreement.versions()) == 1
    assert "agreement-review:1" not in {i.key for i in family.planner.due()}
    assert family.agreement.set_review_date(date(2028, 11, 1)).review_on == date(2028, 11, 1)


def test_mark_reviewed_from_the_agreement_itself(family):
    agreed_family(family)
    kept = family.agreement.mark_reviewed(TODAY - timedelta(days=1))
    assert kept.reviewed_on == date(2026, 11, 22) and kept.review_on == date(2027, 2, 22)
    with pytest.raises(ValidationError) as err:
        family.agreement.mark_reviewed(TODAY + timedelta(days=1))
    assert err.value.code == "date-future"


def test_snoozing_the_review_moves_it_to_the_snoozes_end(family):
    agreed_family(family)
    until = family.planner.snooze("agreement-review:1", 7)
    assert until == TODAY + timedelta(days=7)
    assert "agreement-review:1" not in {i.key for i in family.planner.due(6)}
    assert family.planner.plan().find("agreement-review:1").due_on == until


def test_a_new_version_replaces_the_old_reminder(family):
    agreed_family(family)
    family.agreement.add_line("getting-started", text="We made this together.")
    family.agreement.agree([PRIYA])
    keys = {i.key for i in family.planner.due(within=120)}
    assert "agreement-review:2" in keys and "agreement-review:1" not in keys


# Members come and go --------------------------------------------------------------------------


def test_renaming_and_removing_children_keeps_the_agreement_sound(family):
    agreement = family.agreement
    agreement.add_line("parents-promise", text="We play together.", children=[ROSA])
    agreement.add_line(
        "parents-promise",
        text="We listen.",
        children=[ROSA, ARUN],
    )
    agreement.agree([PRIYA, ROSA])
    family.household.rename(ARUN, "Arun K")
    assert agreement.draft().lines[1].children == ("Arun K", "Rosa")
    family.household.remove(ROSA)
    assert [(x.text, x.children) for x in agreement.draft().lines] == [("We listen.", ("Arun K",))]
    version = agreement.current()
    assert version.signed_by == ("Priya",)
    assert [x.text for x in version.lines] == ["We listen."]
