import pytest


@pytest.fixture
def family(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    cli("member", "add", "Lucia", "--born", "2013-09")
    cli("member", "add", "Priya", "--adult")
    return cli


def test_app_add_flags_below_min_age_but_never_refuses(family):
    code, out, _ = family("app", "add", "Arun", "roblox", "tiktok")
    assert code == 0 and "at least 13" in out
    apps = family.json("apps", "Arun")
    assert [a["id"] for a in apps] == ["roblox", "tiktok"]
    assert set(apps[0]) == {
        "id",
        "name",
        "below_min_age",
        "min_age",
        "age_rules",
        "features",
        "checklist_done",
        "checklist_total",
    }
    assert {a["id"]: a["below_min_age"] for a in apps} == {"roblox": False, "tiktok": True}
    assert family("app", "remove", "Arun", "tiktok")[0] == 0
    assert [a["id"] for a in family.json("apps", "Arun")] == ["roblox"]


def test_unknown_app_changes_nothing(family):
    code, _, err = family("app", "add", "Arun", "roblox", "no-such-app")
    assert code == 2 and "no-such-app" in err
    assert family.json("apps", "Arun") == []


def test_checklist_done_and_undo(family):
    family("app", "add", "Lucia", "instagram")
    items = family.json("checklist", "Lucia", "instagram")
    assert set(items[0]) == {"app_id", "item_id", "title", "done", "checked_on", "recheck_on"}
    first = items[0]["item_id"]
    assert family("checklist", "done", "Lucia", "instagram", first)[0] == 0
    item = next(i for i in family.json("checklist", "Lucia") if i["item_id"] == first)
    assert item["done"] and item["checked_on"] == "2026-11-23"
    assert item["recheck_on"] == "2027-05-23"  # six months later
    assert family.json("apps", "Lucia")[0]["checklist_done"] == 1
    family("checklist", "undo", "Lucia", "instagram", first)
    item = next(i for i in family.json("checklist", "Lucia") if i["item_id"] == first)
    assert not item["done"]
    code, _, err = family("checklist", "done", "Lucia", "instagram", "nope")
    assert code == 2 and "nope" in err


def test_talk_history_and_private_notes(family):
    code, _, _ = family(
        "talk",
        "Arun",
        "Lucia",
        "--topic",
        "strangers-in-games",
        "--topic",
        "safe-to-tell",
        "--on",
        "2026-11-20",
        "--note",
        "private",
        "--follow-up",
        "Turn off chat",
        "--by",
        "2026-11-25",
    )
    assert code == 0
    history = family.json("history", "Arun")
    assert len(history) == 1
    assert history[0]["members"] == ["Arun", "Lucia"]
    assert history[0]["topics"] == ["safe-to-tell", "strangers-in-games"]
    assert history[0]["follow_ups"][0]["text"] == "Turn off chat"
    code, _, err = family("talk", "Arun", "--topic", "no-such-topic")
    assert code == 2 and family.json("history") == history


def test_talk_edit_keeps_what_is_left_out_and_delete_removes(family):
    family("talk", "Arun", "--topic", "safe-to-tell", "--on", "2026-11-20", "--note", "secret")
    talk_id = family.json("history")[0]["id"]
    code, _, err = family("talk-edit", str(talk_id), "--on", "2026-11-21", "--member", "Lucia")
    assert code == 0, err
    talk = family.json("history")[0]
    assert (talk["on"], talk["members"], talk["topics"], talk["notes"]) == (
        "2026-11-21",
        ["Lucia"],
        ["safe-to-tell"],
        "secret",
    )
    family("talk-edit", str(talk_id), "--note", "")
    assert family.json("history")[0]["notes"] is None
    code, _, err = family("talk-edit", str(talk_id), "--topic", "no-such-topic")
    assert code == 2 and "no-such-topic" in err
    assert family.json("history")[0]["topics"] == ["safe-to-tell"]

    assert family("talk-delete", str(talk_id))[0] == 0
    assert family.json("history") == []
    code, _, err = family("talk-delete", str(talk_id))
    assert code == 2 and err.count("\n") == 1


def test_suggest_json_shape_and_reasons(family):
    family("app", "add", "Lucia", "tiktok")
    found = family.json("suggest", "Lucia", "--limit", "3")
    assert len(found) == 3
    assert set(found[0]) == {"topic_id", "title", "score", "reasons", "last_discussed"}
    assert found[0]["score"] >= found[1]["score"] >= found[2]["score"]
    assert any("TikTok" in r for r in found[0]["reasons"])
    code, _, err = family("suggest", "Priya")
    assert code == 2 and "adult" in err


def test_due_exit_codes_and_shape(family):
    family("app", "add", "Arun", "roblox")
    # A fortnight on, the checklist added today is overdue: exit 3 for schedulers.
    code, out, _ = family("due", "--json", today="2026-12-07")
    assert code == 3
    import json

    items = json.loads(out)
    assert {"kind", "member", "title", "due_on", "overdue_days"} <= set(items[0])
    assert [i["due_on"] for i in items] == sorted(i["due_on"] for i in items)
    assert {i["kind"] for i in items} >= {"checklist", "check-in"}
    checklist = next(i for i in items if i["kind"] == "checklist")
    assert checklist["app_id"] == "roblox" and checklist["item_id"]


def test_due_quiet_when_nothing_overdue(cli):
    cli("member", "add", "Priya", "--adult")
    code, out, _ = cli("due", "--quiet", "--within", "0")
    assert code == 0 and out == ""


def test_snooze_and_done(family):
    family("app", "add", "Arun", "roblox")
    items = family.json("due", "--within", "0")
    key = next(i["key"] for i in items if i["kind"] == "checklist")
    assert family("snooze", key, "--days", "7")[0] == 0
    assert key not in [i["key"] for i in family.json("due", "--within", "0")]
    code, out, _ = family("due", "--json", "--within", "0", today="2026-11-30")
    assert code == 3 and key in out
    other = next(i["key"] for i in items if i["kind"] == "checklist" and i["key"] != key)
    assert family("done", other)[0] == 0
    assert other not in [i["key"] for i in family.json("due", "--within", "0")]
    code, _, err = family("done", "no:such:key")
    assert code == 2
