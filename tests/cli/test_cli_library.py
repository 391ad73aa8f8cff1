from familysafe.core.library import FEATURES


def test_topic_list_json_shape_and_band_filter(cli):
    topics = cli.json("topic", "list")
    assert len(topics) >= 60
    assert set(topics[0]) == {"id", "title", "bands", "features", "revisit_days"}
    young = cli.json("topic", "list", "--band", "0-4")
    assert young and all("0-4" in t["bands"] for t in young)
    assert len(young) < len(topics)
    assert all(set(t["features"]) <= set(FEATURES) for t in topics)


def test_topic_show_gives_the_band_starters(cli):
    topic = cli.json("topic", "show", "live-streaming-dares", "--band", "13-15")
    assert list(topic["starters"]) == ["13-15"]
    assert len(topic["starters"]["13-15"]) >= 3
    assert topic["if_it_happens"] and topic["sources"]
    code, out, _ = cli("topic", "show", "live-streaming-dares")
    assert code == 0 and "Conversation starters (16-17)" in out


def test_topic_errors(cli):
    code, _, err = cli("topic", "show", "no-such-topic")
    assert code == 2 and "no-such-topic" in err
    code, _, err = cli("topic", "show", "ask-a-grown-up-first", "--band", "16-17")
    assert code == 2 and "16-17" in err
    code, _, err = cli("topic", "list", "--band", "9-11")
    assert code == 2 and "not an age band" in err


def test_app_catalogue_json_shape(cli):
    apps = cli.json("app", "catalogue")
    assert len(apps) >= 40
    tiktok = next(a for a in apps if a["id"] == "tiktok")
    assert set(tiktok) == {
        "id",
        "name",
        "min_age",
        "features",
        "parental_tool",
        "checklist",
        "written",
        "checked",
    }
    assert tiktok["min_age"] == 13 and "live-streaming" in tiktok["features"]
    assert all(set(i) == {"id", "title"} for i in tiktok["checklist"])


def test_helplines_by_country(cli):
    routes = cli.json("helplines", "--country", "us")
    assert routes and {r["country"] for r in routes} == {"US"}
    assert set(routes[0]) == {"country", "name", "purpose", "audience", "phone", "url"}
    everything = cli.json("helplines", "--all")
    assert len({r["country"] for r in everything}) >= 10
    code, _, err = cli("helplines", "--country", "ZZ")
    assert code == 2 and "ZZ" in err


def test_app_show_gives_the_whole_entry(cli):
    tiktok = cli.json("app", "show", "tiktok")
    assert tiktok["min_age"] == 13 and tiktok["min_age_by_country"]["AU"] == 16
    live = next(r for r in tiktok["age_rules"] if r["feature"] == "live-streaming")
    assert live["min_age"] == 18 and live["text"] == "Going LIVE needs 18+"
    assert live["source"].startswith("https://") and live["checked"]
    item = tiktok["checklist"][0]
    assert set(item) == {"id", "title", "why", "min_age", "where", "source", "written", "checked"}
    assert item["where"] and item["why"]
    cod = cli.json("app", "show", "call-of-duty")
    assert cod["rating"]["pegi"] == 18 and cod["min_age"] == 18
    telegram = cli.json("app", "show", "telegram")
    assert telegram["min_age"] == 0 and telegram["min_age_by_country"]["GB"] == 16
    code, out, _ = cli("app", "show", "tiktok")
    assert code == 0
    assert "Going LIVE needs 18+" in out and "AU 16" in out
    assert "Family Pairing" in out and "Source: https://" in out


def test_app_show_unknown_app(cli):
    code, _, err = cli("app", "show", "no-such-app")
    assert code == 2 and "no-such-app" in err and "Traceback" not in err
