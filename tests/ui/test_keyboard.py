"""The keyboard (issue 16, item 4): Enter presses the focused button, focus is visible, Tab
never gets stuck, F1 works over dialogs, the app picker is one Tab stop with Space to tick, Alt
keys reach their fields, per-child settings follow the family's in Tab order, and Ctrl+1 to
Ctrl+6 are shown."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.dialogs.app_picker import AppPickerDialog
from familysafe.ui.dialogs.get_help import GetHelpDialog
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.dialogs.member_dialog import MemberDialog
from familysafe.ui.main_window import MainWindow
from familysafe.ui.pages.settings import SettingsPage


@pytest.fixture
def family(ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.household.add("Mira", Role.CHILD, BirthMonth(2014, 6))
    return ctx


def active(qtbot, widget):
    widget.show()
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)


@pytest.fixture
def window(qtbot, family):
    window = MainWindow(family)
    qtbot.addWidget(window)
    active(qtbot, window)
    return window


def test_enter_presses_the_focused_button_in_the_window(window, qtbot):
    window.show_page(window.pages.indexOf(window.family_page))
    button = window.family_page.add_child_button
    button.setFocus()
    opened = []

    def answer():
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog))
        dialog.reject()

    QTimer.singleShot(300, answer)  # after the button's animated click
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [MemberDialog]


def test_the_focused_list_is_shown_so(window, qtbot):
    sidebar = window.sidebar
    window.help_button.setFocus()
    qtbot.waitUntil(lambda: not sidebar.hasFocus())
    without = sidebar.grab().toImage()
    sidebar.setFocus()
    qtbot.waitUntil(sidebar.hasFocus)
    assert sidebar.grab().toImage() != without


def test_ctrl_numbers_are_shown_in_a_menu_and_on_the_sidebar(window):
    menu = next(
        m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Go to"
    )
    shortcuts = [a.shortcut().toString() for a in menu.actions()]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 7)]
    assert window.sidebar.item(0).toolTip() == "Today (Ctrl+1)"


def test_f1_opens_help_while_a_dialog_is_open(window, qtbot):
    seen = []

    def in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogTalkDialog)

        def in_help():
            help_dialog = QApplication.activeModalWidget()
            seen.append(type(help_dialog))
            help_dialog.reject()

        QTimer.singleShot(0, in_help)
        qtbot.keyClick(dialog.how, Qt.Key.Key_F1)
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    window.log_talk()
    assert seen == [GetHelpDialog]


def test_tab_goes_through_get_help_and_out(qtbot, family):
    dialog = GetHelpDialog(family)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    dialog.country.setFocus()
    visited = []
    for _ in range(80):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
        if visited[-1] is dialog.country:
            break
    names = [type(w).__name__ for w in visited]
    assert dialog.first_routes in visited, names  # the helplines' links are reached
    assert close in visited, names  # the links do not hold the focus
    assert visited[-1] is dialog.country, names  # round and back, never stuck


def test_the_app_picker_is_one_tab_stop_and_space_ticks(qtbot, family):
    dialog = AppPickerDialog(family, family.services.household.get("Arun").id)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.list
    assert dialog.list.currentRow() == 0
    first = dialog.rows[0]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert first.check.isChecked()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.rows[1].check.isChecked()
    assert dialog.chosen() == [dialog.rows[0].app.id, dialog.rows[1].app.id]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
    assert dialog.focusWidget() not in [r.check for r in dialog.rows]


@pytest.mark.parametrize(
    "letter,target", [(Qt.Key.Key_W, "members"), (Qt.Key.Key_T, "topic_search")]
)
def test_alt_keys_of_form_labels_reach_their_fields(qtbot, family, letter, target):
    dialog = LogTalkDialog(family)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, letter, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is getattr(dialog, target)


def test_each_childs_talk_setting_follows_the_familys_in_tab_order(qtbot, family):
    page = SettingsPage(family)
    qtbot.addWidget(page)
    page.show()
    QApplication.processEvents()  # new controls are shown once the events run
    chain, widget = [], page.talks.cadence
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(page):
            widget = widget.nextInFocusChain()
        chain.append(widget)
    children = list(page.talks.child_cadences.values())
    assert chain[:2] == children
    assert chain[2] is not children[-1]
