from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from familysafe.core.bands import BirthMonth
from familysafe.core.due import DueKind
from familysafe.core.household import Role
from familysafe.ui.appearance import apply_text_size
from familysafe.ui.dialogs.log_talk import LogTalkDialog
from familysafe.ui.pages.today import TodayPage
from familysafe.ui.today.sections import ChildSection, FamilySection


def shown(qtbot, ctx) -> TodayPage:
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def card(page: TodayPage, kind: DueKind):
    return next(c for c in page.cards() if c.entry.kind is kind)


def test_empty_today_explains(qtbot, ctx):
    page = shown(qtbot, ctx)
    assert page.stack.currentWidget() is page.empty


def test_today_is_the_due_plan_grouped_by_child_then_the_family(qtbot, ctx, clock):
    s = ctx.services
    s.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    s.household.add("Lucia", Role.CHILD, BirthMonth(2013, 9))
    s.planner.add_apps(s.household.get("Arun").id, ["roblox"])
    page = shown(qtbot, ctx)
    # Exactly what `familysafe due` lists, in the same order.
    assert page.entries() == list(s.planner.due(7))
    arun, lucia, family = page.sections
    assert isinstance(arun, ChildSection) and arun.heading.text() == "Arun"
    assert arun.band.text() == "Ages 8 to 10"
    assert arun.progress is not None and arun.progress.value() == 0
    assert arun.progress.accessibleName() == "0 of 5 settings in place"
    assert [c.entry.kind for c in arun.cards] == [DueKind.TALK, DueKind.SETTINGS]
    assert lucia.progress is None and [c.entry.kind for c in lucia.cards] == [DueKind.TALK]
    assert isinstance(family, FamilySection)
    assert [c.entry.kind for c in family.cards] == [DueKind.CHECK_IN]
    assert page.header.subtitle.text() == "Today: 2 talks and 1 app to check."
    # The talk shows its topic and a first conversation starter, to start tonight.
    talk = arun.cards[0]
    texts = [label.text() for label in talk.findChildren(QLabel)]
    assert any(t.startswith("Suggested topic: “") for t in texts)
    assert any(t.startswith("You could start with: “") for t in texts)
    assert talk.primary_button.text() == "Log the talk…"
    settings = arun.cards[1]
    assert settings.title.text() == "Roblox for Arun: 5 settings to set up"
    assert settings.primary_button.text() == "Open the settings"
    assert card(page, DueKind.CHECK_IN).primary_button.text() == "Mark done"
    # Overdue is said calmly, with a date, never a growing bold count.
    clock.at = clock.at.replace(month=12, day=2)
    page.refresh()
    talk = page.sections[0].cards[0]
    assert talk.when.text().startswith("Since ") and "overdue" not in talk.when.text()
    assert not talk.when.font().bold()


def test_log_the_talk_from_today_and_the_page_says_all_is_done(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    page = shown(qtbot, ctx)
    talk = card(page, DueKind.TALK)

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogTalkDialog)
        # Arun is ticked already, and the suggested topic too: save.
        assert dialog.result() == 0
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(talk.primary_button, Qt.MouseButton.LeftButton)
    history = ctx.services.planner.history(ctx.services.household.get("Arun").id)
    assert len(history) == 1 and history[0].record.on == date(2026, 11, 23)
    assert history[0].record.topic_ids == (talk.entry.topic_id,)
    assert DueKind.TALK not in {e.kind for e in page.entries()}
    # Mark the check-in done: nothing left today, and the page says what comes next, and when.
    qtbot.mouseClick(card(page, DueKind.CHECK_IN).primary_button, Qt.MouseButton.LeftButton)
    subtitle = page.header.subtitle.text()
    assert subtitle.startswith("All done for today. Next: ")
    assert "Talk with Arun" in subtitle or "talk with Arun" in subtitle
    assert page.sections[0].note.text().startswith("Nothing due this week. Next talk: ")
    # A follow-up in the week: the child's part still says when the next talk is.
    ctx.services.planner.log_talk(
        [ctx.services.household.get("Arun").id],
        [talk.entry.topic_id],
        follow_ups=[("Turn off chat", date(2026, 11, 26))],
    )
    ctx.household_changed.emit()
    assert [c.entry.kind for c in page.sections[0].cards] == [DueKind.FOLLOW_UP]
    assert page.sections[0].note.text().startswith("Next talk: ")


def test_snoozing_says_until_when_and_the_entry_comes_back_then(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    page = shown(qtbot, ctx)
    settings = card(page, DueKind.SETTINGS)
    menu = settings.snooze_button.menu()
    assert [a.text() for a in menu.actions()] == ["Until tomorrow", "For a week"]
    menu.actions()[0].trigger()
    assert page.status.text().startswith("Snoozed until ") and page.status.isVisible()
    back = card(page, DueKind.SETTINGS)
    assert not back.entry.is_due and back.entry.due_on == date(2026, 11, 24)
    assert back.snooze_button is None  # coming up: nothing to snooze yet
    assert page.header.subtitle.text() == "Today: 1 talk."


def test_every_action_is_reachable_by_keyboard_with_a_name(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    page = shown(qtbot, ctx)
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName() or button.text()
    first = page.cards()[0].primary_button
    first.setFocus()
    order = [first]
    for _ in range(len(buttons) - 1):
        order.append(order[-1].nextInFocusChain())
    assert order[:3] == [
        page.cards()[0].primary_button,
        page.cards()[0].more_button,
        page.cards()[0].snooze_button,
    ]
    for c in page.cards():
        assert c.accessibleName().startswith(c.title.text())
    page.select("settings:1:roblox")
    assert page.focusWidget() is card(page, DueKind.SETTINGS).primary_button


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + (0.0722 * channel(color.blueF()))
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _background(widget: QWidget) -> QColor:
    """The colour a widget's text is drawn on: the nearest ancestor that fills its background."""
    while widget.parentWidget() is not None and not widget.autoFillBackground():
        widget = widget.parentWidget()
    return widget.palette().color(QPalette.ColorGroup.Active, widget.backgroundRole())


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#3c4043"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def test_every_line_reads_at_4_5_to_1_light_and_dark(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    ctx.services.planner.snooze("settings:1:roblox", 1)  # a "coming up" entry too
    app = QApplication.instance()
    before = app.palette()
    try:
        for palette in (before, dark_palette()):
            app.setPalette(palette)
            page = shown(qtbot, ctx)
            labels = [x for x in page.findChildren(QLabel) if x.isVisible() and x.text()]
            assert len(labels) > 8
            for label in labels:
                fg = label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())
                ratio = contrast(fg, _background(label))
                assert ratio >= 4.5, (label.text(), ratio)
                assert label.isEnabled()  # never the disabled grey
    finally:
        app.setPalette(before)


def test_at_150_percent_text_nothing_is_cut(qtbot, ctx):
    ctx.services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    ctx.services.planner.add_apps(ctx.services.household.get("Arun").id, ["roblox"])
    apply_text_size(150)
    try:
        page = shown(qtbot, ctx)
        page.resize(1000, 700)
        qtbot.wait(10)
        for button in page.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.text()
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.text():
                assert label.height() >= label.heightForWidth(label.width()) - 1 or (
                    not label.wordWrap() and label.width() >= label.sizeHint().width()
                ), label.text()
    finally:
        apply_text_size(100)
