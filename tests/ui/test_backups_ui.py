"""Settings > Backups, removing someone from backups, the damage dialog and unexpected errors."""

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from familysafe import logs
from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.services import open_services
from familysafe.ui import trouble
from familysafe.ui.pages.family import FamilyPage
from familysafe.ui.pages.settings import SettingsPage


@pytest.fixture
def asked(monkeypatch):
    """Answer "Yes" to every question, keeping what each one said."""
    from familysafe.ui.widgets import confirm

    texts = []

    def ask(parent, title, text, action):
        texts.append(text)
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return texts


@pytest.fixture
def page(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_back_up_now_and_restore_with_a_confirmation_that_says_what_comes_back(
    qtbot, ctx, page, asked
):
    household = ctx.services.household
    household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    family = FamilyPage(ctx)
    qtbot.addWidget(family)
    family.show()  # on screen, as the restored data is seen (a hidden page catches up later)
    page.refresh()
    assert page.backups.list.topLevelItemCount() == 0
    qtbot.mouseClick(page.backups.back_up_now, Qt.MouseButton.LeftButton)
    assert page.backups.list.topLevelItemCount() == 1
    item = page.backups.list.topLevelItem(0)
    assert (item.text(1), item.text(2)) == ("1", "0")

    household.add("Priya", Role.ADULT)
    household.add("Sam", Role.ADULT)
    ctx.household_changed.emit()
    assert family.list.count() == 3
    page.refresh()
    page.backups.list.setCurrentItem(page.backups.list.topLevelItem(0))
    qtbot.mouseClick(page.backups.restore_button, Qt.MouseButton.LeftButton)
    assert "1 people and 0 talks" in asked[0] and "backed up first" in asked[0]
    assert [v.name for v in household.members()] == ["Arun"]
    assert family.list.count() == 1  # the window shows the restored data at once
    kinds = [b.kind for b in ctx.services.backups.list()]
    assert "before-restore" in kinds
    assert page.backups.list.topLevelItemCount() == len(kinds)
    household.add("Kai", Role.ADULT)  # and the database works after it was reopened
    assert len(household.members()) == 2


def test_removing_someone_offers_to_remove_them_from_backups_and_does(qtbot, ctx, asked):
    s = ctx.services
    s.household.add("Xanthippe", Role.CHILD, BirthMonth(2017, 3))
    s.household.add("Priya", Role.ADULT)  # a backup is made before this change
    s.backups.make("manual")
    files = [b.path for b in s.backups.list()]
    assert files and all(b"Xanthippe" in f.read_bytes() for f in files)
    family = FamilyPage(ctx)
    qtbot.addWidget(family)
    family.list.setCurrentRow(0)
    qtbot.mouseClick(family.remove_button, Qt.MouseButton.LeftButton)
    assert "Backups keep them until they rotate out" in asked[0]
    assert len(asked) == 2 and "backups still hold Xanthippe" in asked[1]
    for f in files:
        assert b"Xanthippe" not in f.read_bytes() and b"xanthippe" not in f.read_bytes()
    assert sorted(b.contents.members for b in s.backups.list()) == [0, 1]  # Priya stays


def test_damaged_data_offers_its_newest_good_backup_and_restores_it(qtbot, data_dir, clock):
    with open_services(data_dir, clock) as s:
        s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
        good = s.backups.make("manual")
    (data_dir / "familysafe.db").write_bytes(b"\x00" * 8192)
    with pytest.raises(Exception) as err:
        open_services(data_dir, clock)
    assert err.value.code == "database-damaged"
    shown = []

    def click_restore():
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        button = next(b for b in box.buttons() if "Restore this backup" in b.text())
        button.click()

    QTimer.singleShot(0, click_restore)
    assert trouble.offer_restore(err.value, data_dir, clock)
    assert good.id in shown[0]
    with open_services(data_dir, clock) as s:
        assert [v.name for v in s.household.members()] == ["Arun"]


def test_unexpected_errors_are_logged_without_family_words_and_said_honestly(services, monkeypatch):
    said = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: said.append(text))
    )
    hook = trouble.exception_hook(lambda: services.backups)
    try:
        raise ValueError("Quetzalcoatl-Private told us a secret")
    except ValueError:
        hook(*sys.exc_info())
    log = logs.log_file().read_text()
    assert "ValueError" in log and "test_backups_ui.py" in log
    assert "Quetzalcoatl" not in log and "secret" not in log
    assert "may not have been saved" in said[0] and str(logs.log_file()) in said[0]
    assert "is safe" not in said[0]
