"""Item data: None never reaches Qt, unset data is never read, and only itemdata.py touches it."""

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from familysafe.ui import itemdata

UI = Path(__file__).parents[2] / "familysafe" / "ui"
RAW = re.compile(
    r"\.(addItem|addItems|insertItem|insertItems|setData|setItemData|data|currentData|itemData|"
    r"findData)\("
)


def test_only_itemdata_touches_qt_item_data():
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "itemdata.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RAW.search(line)
    ]
    assert not found, "use familysafe.ui.itemdata instead:\n" + "\n".join(found)


def test_the_check_sees_raw_calls():
    for line in ("combo.addItem(text)", "item.data(ROLE)", "x.currentData()", "c.findData(v)"):
        assert RAW.search(line), line
    assert not RAW.search("itemdata.add_choice(combo, text, None)")


def test_choices_stand_for_values_including_none(qapp):
    combo = QComboBox()
    assert itemdata.current_choice(combo) is None  # nothing chosen, nothing read
    assert itemdata.choice_at(combo, 5) is None
    itemdata.add_choice(combo, "All ages", None)
    itemdata.add_choice(combo, "8-10", "8-10")
    itemdata.add_choice(combo, "Day not given", 0)
    assert combo.itemData(0) == itemdata.NO_VALUE  # Qt holds the stand-in, never None
    assert itemdata.current_choice(combo) is None
    assert itemdata.find_choice(combo, None) == 0
    assert itemdata.find_choice(combo, 0) == 2
    assert itemdata.select_choice(combo, "8-10") and itemdata.current_choice(combo) == "8-10"
    assert not itemdata.select_choice(combo, "missing") and combo.currentIndex() == 0


def test_list_items_carry_values_and_headings_are_never_asked(qapp):
    widget = QListWidget()
    heading = QListWidgetItem("Heading", widget)  # no value: itemdata never reads its data
    itemdata.add_item(widget, "Nobody", None)
    item = itemdata.add_item(widget, "Arun", {"id": 1})
    itemdata.list_item("Priya", 2, widget)
    assert itemdata.item_value(heading) is None and itemdata.item_value(None) is None
    assert itemdata.item_value(item) == {"id": 1}
    assert list(itemdata.values(widget)) == [(1, None), (2, {"id": 1}), (3, 2)]
    itemdata.set_item_value(item, None)
    assert item.data(itemdata.ROLE) == itemdata.NO_VALUE
    widget.setCurrentRow(0)
    assert itemdata.current_value(widget) is None
    try:
        itemdata.set_item_value(heading, 1)
    except ValueError:
        pass
    else:
        raise AssertionError("a heading cannot carry a value")


def test_the_helpers_do_not_drop_references_to_none(qapp):
    """PySide6 6.12.0 dropped one reference to None per call of each of these raw calls."""
    combo, widget, headings = QComboBox(), QListWidget(), QListWidget()
    heading = QListWidgetItem("Heading", headings)
    before = sys.getrefcount(None)
    for _ in range(2000):
        combo.clear()
        itemdata.add_choice(combo, "All", None)
        itemdata.current_choice(combo)
        itemdata.choice_at(combo, 0)
        itemdata.find_choice(combo, None)
        widget.clear()
        item = itemdata.add_item(widget, "x", None)
        itemdata.item_value(item)
        itemdata.item_value(heading)
    assert sys.getrefcount(None) >= before - 100
