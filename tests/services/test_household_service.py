import pytest

from familysafe.core.bands import Band, BirthMonth
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.household import Role


def test_add_and_list_members_with_bands(services):
    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    services.household.add("Priya", Role.ADULT)
    views = {v.name: v for v in services.household.members()}
    assert views["Arun"].band is Band.AGE_8_10 and views["Arun"].age == 9
    assert views["Priya"].band is Band.ADULT and views["Priya"].age is None


def test_names_are_unique_ignoring_case(services):
    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    with pytest.raises(ValidationError) as err:
        services.household.add(" ARUN ", Role.ADULT)
    assert err.value.code == "name-taken"
    assert len(services.household.members()) == 1


def test_child_needs_a_birth_month_and_adult_has_none(services):
    with pytest.raises(ValidationError) as err:
        services.household.add("Rosa", Role.CHILD, None)
    assert err.value.field == "born"
    adult = services.household.add("Joy", Role.ADULT, BirthMonth(1959, 1))
    assert adult.born is None


def test_rename_edit_and_remove(services):
    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    services.household.add("Rosa", Role.CHILD, BirthMonth(2022, 6))
    renamed = services.household.rename(services.household.get("arun").id, "Arun K")
    assert renamed.name == "Arun K"
    with pytest.raises(ValidationError):
        services.household.rename(services.household.get("Arun K").id, "rosa")
    edited = services.household.edit(renamed.id, "Arun K", Role.CHILD, BirthMonth(2016, 3, 2))
    assert services.household.get("arun k").born == BirthMonth(2016, 3, 2) == edited.born
    services.household.remove(services.household.get("Arun K").id)
    with pytest.raises(NotFoundError):
        services.household.get("Arun K")
    assert [v.name for v in services.household.members()] == ["Rosa"]


def test_members_persist_across_reopening(data_dir, clock):
    from familysafe.services import open_services

    with open_services(data_dir, clock) as s:
        s.household.add("小明", Role.CHILD, BirthMonth(2015, 1))
    with open_services(data_dir, clock) as s:
        assert [v.name for v in s.household.members()] == ["小明"]


def test_document_settings_are_tidied_kept_and_cleared(services):
    from familysafe.core.errors import ValidationError

    settings = services.settings
    assert settings.family_name() is None and settings.document_author() is None
    settings.set_family_name("  The   Okafor family ")
    settings.set_contact_line("Mum 07700 900123")
    assert settings.family_name() == "The Okafor family"
    assert settings.contact_line() == "Mum 07700 900123"
    with pytest.raises(ValidationError):
        settings.set_document_author("x" * 121)
    assert settings.document_author() is None
    settings.set_family_name("")
    assert settings.family_name() is None


def test_text_size_is_one_of_three_and_kept(services):
    from familysafe.core.errors import ValidationError

    assert services.settings.text_size() == 100
    services.settings.set_text_size(125)
    assert services.settings.text_size() == 125
    with pytest.raises(ValidationError):
        services.settings.set_text_size(300)
    assert services.settings.text_size() == 125


def test_a_child_is_found_by_id_and_an_adult_or_stranger_refused_on_the_callers_field(services):
    arun = services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    priya = services.household.add("Priya", Role.ADULT)
    assert services.household.child(arun.id) == arun
    with pytest.raises(ValidationError) as err:
        services.household.child(priya.id, "children")
    assert (err.value.code, err.value.field) == ("not-a-child", "children")
    with pytest.raises(NotFoundError):
        services.household.child(priya.id + 100)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda s, who: s.planner.checklist(who), "member"),
        (lambda s, who: s.specifics.child(who), "name"),
        (lambda s, who: s.agreement.add_line("getting-started", text="Hi.", children=[who]),
         "children"),
    ],
)  # fmt: skip
def test_every_service_for_children_refuses_an_adult_on_its_own_field(services, call, field):
    priya = services.household.add("Priya", Role.ADULT)
    with pytest.raises(ValidationError) as err:
        call(services, priya.id)
    assert (err.value.code, err.value.field) == ("not-a-child", field)
