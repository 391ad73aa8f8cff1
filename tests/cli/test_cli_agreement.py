"""``familysafe agreement ...`` as a parent would type it."""

import json
from datetime import date

import pytest

from familysafe.words import long_date


@pytest.fixture
def family(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    cli("member", "add", "Lucia", "--born", "2013-09")
    cli("member", "add", "Priya", "--adult")
    return cli


def test_suggestions_for_the_household(family):
    sections = family.json("agreement", "suggestions")
    assert [s["id"] for s in sections][0] == "getting-started" and len(sections) == 12
    assert set(sections[0]) == {"id", "title", "purpose", "voice", "suggestions"}
    line = sections[0]["suggestions"][0]
    assert set(line) == {"id", "text", "bands", "children", "added"}
    lines = {g["id"]: g for s in sections for g in s["suggestions"]}
    assert lines["trust-works-both-ways"]["children"] == ["Lucia"]
    assert "ask-before-pressing-buy" not in lines  # for 0-7: nobody here
    code, out, _ = family("agreement", "suggestions")
    assert code == 0 and "Getting started  [getting-started]" in out
    assert "trust-works-both-ways" in out


def test_build_show_and_agree(family):
    code, out, _ = family(
        "agreement", "add", "parents-promise", "--suggestion", "device-stays-with-you"
    )
    assert code == 0 and out.startswith("Added line 1:")
    code, _, _ = family(
        "agreement", "add", "screen-time-places", "--text", "No phones at dinner.", "--for", "Arun"
    )
    assert code == 0
    shown = family.json("agreement", "show")
    assert shown["agreed_version"] is None and shown["changed"]
    assert set(shown) == {"agreed_version", "agreed_on", "review_on", "changed", "sections"}
    lines = [x for s in shown["sections"] for x in s["lines"]]
    assert lines == [
        {
            "id": 2,
            "text": "No phones at dinner.",
            "suggestion_id": None,
            "own": True,
            "children": ["Arun"],
        },
        {
            "id": 1,
            "text": "We will not take your device away because you told us something.",
            "suggestion_id": "device-stays-with-you",
            "own": False,
            "children": [],
        },
    ]
    code, out, _ = family("agreement", "show")
    assert "Not agreed yet." in out and "[2] No phones at dinner. (for Arun)" in out

    code, out, _ = family("agreement", "agree", "--by", "Priya", "--by", "Arun", "--by", "Lucia")
    assert code == 0 and "version 1" in out and "2027-02-23" in out
    shown = family.json("agreement", "show")
    assert shown["agreed_version"] == 1 and not shown["changed"]
    assert shown["agreed_on"] == "2026-11-23" and shown["review_on"] == "2027-02-23"


def test_versions_keep_what_was_agreed(family):
    family("agreement", "add", "getting-started", "--suggestion", "we-made-it-together")
    family("agreement", "agree", "--by", "Priya", "--on", "2026-11-01", "--review-on", "2027-01-15")
    family("agreement", "remove", "1")
    family("agreement", "add", "getting-started", "--text", "We wrote this together.")
    assert family.json("agreement", "show")["changed"]
    family("agreement", "agree", "--by", "Priya", "--by", "Lucia")
    versions = family.json("agreement", "versions")
    assert [v["version"] for v in versions] == [2, 1]
    assert set(versions[0]) == {
        "version",
        "agreed_on",
        "review_on",
        "reviewed_on",
        "signed_by",
        "sections",
    }
    oldest = versions[1]
    assert oldest["agreed_on"] == "2026-11-01" and oldest["review_on"] == "2027-01-15"
    assert oldest["signed_by"] == ["Priya"]
    assert oldest["sections"][0]["lines"][0]["text"] == "We made these rules together."
    assert versions[0]["sections"][0]["lines"][0]["text"] == "We wrote this together."
    code, out, _ = family("agreement", "versions")
    assert code == 0 and "Priya, Lucia" in out


def test_the_review_is_due_and_can_be_marked_done(family):
    family("agreement", "add", "getting-started", "--suggestion", "we-made-it-together")
    family("agreement", "agree", "--by", "Priya", "--on", "2026-08-20")
    code, out, _ = family("due", "--json")
    assert code == 3  # something is overdue: the talks, and the review
    review = next(d for d in json.loads(out) if d["kind"] == "agreement-review")
    assert review == {
        "kind": "agreement-review",
        "key": "agreement-review:1",
        "member": None,
        "title": "Look at the family agreement again (agreed " + long_date(date(2026, 8, 20)) + ")",
        "due_on": "2026-11-20",
        "overdue_days": 3,
    }
    assert family("done", "agreement-review:1")[0] == 0
    assert "agreement-review:1" not in family("due", "--json")[1]
    assert family.json("agreement", "versions")[0]["review_on"] == "2027-02-23"


@pytest.mark.parametrize(
    "argv, needle",
    [
        (("add", "no-such-section", "--text", "Hi."), "no-such-section"),
        (("add", "getting-started", "--suggestion", "no-such-line"), "no-such-line"),
        (("add", "getting-started", "--text", ""), "at most 300"),
        (("add", "getting-started", "--text", "x" * 301), "at most 300"),
        (("add", "getting-started", "--text", "Hi.", "--for", "Priya"), "Priya is an adult"),
        (("add", "getting-started", "--text", "Hi.", "--for", "Nobody"), "Nobody"),
        (("add", "getting-started"), "one of the arguments"),
        (("add", "getting-started", "--text", "Hi.", "--suggestion", "x"), "not allowed"),
        (("remove", "99"), "no line 99"),
        (("remove", "one"), "is not an id"),
        (("agree", "--by", "Priya"), "at least one line"),
        (("agree",), "--by"),
        (("versions", "--on", "2026-01-01"), "unrecognized"),
    ],
)
def test_bad_input_exits_2_with_a_one_line_reason(family, argv, needle):
    code, out, err = family("agreement", *argv)
    assert code == 2, err
    assert needle in err and err.count("\n") == 1
    assert family.json("agreement", "show")["sections"][0]["lines"] == []
    assert family.json("agreement", "versions") == []


def test_a_bad_agree_changes_nothing(family):
    family("agreement", "add", "getting-started", "--text", "We made this.")
    for argv in (
        ("--by", "Priya", "--on", "2026-12-01"),
        ("--by", "Priya", "--review-on", "2026-11-23"),
        ("--by", "Priya", "--review-on", "2030-01-01"),
        ("--by", "Priya", "--by", "Nobody"),
        ("--by", "Priya", "--on", "yesterday"),
    ):
        code, _, err = family("agreement", "agree", *argv)
        assert code == 2 and err.count("\n") == 1, err
    assert family.json("agreement", "versions") == []
