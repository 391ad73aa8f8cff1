"""Clear, kind errors (issue 16, item 6): they go when the input is fixed, speak the user's
dates, never show "[Errno ...]", and the family's words stay plain text."""

import errno
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from familysafe import words
from familysafe.core.bands import BirthMonth
from familysafe.core.errors import FamilySafeError, ValidationError
from familysafe.core.household import Role
from familysafe.services.exports import ExportOptions
from familysafe.ui.dialogs.app_picker import AppPickerDialog
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.dialogs.member_dialog import MemberDialog
from familysafe.ui.main_window import MainWindow
from familysafe.ui.pages.today import TodayPage
from familysafe.words.errors import error_text, os_error_text


def test_a_message_goes_when_the_name_is_fixed(qtbot, ctx):
    dialog = MemberDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.isVisible() and "name" in dialog.name_error.text()
    qtbot.keyClicks(dialog.name_edit, "A")
    assert not dialog.name_error.isVisible()


def test_log_a_talk_messages_go_when_ticked(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    dialog = LogTalkDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.members_error.isVisible()
    dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
    assert not dialog.members_error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.topics_error.isVisible()
    dialog.topics.item(0).setCheckState(Qt.CheckState.Checked)
    assert not dialog.topics_error.isVisible()
    dialog.follow_up_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.follow_up_error.text()
    assert dialog.follow_up_error.isVisible() and "1 to" not in message
    assert "characters" not in message and "200" in message
    qtbot.keyClicks(dialog.follow_up_text, "Turn off chat together")
    assert not dialog.follow_up_error.isVisible()


def test_dates_in_messages_are_the_users_way():
    words.use_language("en_GB")
    error = ValidationError("on", "date-future", "x", date="2027-01-05")
    assert error_text(error) == "The date 5 January 2027 is in the future."
    words.use_language("es")
    assert "2027-01-05" not in error_text(error) and "enero" in error_text(error)


@pytest.mark.parametrize(
    "code", [errno.ENOENT, errno.EACCES, errno.ENOSPC, errno.EROFS, errno.EISDIR, errno.EIO]
)
def test_file_errors_are_words_not_errno(code):
    words.use_language("en_GB")
    text = os_error_text(OSError(code, "raw"))
    assert "Errno" not in text and "raw" not in text and text


def test_saving_onto_a_folder_says_so_in_words(ctx, tmp_path):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    target = tmp_path / "plan.pdf"
    target.mkdir()
    words.use_language("en_GB")
    with pytest.raises(FamilySafeError) as caught:
        ctx.services.exports.export_pdf(target, ExportOptions(kind="plan"))
    text = error_text(caught.value)
    assert "Errno" not in text and "that is a folder, not a file" in text


def test_a_stale_today_entry_refreshes_the_page(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    card = page.cards()[0]
    ctx.services.household.add("Mira", Role.CHILD, BirthMonth(2014, 3))
    ctx.services.household.remove(
        ctx.services.household.get("Arun").id
    )  # elsewhere (the command line): the card is stale
    page.snooze(card.entry, 1)  # no error escapes
    assert "already dealt with" in page.status.text()
    assert [c.name for c in page.plan.children] == ["Mira"]  # the page is as it is now
    stale = page.cards()[0].entry
    ctx.services.household.remove(ctx.services.household.get("Mira").id)
    page.mark_done(stale)
    assert "already dealt with" in page.status.text()


NAME = "<u>Sam</u>"


def _labels_showing_the_name(widget: QWidget) -> list[QLabel]:
    return [
        label
        for label in widget.findChildren(QLabel)
        if "Sam" in label.text() and label.isVisibleTo(widget)
    ]


def _assert_plain(labels: list[QLabel]) -> None:
    for label in labels:
        plain = label.textFormat() == Qt.TextFormat.PlainText
        assert plain or "&lt;u&gt;" in label.text(), label.text()


def test_names_are_plain_text_everywhere(qtbot, ctx):
    s = ctx.services
    sam = s.household.add(NAME, Role.CHILD, BirthMonth(2016, 3)).id
    s.household.add("Priya", Role.ADULT)
    s.planner.add_apps(sam, ["roblox"])
    s.planner.log_talk([sam], ["safe-to-tell"])
    s.agreement.add_line(s.agreement.sections()[0].id, text="Phones downstairs")
    s.agreement.agree([sam, s.household.get("Priya").id], date(2026, 11, 20), date(2027, 2, 20))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    seen = 0
    for index in range(window.pages.count()):
        window.show_page(index)
        QApplication.processEvents()
        for tab in range(window.family_page.child_view.tabs.count()):
            window.family_page.child_view.tabs.setCurrentIndex(tab)
            labels = _labels_showing_the_name(window)
            _assert_plain(labels)
            seen += len(labels)
    assert seen >= 5
    picker = AppPickerDialog(ctx, sam)
    qtbot.addWidget(picker)
    labels = _labels_showing_the_name(picker)
    assert labels
    _assert_plain(labels)
