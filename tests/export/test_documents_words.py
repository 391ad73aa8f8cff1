"""The words documents print: bands, lists of names, what is due, file names. No reportlab."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time

import pytest

from familysafe.core.bands import Band
from familysafe.core.due import DueItem
from familysafe.export.documents.words import join_names, safe_filename, when_due
from familysafe.words import long_date, vocabulary
from familysafe.words.planner import due_text

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


def item(kind: str, overdue: int = 0, **kw) -> DueItem:
    defaults = {"code": kind, "values": {}}
    defaults.update(kw)
    return DueItem(kind, f"{kind}:1", 1, date.fromordinal(TODAY.toordinal() - overdue),
                   overdue, **defaults)  # fmt: skip


@pytest.mark.parametrize(
    ("due", "words"),
    [
        (item("check-in", values={"at": time(18)}), "Family check-in"),
        (item("talk"), "Talk with Arun"),
        (item("topic", title="Strangers in games"), "Talk with Arun about “Strangers in games”"),
        (
            item("checklist", code="checklist-to-do", title="Limit chat",
                 values={"app": "Roblox"}),
            "Roblox for Arun: Limit chat",
        ),
        (
            item("checklist", code="checklist-recheck", title="Limit chat",
                 values={"app": "Roblox"}),
            "Re-check Roblox for Arun: Limit chat",
        ),
        (item("follow-up", title="Turn off chat together"), "Follow-up: Turn off chat together"),
        (
            item("new-band", values={"band": "13-15", "topics": ("a",)}),
            "Arun is now in a new age band (Ages 13 to 15)",
        ),
    ],
)  # fmt: skip
def test_due_items_in_words(due, words):
    assert due_text(due, "Arun") == words


def test_agreement_review_in_words():
    due = item("agreement-review", values={"version": 2, "agreed_on": date(2026, 8, 1)})
    assert due_text(due, None) == (
        f"Look at the family agreement again (agreed {long_date(date(2026, 8, 1))})"
    )


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
