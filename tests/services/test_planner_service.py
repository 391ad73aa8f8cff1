from datetime import date

import pytest

from familysafe.core.bands import BirthMonth
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.household import Role


@pytest.fixture
def family(services):
    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    services.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    return services


def test_edit_and_delete_a_talk(family):
    planner = family.planner
    talk_id = planner.log_talk(
        [family.household.get("Arun").id], ["strangers-in-games"], date(2026, 11, 1), "note"
    )
    both = [family.household.get("Arun").id, family.household.get("Lucia").id]
    planner.edit_talk(talk_id, both, ["safe-to-tell"], date(2026, 11, 2), "changed")
    entry = planner.history(family.household.get("Lucia").id)[0]
    assert entry.record.on == date(2026, 11, 2)
    assert entry.record.topic_ids == ("safe-to-tell",) and entry.notes == "changed"
    planner.delete_talk(talk_id)
    assert planner.history() == []
    with pytest.raises(NotFoundError):
        planner.delete_talk(talk_id)


def test_a_failed_talk_saves_nothing(family):
    with pytest.raises(ValidationError):
        family.planner.log_talk(
            [family.household.get("Arun").id],
            ["safe-to-tell"],
            follow_ups=[("", date(2026, 12, 1))],
        )
    with pytest.raises(NotFoundError):
        family.planner.log_talk(
            [family.household.get("Arun").id, family.household.get("Nobody").id], ["safe-to-tell"]
        )
    assert family.planner.history() == []


def test_removing_a_child_removes_their_talks_apps_and_marks(family):
    planner = family.planner
    planner.add_apps(family.household.get("Arun").id, ["roblox"])
    planner.mark(family.household.get("Arun").id, "roblox", "limit-chat")
    planner.log_talk([family.household.get("Arun").id], ["safe-to-tell"])
    shared = planner.log_talk(
        [family.household.get("Arun").id, family.household.get("Lucia").id], ["cyberbullying"]
    )
    family.household.remove(family.household.get("Arun").id)
    conn = family.db.conn
    assert conn.execute("SELECT count(*) FROM member_app").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM checklist_mark").fetchone()[0] == 0
    assert [e.record.id for e in planner.history()] == [shared]  # Lucia's talk stays


def test_checklist_item_goes_stale_after_the_recheck_interval(family, data_dir):
    from familysafe.core.clock import FixedClock
    from familysafe.services import open_services

    family.planner.add_apps(family.household.get("Lucia").id, ["instagram"])
    item = family.planner.checklist(family.household.get("Lucia").id)[0]
    family.planner.mark(family.household.get("Lucia").id, "instagram", item.item_id)
    family.planner.set_recheck_months(3)
    with open_services(data_dir, FixedClock.on(date(2027, 3, 1))) as later:
        state = next(
            s
            for s in later.planner.checklist(later.household.get("Lucia").id)
            if s.item_id == item.item_id
        )
        assert state.recheck_on == date(2027, 2, 23) and state.stale


def test_set_apps_adds_and_removes_in_one_go_and_keeps_marks_of_kept_apps(family):
    planner = family.planner
    planner.add_apps(family.household.get("Arun").id, ["roblox", "minecraft"])
    planner.mark(family.household.get("Arun").id, "roblox", "limit-chat")
    statuses = planner.set_apps(family.household.get("Arun").id, ["roblox", "youtube-kids"])
    assert [s.app.id for s in statuses] == ["roblox", "youtube-kids"]
    assert next(s for s in statuses if s.app.id == "roblox").checklist_done == 1
    with pytest.raises(NotFoundError):
        planner.set_apps(family.household.get("Arun").id, ["tiktok", "no-such-app"])
    assert [s.app.id for s in planner.apps(family.household.get("Arun").id)] == [
        "roblox",
        "youtube-kids",
    ]


def test_snoozing_several_items_is_all_or_nothing(family):
    planner = family.planner
    planner.add_apps(family.household.get("Arun").id, ["roblox"])
    keys = [i.key for i in planner.due(0) if i.kind == "checklist"]
    with pytest.raises(NotFoundError):
        planner.snooze_all([*keys, "checklist:999:nope:nope"], 7)
    assert len([i for i in planner.due(0) if i.kind == "checklist"]) == len(keys)
    assert planner.snooze_all(keys, 7) == date(2026, 11, 30)
    assert not [i for i in planner.due(0) if i.kind == "checklist"]


def test_the_minimum_age_is_the_familys_countrys(family):
    # Lucia is 13: old enough for TikTok worldwide, not under Australia's social media minimum age.
    family.planner.add_apps(family.household.get("Lucia").id, ["tiktok"])
    (status,) = family.planner.apps(family.household.get("Lucia").id)
    assert status.min_age == 13 and not status.below_min_age
    family.settings.set_country("AU")
    (status,) = family.planner.apps(family.household.get("Lucia").id)
    assert status.min_age == 16 and status.below_min_age


def test_apps_bring_the_age_rules_the_child_is_too_young_for(family):
    family.planner.add_apps(family.household.get("Lucia").id, ["tiktok", "minecraft"])
    rules = {
        s.app.id: [r.text for r in s.age_rules]
        for s in family.planner.apps(family.household.get("Lucia").id)
    }
    assert "Going LIVE needs 18+" in rules["tiktok"]
    assert "Direct messages need 16+" in rules["tiktok"]
    assert rules["minecraft"] == []


def test_the_due_plan_reads_the_family_in_the_same_queries_whatever_its_size(services):
    """No query per child, app or talk: the Today page, ``due`` and the calendar ask for this."""

    def queries() -> list[str]:
        seen: list[str] = []
        services.db.conn.set_trace_callback(seen.append)
        try:
            services.planner.plan(7)
        finally:
            services.db.conn.set_trace_callback(None)
        return seen

    services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    services.planner.add_apps(services.household.get("Arun").id, ["roblox"])
    one = queries()
    for n, name in enumerate(["Mia", "Tom", "Sam", "Lucia"]):
        child = services.household.add(name, Role.CHILD, BirthMonth(2012 + n, 5)).id
        services.planner.add_apps(child, ["roblox", "minecraft"])
        services.planner.set_child_cadence(child, services.planner.cadence())
        services.planner.log_talk([child], ["safe-to-tell"], date(2026, 1, 5))
    assert len(queries()) == len(one)
