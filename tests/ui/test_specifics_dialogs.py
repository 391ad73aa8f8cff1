"""The Agreement page's 'Times, places and devices' and 'Trusted adults' dialogs, and the carer
handout's new lines in the export dialog, with real widgets (issue 19)."""

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui import itemdata
from familysafe.ui.background import wait_for_background
from familysafe.ui.dialogs.export_dialog import ExportDialog
from familysafe.ui.dialogs.specifics import SpecificsDialog, TrustedAdultsDialog
from familysafe.ui.pages.agreement import AgreementPage


@pytest.fixture
def family(ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    ctx.services.household.add("Priya", Role.ADULT)
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    return ctx


def test_specifics_typed_and_saved_for_the_chosen_child(qtbot, family):
    dialog = SpecificsDialog(family, child=family.services.household.get("Arun").id)
    qtbot.addWidget(dialog)
    assert "Roblox" in dialog.apps.text()
    assert not dialog.bedtime.isEnabled()  # no bedtime until the parent ticks it
    qtbot.keyClicks(dialog.screen_free, "kitchen table")
    dialog.has_bedtime.setChecked(True)
    dialog.bedtime.setTime(QTime(19, 45))
    qtbot.keyClicks(dialog.play_time, "1 hour")
    qtbot.keyClicks(dialog.devices, "tablet, Switch")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    arun = family.services.specifics.child(family.services.household.get("Arun").id)
    assert arun.screen_free == "kitchen table" and arun.bedtime == time(19, 45)
    assert arun.play_time == "1 hour" and arun.devices == ("tablet", "Switch")
    assert "Saved for Arun" in dialog.error.text()
    # Another child: empty boxes, nothing stored for them.
    itemdata.select_choice(dialog.child, family.services.household.get("Lucia").id)
    assert dialog.screen_free.text() == "" and not dialog.has_bedtime.isChecked()
    assert (
        family.services.specifics.child(family.services.household.get("Lucia").id).screen_free == ""
    )


def test_a_bad_value_is_shown_and_nothing_changes(qtbot, family):
    family.services.specifics.set_specifics(
        family.services.household.get("Arun").id, screen_free="meals"
    )
    dialog = SpecificsDialog(family, child=family.services.household.get("Arun").id)
    qtbot.addWidget(dialog)
    dialog.devices.setText(", ".join(f"device {i}" for i in range(12)))
    dialog.screen_free.setText("bedrooms")
    assert dialog.save() is False
    assert dialog.error.text()
    assert (
        family.services.specifics.child(family.services.household.get("Arun").id).screen_free
        == "meals"
    )


def test_trusted_adults_added_and_removed(qtbot, family):
    dialog = TrustedAdultsDialog(family)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Aunt Mei")
    qtbot.keyClicks(dialog.phone, "07700 900777")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.adults.count() == 1 and "Aunt Mei · 07700 900777" in dialog.adults.item(0).text()
    assert dialog.name.text() == ""
    assert dialog.add() is False and dialog.error.text()  # no name
    dialog.adults.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.adults.count() == 0 and family.services.specifics.trusted_adults() == ()


def test_the_agreement_page_opens_both(qtbot, family):
    page = AgreementPage(family)
    qtbot.addWidget(page)
    page.show()
    seen = []

    def close(kind):
        def answer():
            dialog = QApplication.activeModalWidget()
            seen.append(type(dialog))
            dialog.reject()

        QTimer.singleShot(0, answer)

    close(SpecificsDialog)
    qtbot.mouseClick(page.specifics_button, Qt.MouseButton.LeftButton)
    close(TrustedAdultsDialog)
    qtbot.mouseClick(page.trusted_button, Qt.MouseButton.LeftButton)
    assert seen == [SpecificsDialog, TrustedAdultsDialog]


def test_export_dialog_carer_lines(qtbot, family):
    dialog = ExportDialog(family, kind="carer")
    qtbot.addWidget(dialog)
    for widget in (dialog.backup, dialog.away, dialog.address):
        assert dialog.form.isRowVisible(widget)
    qtbot.keyClicks(dialog.backup, "Mrs Ito: 07700 900456")
    qtbot.keyClicks(dialog.away, "Cinema, back by 22:30")
    qtbot.keyClicks(dialog.address, "1 High Street")
    options = dialog.options()
    assert options.backup == "Mrs Ito: 07700 900456"
    assert options.away == "Cinema, back by 22:30" and options.address == "1 High Street"
    dialog._save_family_words()
    assert family.services.settings.backup_contact() == "Mrs Ito: 07700 900456"
    stored = [r[0] for r in family.services.db.conn.execute("SELECT value FROM setting")]
    assert not any("High Street" in v or "Cinema" in v for v in stored)  # never stored
    itemdata.select_choice(dialog.kind, "plan")
    assert not dialog.form.isRowVisible(dialog.address)
    ids = [dialog.sections.item(i) for i in range(dialog.sections.count())]
    assert ids  # the plan's sections
    dialog.reject()
    wait_for_background()


def test_typing_for_one_child_then_choosing_another_keeps_what_was_typed(qtbot, family):
    dialog = SpecificsDialog(family, child=family.services.household.get("Arun").id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.screen_free, "meals")
    itemdata.select_choice(
        dialog.child, family.services.household.get("Lucia").id
    )  # no Save pressed
    assert (
        family.services.specifics.child(family.services.household.get("Arun").id).screen_free
        == "meals"
    )
    assert "Saved for Arun" in dialog.error.text() and dialog.screen_free.text() == ""
    qtbot.keyClicks(dialog.play_time, "2 hours at weekends")
    dialog.reject()  # Close keeps it too
    assert (
        family.services.specifics.child(family.services.household.get("Lucia").id).play_time
        == "2 hours at weekends"
    )


def test_what_cannot_be_saved_keeps_the_child_chosen_and_says_why(qtbot, family):
    dialog = SpecificsDialog(family, child=family.services.household.get("Arun").id)
    qtbot.addWidget(dialog)
    dialog.devices.setText(", ".join(f"device {i}" for i in range(12)))  # too many
    itemdata.select_choice(dialog.child, family.services.household.get("Lucia").id)
    arun = family.services.household.get("Arun").id
    assert itemdata.current_choice(dialog.child) == arun and dialog.error.text()
    assert "device 11" in dialog.devices.text()  # still there to fix
    assert family.services.specifics.child(family.services.household.get("Arun").id).devices == ()
    dialog.devices.setText("tablet")
    dialog.reject()
    assert family.services.specifics.child(family.services.household.get("Arun").id).devices == (
        "tablet",
    )


def test_a_trusted_adult_typed_then_closed_is_kept_and_enter_adds_once(qtbot, family):
    dialog = TrustedAdultsDialog(family)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Aunt Mei")
    qtbot.keyClicks(dialog.phone, "07700 900777")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert [a.name for a in family.services.specifics.trusted_adults()] == ["Aunt Mei"]
    assert not dialog.error.text()  # added once, no second empty add
    qtbot.keyClicks(dialog.name, "Grandad Tom")
    dialog.reject()  # closed without pressing Add
    names = [a.name for a in family.services.specifics.trusted_adults()]
    assert names == ["Aunt Mei", "Grandad Tom"]
