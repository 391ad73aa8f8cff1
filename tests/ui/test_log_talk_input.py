"""The window refuses what the command line refuses, and says so where the words were typed."""

from datetime import date

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.dialogs.log_talk import LogTalkDialog


def test_notes_with_control_characters_are_refused_beside_the_notes(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    arun = ctx.services.household.get("Arun").id
    dialog = LogTalkDialog(ctx, [arun], ["strangers-in-games"])
    qtbot.addWidget(dialog)
    assert dialog.date_edit.minimumDate().toPython() == date(1900, 1, 1)
    assert dialog.follow_up_by.maximumDate().toPython() == date(2029, 11, 23)
    dialog.notes.setPlainText("We talked.\x1b[2J")
    dialog.save()
    assert "control characters" in dialog.words_error.text()
    assert ctx.services.planner.history() == []
    dialog.notes.setPlainText("We talked.\nShe knows what to do.")
    dialog.save()
    assert [e.notes for e in ctx.services.planner.history()] == [
        "We talked.\nShe knows what to do."
    ]
