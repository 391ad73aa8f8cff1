"""What the family fills in beside its agreement (issue 19): each child's times, places and
devices, the trusted adults it names, the children's helpline of its country; stored only when
entered, one transaction per change, and printed on the agreement and the carer handout."""

from __future__ import annotations

import unicodedata
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from familysafe.core.bands import BirthMonth
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.household import Role
from familysafe.core.specifics import parse_bedtime
from familysafe.services.exports import ExportOptions


@pytest.fixture
def family(services):
    s = services
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.household.add("Lucia", Role.CHILD, BirthMonth(2012, 9))
    s.household.add("Priya", Role.ADULT)
    s.planner.add_apps(s.household.get("Arun").id, ["roblox", "minecraft"])
    s.agreement.add_line("what-we-enjoy", suggestion_id="we-know-our-apps")
    s.agreement.add_line("screen-time-places", suggestion_id="no-screens-at-meals")
    s.agreement.add_line("if-something-goes-wrong", suggestion_id="not-in-trouble-for-telling")
    return s


def count(services, table: str) -> int:
    return services.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def pages_of(path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        for p in PdfReader(path).pages
    ]


def test_nothing_is_stored_until_the_parent_enters_it(family):
    arun = family.specifics.child(family.household.get("Arun").id)
    assert arun.apps == ("Roblox", "Minecraft") or set(arun.apps) == {"Roblox", "Minecraft"}
    assert (arun.screen_free, arun.bedtime, arun.play_time, arun.devices) == ("", None, "", ())
    assert count(family, "child_specifics") == count(family, "child_device") == 0
    assert count(family, "trusted_adult") == 0


def test_set_keep_and_clear_a_childs_specifics(family):
    family.specifics.set_specifics(
        family.household.get("Arun").id,
        screen_free="kitchen table, meals",
        bedtime="20:00",
        devices=["tablet", "Switch"],
    )
    arun = family.specifics.set_specifics(
        family.household.get("Arun").id, play_time="1 hour on school days"
    )
    assert arun.screen_free == "kitchen table, meals" and arun.bedtime == time(20, 0)
    assert arun.play_time == "1 hour on school days" and arun.devices == ("tablet", "Switch")
    assert (
        family.specifics.child(family.household.get("Lucia").id).screen_free == ""
    )  # only Arun's were entered
    cleared = family.specifics.set_specifics(
        family.household.get("Arun").id, screen_free="", bedtime=None, play_time="", devices=[]
    )
    assert cleared.bedtime is None and not cleared.has_limits and cleared.devices == ()
    assert count(family, "child_specifics") == count(family, "child_device") == 0


@pytest.mark.parametrize(
    "change, code",
    [
        ({"bedtime": "25:00"}, "bedtime-invalid"),
        ({"bedtime": "after tea"}, "bedtime-invalid"),
        ({"screen_free": "x" * 121}, "text-too-long"),
        ({"devices": [f"device {i}" for i in range(9)]}, "devices-too-many"),
        ({"play_time": "one\x00hour"}, "text-control"),
    ],
)
def test_bad_specifics_change_nothing(family, change, code):
    family.specifics.set_specifics(
        family.household.get("Arun").id, screen_free="meals", bedtime="19:30"
    )
    with pytest.raises(ValidationError) as err:
        family.specifics.set_specifics(
            family.household.get("Arun").id, **{"play_time": "1 hour", **change}
        )
    assert err.value.code == code
    arun = family.specifics.child(family.household.get("Arun").id)
    assert arun.screen_free == "meals" and arun.bedtime == time(19, 30) and not arun.play_time


def test_specifics_are_for_children_only(family):
    with pytest.raises(ValidationError):
        family.specifics.set_specifics(family.household.get("Priya").id, bedtime="21:00")
    with pytest.raises(NotFoundError):
        family.specifics.set_specifics(99, bedtime="21:00")  # no one has this id


def test_a_childs_specifics_leave_with_the_child(family):
    family.specifics.set_specifics(
        family.household.get("Arun").id, bedtime="20:00", devices=["tablet"]
    )
    family.household.remove(family.household.get("Arun").id)
    assert count(family, "child_specifics") == count(family, "child_device") == 0


@given(st.integers(0, 23), st.integers(0, 59))
def test_any_time_of_day_reads_back(hour, minute):
    assert parse_bedtime(f"{hour}:{minute:02d}") == time(hour, minute)
    assert parse_bedtime(f"{hour:02d}.{minute:02d}") == time(hour, minute)


def test_trusted_adults_named_changed_and_removed(family):
    family.specifics.add_trusted_adult("Aunt Mei", "07700 900777")
    family.specifics.add_trusted_adult("Mr Okafor, the coach")
    again = family.specifics.add_trusted_adult("aunt mei", "07700 900888")  # the same person
    assert again.name == "Aunt Mei" and again.phone == "07700 900888"
    assert [a.name for a in family.specifics.trusted_adults()] == [
        "Aunt Mei",
        "Mr Okafor, the coach",
    ]
    family.specifics.remove_trusted_adult("AUNT MEI")
    assert [a.name for a in family.specifics.trusted_adults()] == ["Mr Okafor, the coach"]
    with pytest.raises(NotFoundError):
        family.specifics.remove_trusted_adult("Aunt Mei")
    with pytest.raises(ValidationError):
        family.specifics.add_trusted_adult("   ")


