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
    # A fortnight on, the settings added today are overdue: exit 3 for schedulers.
    code, out, _ = family("due", "--json", today="2026-12-07")
    assert code == 3
    import json

    items = json.loads(out)
    assert {"kind", "key", "member", "title", "due_on", "overdue_days"} <= set(items[0])
    # Grouped by child, in the household's order, then the family's items.
    assert [i["member"] for i in items] == ["Arun", "Arun", "Lucia", None]
    assert [i["kind"] for i in items] == ["talk", "settings", "talk", "check-in"]
    talk = items[0]
    assert talk["topic_id"] and talk["topic_title"] and talk["reasons"]
    assert talk["topic_id"] not in [t["topic_id"] for t in talk["more_topics"]]
    settings = items[1]
    assert settings["app_id"] == "roblox" and settings["overdue_days"] == 14
    assert settings["title"].startswith("Roblox for Arun: ")
    assert settings["title"].endswith("settings to set up")
    for one in settings["settings"]:
        assert set(one) == {"app_id", "item_id", "title", "key"}
        assert one["key"] == f"checklist:{one['key'].split(':')[1]}:roblox:{one['item_id']}"


def test_day_one_for_three_children_and_six_apps_is_calm(cli):
    for name, born, apps in (
        ("Arun", "2017-03", ("roblox", "minecraft")),
        ("Bea", "2014-05", ("youtube", "whatsapp")),
        ("Cal", "2012-01", ("fortnite", "discord")),
    ):
        cli("member", "add", name, "--born", born)
        cli("app", "add", name, *apps)
    items = cli.json("due")
    for name in ("Arun", "Bea", "Cal"):
        assert len([i for i in items if i["member"] == name]) <= 2
    family_items = [i for i in items if i["member"] is None]
    assert {i["kind"] for i in family_items} <= {"check-in", "agreement-review", "follow-up"}
    assert len(items) <= 2 * 3 + len(family_items)
    assert not [i for i in items if i["kind"] not in ("talk", "settings", "check-in")]


def test_a_talk_clears_the_entry_and_a_day_past_the_cadence_counts_one_day(family):
    first = next(i for i in family.json("due") if i["key"].startswith("talk:"))
    assert first["member"] == "Arun" and first["overdue_days"] == 0
    assert family("talk", "Arun", "--topic", first["topic_id"])[0] == 0
    assert "Arun" not in [i["member"] for i in family.json("due")]
    _, out, _ = family("due", "--json", "--within", "0", today="2026-12-07")  # two weeks on
    import json

    assert "Arun" not in [i["member"] for i in json.loads(out)]
    _, out, _ = family("due", "--json", "--within", "40")
    month = json.loads(out)
    arun = next(i for i in month if i["member"] == "Arun")
    assert arun["due_on"] == "2026-12-23" and arun["topic_id"] != first["topic_id"]
    code, out, _ = family("due", "--json", "--within", "0", today="2026-12-24")
    arun = next(i for i in json.loads(out) if i["member"] == "Arun")
    assert code == 3 and arun["overdue_days"] == 1


def test_due_words_are_calm(family):
    code, out, _ = family("due", "--within", "0", today="2026-12-01")
    assert code == 3
    assert "Since " in out and "Talk with Arun" in out and "Overdue" not in out


def test_due_quiet_when_nothing_overdue(cli):
    cli("member", "add", "Priya", "--adult")
    code, out, _ = cli("due", "--quiet", "--within", "0")
    assert code == 0 and out == ""


def test_snooze_and_done(family):
    family("app", "add", "Arun", "roblox")
    items = family.json("due", "--within", "0")
    entry = next(i for i in items if i["kind"] == "settings")
    key = entry["key"]
    code, out, _ = family("snooze", key, "--days", "7")
    assert code == 0 and "November 30, 2026" in out  # says until when
    assert key not in [i["key"] for i in family.json("due", "--within", "0")]
    import json

    for day, overdue in (("2026-11-30", 0), ("2026-12-01", 1)):  # counted from the snooze's end
        _, out, _ = family("due", "--json", "--within", "0", today=day)
        assert next(i for i in json.loads(out) if i["key"] == key)["overdue_days"] == overdue
    one, other = entry["settings"][0]["key"], entry["settings"][1]["key"]
    day = "2026-12-01"
    assert family("done", one, today=day)[0] == 0
    _, out, _ = family("due", "--json", "--within", "0", today=day)
    left = next(i for i in json.loads(out) if i["key"] == key)
    assert one not in [s["key"] for s in left["settings"]]
    assert family("snooze", other, "--days", "1", today=day)[0] == 0
    _, out, _ = family("due", "--json", "--within", "0", today=day)
    left = next(i for i in json.loads(out) if i["key"] == key)
    assert other not in [s["key"] for s in left["settings"]]
    code, _, err = family("done", key, today=day)
    assert code == 2 and "one by one" in err
    code, _, err = family("done", "no:such:key")
    assert code == 2


def test_apps_and_checklist_show_the_age_rules_that_apply(family):
    family("app", "add", "Lucia", "tiktok")
    (tiktok,) = family.json("apps", "Lucia")
    assert "Going LIVE needs 18+" in [r["text"] for r in tiktok["age_rules"]]
    for command in (("apps", "Lucia"), ("checklist", "Lucia"), ("checklist", "Lucia", "tiktok")):
        code, out, _ = family(*command)
        assert code == 0 and "TikTok: Going LIVE needs 18+" in out, command
    code, out, _ = family("app", "add", "Arun", "tiktok")
    assert "TikTok: Going LIVE needs 18+" in out


@pytest.mark.parametrize(("lang", "names"), [("en", "Arun, Lucia"), ("ar", "Arun، Lucia"),
                                             ("zh_CN", "Arun、Lucia")])  # fmt: skip
def test_history_lists_the_children_the_languages_way_and_json_stays_a_list(
    family, monkeypatch, lang, names
):
    from familysafe import words

    family("talk", "Arun", "Lucia", "--topic", "safe-to-tell", "--on", "2026-11-20")
    monkeypatch.setenv("FAMILYSAFE_LANG", lang)
    try:
        code, out, _ = family("history")
        assert code == 0 and names in out
        assert family.json("history")[0]["members"] == ["Arun", "Lucia"]
    finally:
        words.use_language(None)
