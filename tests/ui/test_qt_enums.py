"""What the start path uses instead of ``Qt`` (familysafe/ui/qt_enums.py) is what ``Qt`` says."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QScrollArea

from familysafe.ui import qt_enums
from familysafe.ui.translators import right_to_left


def test_the_numbers_are_qts_own():
    assert Qt.ItemDataRole.UserRole.value == qt_enums.USER_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == qt_enums.ACCESSIBLE_TEXT_ROLE
    assert Qt.AlignmentFlag.AlignCenter.value == qt_enums.ALIGN_CENTER


def test_enum_properties_are_set_by_name(qtbot):
    label = QLabel("<b>Sam</b>")
    qtbot.addWidget(label)
    assert qt_enums.plain_text(label) is label
    assert label.textFormat() == Qt.TextFormat.PlainText
    qt_enums.set_enum(label, "alignment", "AlignHCenter|AlignTop")
    assert label.alignment() == Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    area = QScrollArea()
    qtbot.addWidget(area)
    qt_enums.set_enum(area, "focusPolicy", "NoFocus")
    qt_enums.set_enum(area, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_name_qt_does_not_know_is_an_error(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="textFormat"):
        qt_enums.set_enum(label, "textFormat", "PlainTxt")
    with pytest.raises(ValueError, match="textFromat"):
        qt_enums.set_enum(label, "textFromat", "PlainText")
    assert label.textFormat() == Qt.TextFormat.AutoText


def test_a_solid_brush_is_qbrush_of_the_colour(qapp):
    for color in (QColor("#c62828"), QColor(10, 20, 30, 128), QColor("#ffffff")):
        assert qt_enums.solid_brush(color) == QBrush(color)


def test_the_direction_of_every_locale_is_qts(qapp):
    locales = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    assert len(locales) > 300
    wrong = [
        locale.name()
        for locale in locales
        if right_to_left(locale) != (locale.textDirection() == Qt.LayoutDirection.RightToLeft)
    ]
    assert wrong == []
    assert right_to_left(QLocale("ar_001")) and not right_to_left(QLocale("zh_CN"))