def test_the_childrens_helpline_follows_the_familys_country(family):
    family.settings.set_country("GB")
    gb = family.specifics.childrens_helpline()
    assert gb.route.audience == "children" and gb.route.name == "Childline"
    family.settings.set_country("AU")
    au = family.specifics.childrens_helpline()
    assert au.route.audience == "children" and au.route.name != "Childline"


def test_the_agreement_prints_the_specifics_people_and_helpline(family, tmp_path):
    family.settings.set_country("GB")
    family.specifics.set_specifics(
        family.household.get("Arun").id,
        screen_free="kitchen table",
        bedtime="20:00",
        devices=["tablet"],
    )
    family.specifics.set_specifics(
        family.household.get("Lucia").id, play_time="2 hours at weekends"
    )
    family.specifics.add_trusted_adult("Aunt Mei", "07700 900777")
    path = tmp_path / "agreement.pdf"
    family.exports.export_pdf(path, ExportOptions(kind="agreement"))
    text = " ".join(pages_of(path))
    assert "The apps, games and devices we use" in text
    assert "Arun: " in text and "Roblox" in text and "tablet" in text
    assert "No screens: kitchen table." in text and "Devices go to bed at 20:00." in text
    assert "Games and videos: 2 hours at weekends." in text
    assert "Sleep and moving about come first" in text  # Arun is nine
    assert "Aunt Mei" in text and "07700 900777" in text
    assert "Childline" in text and "0800 1111" in text
    # In their places: what we use after what we enjoy; times after time and places.
    assert text.index("We know which apps") < text.index("The apps, games and devices we use")
    assert text.index("Our times and places") < text.index("Signed by")
    assert text.index("not be in trouble for telling") < text.index("People we can talk to")


def test_the_agreement_leaves_the_specifics_out_when_asked(family, tmp_path):
    family.specifics.set_specifics(family.household.get("Arun").id, bedtime="20:00")
    family.specifics.add_trusted_adult("Aunt Mei")
    sections = [
        s.id
        for s in family.exports.sections("agreement")
        if s.id not in ("specifics", "trusted-adults")
    ]
    path = tmp_path / "agreement.pdf"
    family.exports.export_pdf(path, ExportOptions(kind="agreement", sections=tuple(sections)))
    text = " ".join(pages_of(path))
    assert "20:00" not in text and "Aunt Mei" not in text and "Childline" not in text


def test_the_carer_handout_has_the_devices_limits_and_contact_lines(family, tmp_path):
    family.settings.set_country("GB")
    family.settings.set_contact_line("Priya: 07700 900123")
    family.specifics.set_specifics(
        family.household.get("Arun").id,
        screen_free="bedrooms",
        bedtime="19:45",
        devices=["iPad", "Switch"],
    )
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(
        path, ExportOptions(kind="carer", backup="Mrs Ito: 07700 900456", away="Cinema, 22:30")
    )
    pages = pages_of(path)
    first, text = pages[0], " ".join(pages)
    assert "Backup contact" in first and "Mrs Ito: 07700 900456" in first
    assert "Cinema, 22:30" in first
    assert "Our address, for emergency services" in first and "____" in first  # blank
    assert "Devices: iPad, Switch" in text
    assert "devices go to bed at 19:45" in text and "no screens: bedrooms" in text
    assert "Signs a child may be harmed online" in text
    assert "At your home" in text and "broadband" in text
    assert len(pages) <= 2
    # The address and where the parents are were typed for this handout only.
    stored = " ".join(
        str(v) for r in family.db.conn.execute("SELECT value FROM setting") for v in r
    )
    assert "Cinema" not in stored and "Mrs Ito" not in stored  # backup comes from options


def test_the_backup_contact_is_kept_when_the_parent_saves_it(family, tmp_path):
    family.settings.set_backup_contact("Grandad: 07700 900999")
    path = tmp_path / "carer.pdf"
    family.exports.export_pdf(path, ExportOptions(kind="carer", address="1 High Street"))
    first = pages_of(path)[0]
    assert "Grandad: 07700 900999" in first and "1 High Street" in first


@pytest.mark.parametrize(
    "typed", ["tablet, Switch", "tablet; Switch", "tablet\u060c Switch", "tablet\uff0cSwitch"]
)
def test_devices_typed_on_one_line_split_at_any_comma(family, typed):
    from familysafe.core.specifics import split_devices

    family.specifics.set_specifics(family.household.get("Arun").id, devices=split_devices(typed))
    assert family.specifics.child(family.household.get("Arun").id).devices == ("tablet", "Switch")
