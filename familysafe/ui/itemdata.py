"""Values on combo-box choices and list items, without ever passing ``None`` through Qt.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` each time an invalid QVariant becomes
Python ``None`` (reading unset item data, ``addItem(text)`` with no data, ``currentData()`` with
nothing chosen) and each time ``None`` is stored as item data; after a few hundred such calls the
interpreter aborts ("none_dealloc"). We pin a good version, but keep the rule here, in one place:

- every combo choice and every list item that carries a value is made here, and always carries
  data (``NO_VALUE`` stands for ``None``);
- data is read only from choices and items made here (list items made here have their own item
  type, so an item without data, such as a heading, is never asked for it).

Nothing else in ``familysafe/ui`` calls ``addItem``/``setData``/``data``/``currentData``/
``itemData``/``findData`` itself (tests/ui/test_itemdata.py checks).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QListWidget, QListWidgetItem

from familysafe.ui.bidi import isolated
from familysafe.ui.qt_enums import ACCESSIBLE_TEXT_ROLE, USER_ROLE

if TYPE_CHECKING:  # not made at start-up, which has no combo box
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QComboBox

ROLE = USER_ROLE
NO_VALUE = "\x1ffamilysafe:no-value"  # what Qt holds for None; no real value looks like it
VALUE_ITEM = int(QListWidgetItem.ItemType.UserType) + 17  # the item type of list items made here


def _to_qt(value: object) -> object:
    return NO_VALUE if value is None else value


def _from_qt(data: object) -> object:
    if data is None or (isinstance(data, str) and data == NO_VALUE):
        return None
    return data


# Combo boxes --------------------------------------------------------------------------------


def add_choice(combo: QComboBox, text: str, value: object, icon: QIcon | None = None) -> int:
    """Add a choice showing ``text`` that stands for ``value`` (``None`` allowed); its index."""
    if icon is None:
        combo.addItem(text, _to_qt(value))
    else:
        combo.addItem(icon, text, _to_qt(value))
    return combo.count() - 1


def choice_at(combo: QComboBox, index: int) -> Any:
    """The value of the choice at ``index``; ``None`` when there is none there."""
    if not 0 <= index < combo.count():
        return None
    return _from_qt(combo.itemData(index, ROLE))


def current_choice(combo: QComboBox) -> Any:
    """The value of the chosen entry; ``None`` when nothing is chosen."""
    return choice_at(combo, combo.currentIndex())


def find_choice(combo: QComboBox, value: object) -> int:
    """The index of the choice standing for ``value``, or -1."""
    return combo.findData(_to_qt(value), ROLE)


def select_choice(combo: QComboBox, value: object, fallback: int = 0) -> bool:
    """Choose the entry for ``value``; else the one at ``fallback`` (if any). True when found."""
    index = find_choice(combo, value)
    if index >= 0:
        combo.setCurrentIndex(index)
        return True
    if 0 <= fallback < combo.count():
        combo.setCurrentIndex(fallback)
    return False


# List widgets -------------------------------------------------------------------------------


def list_item(text: str, value: object, parent: QListWidget | None = None) -> QListWidgetItem:
    """A list item showing ``text`` that carries ``value``; added to ``parent`` when given.
    In a right-to-left window a left-to-right line keeps its own order (``ui.bidi``)."""
    item = QListWidgetItem(isolated(text), parent, VALUE_ITEM)
    item.setData(ROLE, _to_qt(value))
    return item


def add_item(widget: QListWidget, text: str, value: object = None) -> QListWidgetItem:
    """Add an item to the end of ``widget``."""
    item = list_item(text, value)
    widget.addItem(item)
    return item


def set_item_value(item: QListWidgetItem, value: object) -> None:
    """Change the value an item made by :func:`list_item` carries."""
    if item.type() != VALUE_ITEM:
        raise ValueError("only items made by itemdata.list_item carry a value")
    item.setData(ROLE, _to_qt(value))


def item_value(item: QListWidgetItem | None) -> Any:
    """The value an item carries; ``None`` for no item or an item without a value (a heading)."""
    if item is None or item.type() != VALUE_ITEM:
        return None
    return _from_qt(item.data(ROLE))


def current_value(widget: QListWidget) -> Any:
    """The value of the current item, or ``None``."""
    return item_value(widget.currentItem())


def values(widget: QListWidget) -> Iterator[tuple[int, Any]]:
    """``(row, value)`` for each item that carries a value, in list order."""
    for row in range(widget.count()):
        item = widget.item(row)
        if item.type() == VALUE_ITEM:
            yield row, _from_qt(item.data(ROLE))


def set_accessible_text(item: QListWidgetItem, text: str) -> None:
    """What a screen reader says for the item (a string, never None)."""
    item.setData(ACCESSIBLE_TEXT_ROLE, text)
