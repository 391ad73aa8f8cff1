"""Issue 16 item 9: a look that invites. Sidebar icons of our own, drawn in the palette's colours
and mirrored right to left when they point; a child's initial on their own colour; checklist
progress as a small bar; empty pages with a drawing and one action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from familysafe import paths
from familysafe.ui import icons, theme
from familysafe.ui.main_window import MainWindow
from tests.ui.test_contrast import dark_palette
from tests.ui.ui_windows import close, seeded


def _image(icon: QIcon, size: int = 24):
    return icon.pixmap(size, size).toImage()


def test_every_sidebar_page_has_its_own_icon(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.help_button.icon().isNull())  # drawn once shown
    images = []
    for row in range(window.sidebar.count()):
        icon = window.sidebar.item(row).icon()
        assert not icon.isNull(), window.sidebar.item(row).text()
        images.append(_image(icon))
    assert len({img.cacheKey() for img in images}) == len(images)
    assert len({bytes(img.constBits()) for img in images}) == len(images)  # all different
    assert not window.help_button.icon().isNull()
    svgs = sorted(p.name for p in (paths.icons_dir() / "ui").glob("*.svg"))
    for svg in svgs:  # our own drawings: plain SVG, nothing fetched
        text = (paths.icons_dir() / "ui" / svg).read_text(encoding="utf-8")
        assert "http" not in text.replace("http://www.w3.org/2000/svg", ""), svg
    close(window)


def _ink(image) -> set[str]:
    colours = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.alpha() == 255:
                colours.add(c.name())
    return colours


def test_icons_are_drawn_in_the_palettes_text_colour(qapp):
    light = icons.line_icon("family", qapp.palette())
    dark = icons.line_icon("family", dark_palette())
    assert qapp.palette().color(QPalette.ColorRole.Text).name() in _ink(_image(light, 48))
    assert "#e8eaed" in _ink(_image(dark, 48))


def test_icons_that_point_are_mirrored_right_to_left(qapp):
    try:
        ltr = {n: _image(icons.line_icon(n, qapp.palette()), 32) for n in ("topics", "family")}
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        rtl = {n: _image(icons.line_icon(n, qapp.palette()), 32) for n in ("topics", "family")}
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert rtl["topics"] == ltr["topics"].flipped(Qt.Orientation.Horizontal)
    assert rtl["topics"] != ltr["topics"]
    assert rtl["family"] == ltr["family"]  # people do not point


def test_each_child_has_an_initial_on_their_own_colour(qtbot, ctx):
    seeded(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    sections = window.today_page.sections
    avatars = [s.avatar for s in sections if hasattr(s, "avatar")]
    assert len(avatars) == len(ctx.services.household.children())
    palette = window.palette()
    for avatar in avatars:
        image = avatar.grab().toImage()  # it paints itself
        centre = image.pixelColor(image.width() // 6 + 1, image.height() // 2)
        fill, ink = theme.avatar_colors(avatar.member_id, palette)
        assert centre.name() == fill.name()
        assert ink.name() in _ink(image)  # the initial is there, in the readable colour
        assert avatar.height() >= window.today_page.sections[0].heading.fontMetrics().height()
    view = window.family_page.child_view
    window.show_page(1)
    assert not view.avatar.pixmap().isNull()
    item = window.family_page.list.item(0)
    assert not item.icon().isNull()
    close(window)


def test_checklist_progress_is_a_small_bar(qtbot, ctx):
    seeded(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    child = ctx.services.household.children()[0].member.id
    window.open_checklist(child, "roblox")
    panel = window.family_page.child_view.apps.panel
    status = next(s for s in ctx.services.planner.apps(child) if s.app.id == "roblox")
    bar = panel.progress_bar
    assert bar.isVisibleTo(window)
    assert (bar.value(), bar.maximum()) == (status.checklist_done, status.checklist_total)
    assert bar.height() < 2 * bar.fontMetrics().height()  # small
    assert bar.accessibleName() == panel.progress.text()
    close(window)


def test_empty_pages_have_a_drawing_and_one_action(qtbot, ctx):
    window = MainWindow(ctx)  # a family with no one yet
    qtbot.addWidget(window)
    window.show()
    for page in (window.today_page, window.family_page):
        empty = page.empty
        if page is window.family_page:
            assert empty.picture.pixmap().isNull()  # drawn only when first shown
        window.show_page(window.pages.indexOf(page))
        assert not empty.picture.pixmap().isNull()
        buttons = [b for b in empty.findChildren(QPushButton) if not b.isHidden()]
        assert len(buttons) == 1
    asked = []
    window.family_page.add_member = lambda role: asked.append(role)
    window.today_page.empty.action.click()
    assert asked and window.pages.currentWidget() is window.family_page
    close(window)


def test_the_app_pickers_chosen_row_reads_on_the_highlight(qtbot, ctx, qapp):
    from familysafe.ui.dialogs.app_picker import AppPickerDialog

    seeded(ctx)
    before = qapp.palette()
    try:
        for palette in (before, dark_palette()):
            qapp.setPalette(palette)
            theme.apply()
            dialog = AppPickerDialog(ctx, ctx.services.household.children()[0].member.id)
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.list.setCurrentRow(2)
            highlight = dialog.list.palette().color(QPalette.ColorRole.Highlight)
            base = dialog.list.palette().color(QPalette.ColorRole.Base)
            for index, row in enumerate(dialog.rows[:4]):
                on = highlight if index == 2 else base
                for label in [row.check, *(x for x in row.findChildren(QLabel) if x.text())]:
                    fg = label.palette().color(QPalette.ColorRole.WindowText)
                    assert theme.contrast(fg, on) >= 4.5, (index, row.app.name)
            dialog.done(0)
    finally:
        qapp.setPalette(before)
        theme.apply()


def test_the_window_follows_the_system_switching_to_dark(qtbot, ctx, qapp):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.sidebar.item(1).icon().isNull())
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())  # what the desktop does, then it says so:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        p = qapp.palette()
        assert theme.contrast(p.color(p.ColorRole.Link), p.color(p.ColorRole.Base)) >= 4.5
        qtbot.waitUntil(lambda: "#e8eaed" in _ink(_image(window.sidebar.item(1).icon(), 48)))
    finally:
        qapp.setPalette(before)
        theme.apply()
    close(window)
