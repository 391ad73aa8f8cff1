import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.dialogs.member_dialog import MemberDialog
from familysafe.ui.pages.family import FamilyPage


def fill_and_save(qtbot, dialog: MemberDialog, name: str, year: int, month: int, day: int = 0):
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.year_spin.setValue(year)
    dialog.month_combo.setCurrentIndex(month - 1)
    dialog.day_combo.setCurrentIndex(day)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_empty_state_explains_what_to_do_first(qtbot, ctx):
    page = FamilyPage(ctx)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty
    assert "nickname" in page.empty.text.text()


def test_add_child_through_the_dialog(qtbot, ctx):
    dialog = MemberDialog(ctx)
    qtbot.addWidget(dialog)
    fill_and_save(qtbot, dialog, "Arun", 2017, 3)
    assert dialog.result() == dialog.DialogCode.Accepted
    member = ctx.services.household.get("Arun")
    assert member.role is Role.CHILD and member.born == BirthMonth(2017, 3)


def test_add_adult_hides_the_birth_month(qtbot, ctx):
    dialog = MemberDialog(ctx, role=Role.ADULT)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.born_widget.isVisible()
    qtbot.mouseClick(dialog.child_radio, Qt.MouseButton.LeftButton)
    assert dialog.born_widget.isVisible()
    qtbot.mouseClick(dialog.adult_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Grandma")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.services.household.get("grandma").role is Role.ADULT


def test_validation_messages_show_next_to_the_field(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    dialog = MemberDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_and_save(qtbot, dialog, "ARUN", 2018, 1)
    assert dialog.isVisible() and dialog.name_error.isVisible()
    assert "already" in dialog.name_error.text()
    fill_and_save(qtbot, dialog, "", 2018, 1)
    assert "nickname" in dialog.name_error.text()
    fill_and_save(qtbot, dialog, "Rosa", 2026, 12)  # in the future (today is 2026-11-23)
    assert dialog.born_error.isVisible() and "future" in dialog.born_error.text()
    assert not dialog.name_error.isVisible()
    fill_and_save(qtbot, dialog, "Rosa", 2023, 2, 30)
    assert "does not have that day" in dialog.born_error.text()
    assert [v.name for v in ctx.services.household.members()] == ["Arun"]


def test_edit_and_remove_from_the_family_page(qtbot, ctx, answer_yes):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.household.add("Priya", Role.ADULT)
    page = FamilyPage(ctx)
    qtbot.addWidget(page)
    page.show()  # its buttons are clicked, so it is on screen
    assert page.list.count() == 2
    assert "Arun" in page.list.item(0).text() and "8 to 10" in page.list.item(0).text()

    def edit_open_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MemberDialog)
        fill_and_save(qtbot, dialog, "Arun K", 2014, 5)

    page.list.setCurrentRow(0)
    QTimer.singleShot(0, edit_open_dialog)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert "Arun K" in page.list.item(0).text()
    assert ctx.services.household.get("Arun K").born == BirthMonth(2014, 5)

    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert answer_yes == ["Remove Arun K?", "Remove Arun K from the backups too?"]
    assert [v.name for v in ctx.services.household.members()] == ["Priya"]
    assert page.list.count() == 1


def test_cancel_changes_nothing(qtbot, ctx):
    dialog = MemberDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Arun")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert ctx.services.household.members() == []


def cut_short(view) -> list[str]:
    """The rows of ``view`` whose text is not all drawn: wider than the list's inside, too
    short for their wrapped lines, or with a word wider than the room for text."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    found = []
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        view.itemDelegate().initStyleOption(option, view.indexFromItem(item))
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        room = text.width() - 2 * margin
        metrics = QFontMetrics(option.font)
        wrap = Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), wrap, item.text()).height()
        longest = max(metrics.horizontalAdvance(w) for w in item.text().split())
        if rect.right() >= view.viewport().width() or needed > text.height() or longest > room:
            found.append(item.text().replace("\n", " / "))
    return found


@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("width", [560, 760, 1000])
def test_german_roles_and_ages_are_shown_whole_at_any_width(qtbot, ctx, qapp, percent, width):
    """ "Erwachsen oder Betreuungsperson" and "13 Jahre · 13 bis 15 Jahre" wrap in the Family
    list at 100% and 150% text; a line that only just fitted was once cut short with "…"."""
    from PySide6.QtCore import QLocale

    from familysafe.services import demo
    from familysafe.ui.appearance import apply_text_size
    from familysafe.ui.translators import install_translators

    assert install_translators(QLocale("de"))
    apply_text_size(percent)
    try:
        demo.seed(ctx.services)
        page = FamilyPage(ctx)
        qtbot.addWidget(page)
        page.resize(width, 600)
        page.show()
        qtbot.waitExposed(page)
        for _ in range(3):
            QApplication.processEvents()
        texts = [page.list.item(row).text() for row in range(page.list.count())]
        assert any("Betreuungsperson" in t for t in texts)  # German, as the test means
        assert cut_short(page.list) == []
    finally:
        apply_text_size(100)
        install_translators(QLocale("en_GB"))
