"""The theme: tick boxes grow with the text size, a child's colour comes from their id and keeps
its initial readable, and the focus frame is part of the one style sheet."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from familysafe.ui import theme
from familysafe.ui.appearance import apply_text_size
from tests.ui.test_contrast import dark_palette


def indicator(qtbot, kind=QCheckBox) -> int:
    box = kind("Make the account private")
    qtbot.addWidget(box)
    box.show()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind is QCheckBox
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return box.style().subElementRect(element, option, box).height()


def test_tick_boxes_grow_with_the_text_size(qtbot, qapp):
    theme.apply()  # as the window's start-up does; the text size changes nothing in it
    sheet = qapp.styleSheet()
    sizes = {}
    try:
        for percent in (100, 150, 200):
            apply_text_size(percent)
            line = QFontMetrics(qapp.font()).height()
            sizes[percent] = indicator(qtbot)
            assert sizes[percent] >= line - 1, percent  # as tall as a line of text
            assert indicator(qtbot, QRadioButton) == sizes[percent]
    finally:
        apply_text_size(100)
    assert sizes[150] > sizes[100] and sizes[200] >= 1.8 * sizes[100]
    assert indicator(qtbot) == sizes[100]  # and back
    assert qapp.styleSheet() == sheet  # nothing styled again for a new text size


def test_the_focus_frame_is_in_the_application_style_sheet(qapp):
    theme.apply()
    assert theme.FOCUS_STYLE in qapp.styleSheet()
    assert "QListView:focus" in qapp.styleSheet()


@settings(max_examples=60, deadline=None)
@given(member_id=st.integers(min_value=1, max_value=10**9))
def test_a_childs_colour_keeps_its_initial_readable(qapp, member_id):
    for palette in (qapp.palette(), dark_palette()):
        fill, ink = theme.avatar_colors(member_id, palette)
        assert theme.contrast(fill, ink) >= 4.5
        assert theme.avatar_colors(member_id, palette) == (fill, ink)  # the same every time


def test_children_get_different_colours(qapp):
    fills = {theme.avatar_colors(n, qapp.palette())[0].name() for n in range(1, 9)}
    assert len(fills) >= 5


def test_readable_moves_a_colour_only_as_far_as_needed():
    from PySide6.QtGui import QColor

    white = QColor("#ffffff")
    assert theme.readable(QColor("#000000"), white) == QColor("#000000")
    made = theme.readable(QColor("#308cc6"), white)
    assert 4.5 <= theme.contrast(made, white) < 5.0
    assert abs(made.hslHueF() - QColor("#308cc6").hslHueF()) < 0.02  # still the same blue


def test_the_app_pickers_age_column_survives_the_largest_text(qtbot, ctx):
    from familysafe.core.bands import BirthMonth
    from familysafe.core.household import Role
    from familysafe.ui.dialogs.app_picker import AppPickerDialog

    rosa = ctx.services.household.add("Rosa", Role.CHILD, BirthMonth(2022, 5))  # under every limit
    apply_text_size(200)
    try:
        dialog = AppPickerDialog(ctx, rosa.id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(5)
        warned = [r for r in dialog.rows if "⚠" in r.age_label.text()]
        assert warned
        for row in dialog.rows:
            age = row.age_label
            if not age.text():
                continue
            needed = age.fontMetrics().horizontalAdvance(age.text())
            assert age.width() >= needed, (row.app.name, age.text())
            assert age.geometry().right() <= row.width(), row.app.name  # not pushed off
            viewport = dialog.list.viewport()
            assert age.mapTo(viewport, age.rect().bottomRight()).x() <= viewport.width()
            assert row.check.width() >= row.check.sizeHint().width(), row.app.name
    finally:
        apply_text_size(100)
