"""The words documents print: bands, lists of names, what is due, file names. No reportlab."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time

import pytest

from familysafe.core.bands import Band
from familysafe.core.due import (
    AgreementReviewDue,
    CheckInDue,
    DueEntry,
    FollowUpDue,
    NewBandDue,
    SettingDue,
    SettingsDue,
    TalkDue,
)
from familysafe.export.documents.words import join_names, safe_filename, when_due
from familysafe.words import long_date, vocabulary
from familysafe.words.planner import entry_title

TODAY = date(2026, 11, 23)


def test_bands_in_words_never_a_birth_date():
    assert vocabulary.band(Band.AGE_8_10) == "Ages 8 to 10"
    assert vocabulary.band(Band.UNDER_5) == "Under 5"
    assert vocabulary.band(Band.ADULT) == "Adults"


def test_names_as_a_list():
    assert join_names([]) == ""
    assert join_names(["Arun"]) == "Arun"
    assert join_names(["Arun", "Rosa"]) == "Arun and Rosa"
    assert join_names(["Lucia", "Arun", "Rosa"]) == "Lucia, Arun and Rosa"


def test_a_right_to_left_name_is_not_followed_by_a_comma():
    # The PDF engine orders whole words: "مريم," would print with its comma on the wrong side.
    assert join_names(["مريم", "Arun", "王小明"]) == "مريم · Arun and 王小明"
    assert join_names(["Arun", "مريم"]) == "Arun and مريم"


def common(kind: str, overdue: int = 0) -> dict:
    day = date.fromordinal(TODAY.toordinal() - overdue)
    return {"key": f"{kind}:1", "member_id": 1, "due_on": day, "overdue_days": overdue}


def settings(*codes: str) -> SettingsDue:
    found = tuple(
        SettingDue(f"checklist:1:roblox:s{n}", "roblox", f"s{n}", "Limit chat", code, TODAY, None)
        for n, code in enumerate(codes)
    )
    return SettingsDue(
        **common("settings"), name="Arun", app_id="roblox", app_name="Roblox", settings=found
    )


@pytest.mark.parametrize(
    ("due", "words"),
    [
        (CheckInDue(**common("check-in"), at=time(18)), "Family check-in"),
        (TalkDue(**common("talk"), name="Arun", last_talk=None, topic=None), "Talk with Arun"),
        (settings("to-do"), "Roblox for Arun: 1 setting to set up"),
        (settings("to-do", "to-do"), "Roblox for Arun: 2 settings to set up"),
        (settings("recheck", "changed"), "Roblox for Arun: 2 settings to re-check"),
        (settings("recheck", "to-do"), "Roblox for Arun: 2 settings to check"),
        (
            FollowUpDue(**common("follow-up"), follow_up_id=1, text="Turn off chat together"),
            "Follow-up: Turn off chat together",
        ),
        (
            NewBandDue(**common("new-band"), name="Arun", band=Band.AGE_13_15,
                       previous=Band.AGE_11_12, topic_ids=("a",), titles=("A",)),
            "Arun is now in a new age band (Ages 13 to 15)",
        ),
    ],
)  # fmt: skip
def test_due_entries_in_words(due, words):
    assert entry_title(due, "Arun") == words


def test_agreement_review_in_words():
    due = AgreementReviewDue(**common("agreement-review"), version=2, agreed_on=date(2026, 8, 1))
    assert entry_title(due, None) == (
        f"Look at the family agreement again (agreed {long_date(date(2026, 8, 1))})"
    )


def item(kind: str, overdue: int = 0) -> DueEntry:
    return TalkDue(**common(kind, overdue), name="Arun", last_talk=None, topic=None)


def test_when_due():
    assert when_due(item("talk", overdue=3)).startswith("Overdue since ")
    assert when_due(item("talk", overdue=0)) == "Due today"
    assert when_due(item("talk", overdue=-5)).startswith("Due ")


def test_file_names_are_safe_everywhere():
    assert safe_filename("Family plan 2026-11-23.pdf") == "Family plan 2026-11-23.pdf"
    assert safe_filename('Cards: "what/if?" <1>.pdf') == "Cards what if 1 .pdf"
    assert safe_filename("...") == "FamilySafe"


def test_the_words_and_data_load_without_reportlab():
    code = (
        "import sys, familysafe.export.documents.words, familysafe.export.documents.data, "
        "familysafe.services.exports; print(any(m.startswith('reportlab') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
