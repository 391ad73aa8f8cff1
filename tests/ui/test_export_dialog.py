"""The Export dialog: the right choices per document, a preview, notes off unless ticked, saving."""

import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui import itemdata
from familysafe.ui.background import wait_for_background
from familysafe.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def family(ctx):
    s = ctx.services
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.household.add("مريم", Role.CHILD, BirthMonth(2013, 9))
    s.household.add("Priya", Role.ADULT)
    s.planner.add_apps(s.household.get("Arun").id, ["roblox"])
    s.planner.log_talk([s.household.get("Arun").id], ["safe-to-tell"], notes="SECRET-NOTE")
    return ctx


@pytest.fixture
def dialog(qtbot, family, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "familysafe.ui.dialogs.export_output.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    dialog = ExportDialog(family, "plan")
    dialog.opened = opened
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    wait_for_background()


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def visible_rows(dialog):
    return {
        w
        for w in (dialog.notes, dialog.topic, dialog.contact, dialog.two_homes)
        if dialog.form.isRowVisible(w)
    }


def test_each_document_shows_its_own_choices(dialog):
    assert visible_rows(dialog) == {dialog.notes}
    dialog.kind.setCurrentIndex(dialog.kind.findData("cards"))
    assert visible_rows(dialog) == {dialog.topic} and dialog.band.count() > 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("carer"))
    assert visible_rows(dialog) == {dialog.contact}
    dialog.kind.setCurrentIndex(dialog.kind.findData("agreement"))
    assert visible_rows(dialog) == {dialog.two_homes}
    assert dialog.sections.count() > 0


def test_preview_shows_every_page(dialog, qtbot):
    dialog.timer.stop()  # no preview scheduled at showing starts after this one (a quick export
    # could finish first, and the scheduled one would then say "Preparing" over its pages)
    dialog.refresh_preview()
    # The page of a preview scheduled earlier may show first: wait for this one's status.
    qtbot.waitUntil(
        lambda: dialog.preview.has_page() and dialog.status.text().startswith("Pages"),
        timeout=20_000,
    )
    pages = dialog.preview.page_count()
    assert pages >= 2 and dialog.status.text() == f"Pages: {pages}."
    assert len(dialog.preview.page_labels()) == pages


def test_notes_are_left_out_unless_ticked_with_a_warning(dialog, qtbot, tmp_path):
    dialog.save(str(tmp_path / "plan"))
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    assert dialog.saved == tmp_path / "plan.pdf"
    assert stat.S_IMODE(dialog.saved.stat().st_mode) == 0o600
    assert "SECRET-NOTE" not in text_of(dialog.saved) and "Arun" in text_of(dialog.saved)
    assert dialog.opened == [str(dialog.saved)]

    dialog.notes.setChecked(True)
    assert dialog.notes_warning.isVisible() and "can read them" in dialog.notes_warning.text()
    dialog.saved = None
    dialog.save(str(tmp_path / "with-notes.pdf"))
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    assert "SECRET-NOTE" in text_of(dialog.saved)


def test_only_the_children_ticked(dialog, qtbot, tmp_path):
    dialog.kind.setCurrentIndex(dialog.kind.findData("carer"))
    dialog.children_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # Arun
    dialog.family_name.setText("The Ahmed-Shah family")
    dialog.family_name.editingFinished.emit()
    dialog.save(str(tmp_path / "carer.pdf"))
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    text = text_of(dialog.saved)
    assert "Arun" not in text and "The Ahmed-Shah family" in text
    assert dialog._ctx.services.settings.family_name() == "The Ahmed-Shah family"


def test_a_failed_save_says_why_and_keeps_the_dialog(dialog, qtbot, tmp_path):
    dialog.save(str(tmp_path / "missing-folder" / "plan.pdf"))
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert "does not exist" in dialog.error.text() and dialog.save_button.isEnabled()


def test_an_empty_contact_line_is_warned_about_and_prints_lines_to_write_on(dialog, tmp_path):
    itemdata.select_choice(dialog.kind, "carer")
    assert dialog.contact.text() == ""
    assert dialog.form.isRowVisible(dialog.contact_warning)
    assert "blank lines" in dialog.contact_warning.text()
    dialog.contact.setText("Mum: 07700 900123")
    assert not dialog.form.isRowVisible(dialog.contact_warning)
    dialog.contact.setText("")
    assert dialog.form.isRowVisible(dialog.contact_warning)
    itemdata.select_choice(dialog.kind, "plan")
    assert not dialog.form.isRowVisible(dialog.contact_warning)


def test_the_paper_is_chosen_in_the_dialog(dialog, qtbot, tmp_path):
    assert itemdata.current_choice(dialog.paper) == "a4"  # no country chosen: GB's A4
    itemdata.select_choice(dialog.kind, "carer")
    itemdata.select_choice(dialog.paper, "letter")
    path = tmp_path / "carer.pdf"
    dialog.save(str(path))
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    page = PdfReader(path).pages[0]
    assert round(float(page.mediabox.width)) == 612
    assert "______" in page.extract_text()  # no contact saved: lines to write on


def test_cards_default_to_the_familys_childrens_bands(dialog):
    dialog.children_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # Arun (8-10)
    itemdata.select_choice(dialog.kind, "cards")
    itemdata.select_choice(dialog.topic, "safe-to-tell")
    assert itemdata.current_choice(dialog.band) == "13-15"  # مريم's, not the topic's first
    itemdata.select_choice(dialog.band, "5-7")
    itemdata.select_choice(dialog.topic, "strangers-in-games")
    assert itemdata.current_choice(dialog.band) == "5-7"  # a band chosen stays
