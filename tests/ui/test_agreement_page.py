"""The Agreement page: suggestions to add, own lines, order, agreeing and reviewing."""

from datetime import date

import pytest
from modal import run_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.ui.itemdata import item_value
from familysafe.ui.pages.agreement import AgreementPage


@pytest.fixture
def page(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.household.add("Priya", Role.ADULT)
    page = AgreementPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def rows(widget):
    return [widget.item(r) for r in range(widget.count())]


def choose(widget, data_test) -> None:
    for item in rows(widget):
        data = item_value(item)
        if data is not None and data_test(data):
            widget.setCurrentItem(item)
            return
    raise AssertionError("not found")


def test_add_a_suggestion_then_agree_it(page, ctx):
    assert "Not written yet" in page.status.text() and not page.agree_button.isEnabled()
    first = next(item_value(i) for i in rows(page.suggestions) if item_value(i))
    choose(page.suggestions, lambda s: s.id == first.id)
    page.add_selected()
    lines = ctx.services.agreement.draft().lines
    assert [line.suggestion_id for line in lines] == [first.id]
    offered = [item_value(i) for i in rows(page.suggestions)]
    assert first.id not in [s.id for s in offered if s]  # no longer offered
    assert page.agree_button.isEnabled()

    def agree(dialog):
        household = ctx.services.household
        assert dialog.signers() == [household.get("Arun").id, household.get("Priya").id]
        dialog.save()

    run_modal(page.agree, agree)
    current = ctx.services.agreement.current()
    assert current.number == 1 and current.signed_by == ("Arun", "Priya")
    assert current.review_on == date(2027, 2, 23)
    assert "Version 1" in page.status.text() and not page.agree_button.isEnabled()


def test_own_line_for_one_child_edit_move_and_remove(page, ctx):
    section = ctx.services.agreement.sections()[1].id

    def write(dialog):
        dialog.section.setCurrentIndex(dialog.section.findData(section))
        dialog.text.setText("   ")
        dialog.save()
        assert dialog.text_error.isVisible()  # an empty line is refused, with a reason
        dialog.text.setText("Tablets sleep in the kitchen")
        dialog.children_list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()

    run_modal(page.write_own, write)

    def write_second(dialog):
        dialog.section.setCurrentIndex(dialog.section.findData(section))
        dialog.text.setText("Ask first")
        dialog.save()

    run_modal(page.write_own, write_second)
    lines = ctx.services.agreement.draft().lines
    assert [(x.text, x.children) for x in lines] == [
        ("Tablets sleep in the kitchen", ("Arun",)),
        ("Ask first", ()),
    ]
    assert any("(for Arun)" in i.text() for i in rows(page.lines))

    choose(page.lines, lambda x: x.text == "Ask first")
    page.move_selected(-1)
    assert [x.text for x in ctx.services.agreement.draft().lines][0] == "Ask first"

    choose(page.lines, lambda x: x.text == "Ask first")
    run_modal(page.edit_selected, lambda d: (d.text.setText("Ask a grown-up first"), d.save()))
    choose(page.lines, lambda x: x.text == "Tablets sleep in the kitchen")
    page.remove_selected()
    assert [x.text for x in ctx.services.agreement.draft().lines] == ["Ask a grown-up first"]


def test_review_kept_moves_the_next_review(page, ctx, monkeypatch):
    agreement = ctx.services.agreement
    agreement.add_line(agreement.sections()[0].id, text="We talk about it")
    agreement.agree([ctx.services.household.get("Priya").id], on=date(2026, 8, 1))
    page.refresh()
    assert page.reviewed_button.isEnabled()
    assert any(i.kind == "agreement-review" for i in ctx.services.planner.due(7))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.mark_reviewed()
    assert agreement.current().review_on == date(2027, 2, 23)
    assert not any(i.kind == "agreement-review" for i in ctx.services.planner.due(7))
