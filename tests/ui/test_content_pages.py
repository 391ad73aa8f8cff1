from PySide6.QtCore import Qt

from familysafe.core.bands import Band, BirthMonth
from familysafe.core.household import Role
from familysafe.ui.dialogs.get_help import GetHelpDialog
from familysafe.ui.main_window import MainWindow
from familysafe.ui.pages.apps import AppsPage
from familysafe.ui.pages.topics import TopicsPage


def topic_ids(page: TopicsPage) -> list[str]:
    return [page.list.item(r).data(Qt.ItemDataRole.UserRole).id for r in range(page.list.count())]


def test_topics_page_filters_by_child_band_feature_and_search(qtbot, ctx):
    ctx.services.household.add("Rosa", Role.CHILD, BirthMonth(2022, 6))
    page = TopicsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    everything = topic_ids(page)
    assert len(everything) >= 60

    page.who.setCurrentIndex(page.who.findText("Rosa (Under 5)"))
    young = topic_ids(page)
    assert young and len(young) < len(everything)
    assert all(ctx.services.library.topic(t).suits(Band.UNDER_5) for t in young)
    assert "sharing-nudes-and-the-law" not in young

    page.who.setCurrentIndex(0)
    page.feature.setCurrentIndex(page.feature.findData("live-streaming"))
    live = topic_ids(page)
    assert "live-streaming-dares" in live
    assert all("live-streaming" in ctx.services.library.topic(t).features for t in live)

    page.feature.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "sextortion")
    assert "sextortion-never-your-fault" in topic_ids(page)
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzz no such words")
    assert page.list.count() == 0 and "No topic matches" in page.view.toPlainText()


def test_topic_guide_shows_starters_for_the_chosen_band_only(qtbot, ctx):
    page = TopicsPage(ctx)
    qtbot.addWidget(page)
    page.show_for(Band.AGE_13_15, "live-streaming-dares")
    text = page.view.toPlainText()
    topic = ctx.services.library.topic("live-streaming-dares")
    assert topic.title in text
    assert topic.starters[Band.AGE_13_15][0] in text
    assert topic.starters[Band.AGE_8_10][0] not in text
    assert "If it happens" in text and "Why it matters" in text


def test_apps_page_shows_checklist_and_features(qtbot, ctx):
    page = AppsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.list.count() >= 40
    qtbot.keyClicks(page.search, "tiktok")
    assert page.list.count() == 1
    text = page.view.toPlainText()
    tiktok = ctx.services.library.app("tiktok")
    assert all(item.title in text for item in tiktok.checklist)
    assert "Live-streaming" in text and "13" in text
    assert "Going LIVE needs 18+" in text and "AU 16" in text
    page.search.clear()
    qtbot.keyClicks(page.search, "call of duty")
    assert "PEGI 18" in page.view.toPlainText()


def test_get_help_is_one_click_from_every_page(qtbot, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(GetHelpDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        assert window.help_button.isVisible()
        qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    assert len(opened) == window.sidebar.count()


def test_get_help_shows_the_country_routes_for_the_guide(qtbot, ctx):
    ctx.services.settings.set_country("AU")
    dialog = GetHelpDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "AU"
    dialog.show_guide("sextortion")
    text = dialog.view.toPlainText()
    assert "000" in text  # Australia's emergency number
    assert "Do not" in text or "Please do not" in text
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    text = dialog.view.toPlainText()
    assert "999" in text and "United Kingdom" in text


def test_choosing_a_country_in_get_help_remembers_it(qtbot, ctx):
    dialog = GetHelpDialog(ctx)
    qtbot.addWidget(dialog)
    index = dialog.country.findData("IE")
    dialog.country.setCurrentIndex(index)
    dialog.country.activated.emit(index)
    assert ctx.services.settings.country() == "IE"
    again = GetHelpDialog(ctx)
    qtbot.addWidget(again)
    assert again.country.currentData() == "IE"


def test_get_help_opens_with_the_emergency_number_first_and_large(qtbot, ctx):
    from familysafe.ui.appearance import apply_text_size

    ctx.services.settings.set_country("US")
    apply_text_size(150)
    try:
        dialog = GetHelpDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.emergency.text() == "In an emergency, call 911"
        routes = dialog.first_routes.text()
        assert "988" in routes or "Childhelp" in routes  # a helpline to call
        assert dialog.layout().itemAt(0).widget().isAncestorOf(dialog.emergency)
        for label in (dialog.emergency, dialog.first_routes):  # seen without scrolling
            bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
            assert label.isVisible() and 0 < bottom < dialog.height() / 2
        assert dialog.emergency.font().pointSizeF() > dialog.guides.font().pointSizeF() * 1.5
        dialog.country.setCurrentIndex(dialog.country.findData("AU"))
        assert dialog.emergency.text() == "In an emergency, call 000"
        assert "Kids Helpline" in dialog.first_routes.text()
        assert "eSafety" in dialog.first_routes.text()  # and where to report
    finally:
        apply_text_size(100)
