"""The shell: a sidebar of pages and the page shown. Pages own their behaviour.

Only the first page (Today) is built with the window. Each other page is made, and its module
imported, the first time it is shown or used (``family_page`` and the like build it on demand):
start-up imports and lays out one page, not six, and shows the window sooner.
"""

from __future__ import annotations

import copy
import importlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.about import APP_NAME
from familysafe.core.errors import NotFoundError
from familysafe.core.household import Role
from familysafe.ui import icons, itemdata, theme
from familysafe.ui.context import AppContext
from familysafe.ui.first_paint import when_first_painted
from familysafe.ui.pages.today import TodayPage
from familysafe.ui.window_fit import scrolling

if TYPE_CHECKING:
    from familysafe.ui.keyboard import KeyboardHelp
    from familysafe.ui.pages.agreement import AgreementPage
    from familysafe.ui.pages.apps import AppsPage
    from familysafe.ui.pages.family import FamilyPage
    from familysafe.ui.pages.settings import SettingsPage
    from familysafe.ui.pages.topics import TopicsPage

# The pages after Today, in the sidebar's order: the module and class that make each, its icon.
LATER_PAGES = (
    ("familysafe.ui.pages.family", "FamilyPage", "family"),
    ("familysafe.ui.pages.topics", "TopicsPage", "topics"),
    ("familysafe.ui.pages.apps", "AppsPage", "apps"),
    ("familysafe.ui.pages.agreement", "AgreementPage", "agreement"),
    ("familysafe.ui.pages.settings", "SettingsPage", "settings"),
)


def later_page_title(name: str) -> str:
    """A page's title before it is made: what the page itself says (the same translation
    context and source; a test checks)."""
    translate = QCoreApplication.translate
    return {
        "FamilyPage": translate("FamilyPage", "Family"),
        "TopicsPage": translate("TopicsPage", "Topics"),
        "AppsPage": translate("AppsPage", "Apps & privacy"),
        "AgreementPage": translate("AgreementPage", "Agreement"),
        "SettingsPage": translate("SettingsPage", "Settings"),
    }[name]


class PageSlot(QWidget):
    """Where a page not yet made will be: it knows the page's title and how to make it."""

    def __init__(self, module: str, name: str) -> None:
        super().__init__()
        self.module, self.name = module, name
        self.title = later_page_title(name)

    def make(self, ctx: AppContext) -> QWidget:
        return getattr(importlib.import_module(self.module), self.name)(ctx)


class MainWindow(QMainWindow):
    quit_requested = Signal()
    # Settings' requests, passed on from the Settings page once it is made.
    language_changed = Signal(str)  # "" for the system's language
    text_size_changed = Signal(int)  # per cent
    reminders_changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        title = APP_NAME if not ctx.demo else self.tr("{app} (sample family)").format(app=APP_NAME)
        self.setWindowTitle(title)

        self.page_actions: list[QAction] = []  # Ctrl+1 to Ctrl+6, listed in the "Go to" menu
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        icon_side = round(self.fontMetrics().height() * 1.5)  # icons grow with the text
        self.sidebar.setIconSize(QSize(icon_side, icon_side))
        self.sidebar.setSpacing(2)
        self._icon_names: list[str] = []
        self.pages = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.pages.currentChanged.connect(self._size_to_current_page)

        self.today_page = TodayPage(ctx)
        self.add_page(self.today_page, self.today_page.title, "today")
        for module, name, icon in LATER_PAGES:
            slot = PageSlot(module, name)
            self.add_page(slot, slot.title, icon)
        self._size_to_current_page(0)
        # As wide as the longest page name with its icon (in this language and text size).
        names = [self.sidebar.item(row).text() for row in range(self.sidebar.count())]
        widest = max(self.fontMetrics().horizontalAdvance(name) for name in names)
        self.sidebar.setFixedWidth(max(180, widest + icon_side + 48))
        self.today_page.open_topic.connect(self.open_topic)
        self.today_page.open_agreement.connect(
            lambda: self.show_page(self.pages.indexOf(self.agreement_page))
        )
        self.today_page.open_checklist.connect(self.open_checklist)
        self.today_page.add_child.connect(self.add_child)

        # One click from every page, and F1: calm help when something has gone wrong.
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.setToolTip(self.tr("What to do if something has happened (F1)"))
        self.help_button.setMinimumHeight(round(self.fontMetrics().height() * 2.6))
        self.help_button.setIconSize(QSize(icon_side, icon_side))
        font = self.help_button.font()
        font.setBold(True)
        self.help_button.setFont(font)
        self.help_button.clicked.connect(self.get_help)

        central = QWidget()
        layout = QHBoxLayout(central)
        side = QVBoxLayout()
        side.addWidget(self.sidebar, 1)
        side.addWidget(self.help_button)
        if ctx.demo:
            note = QLabel(self.tr("Sample family: changes are not kept."))
            note.setWordWrap(True)
            side.addWidget(note)
        layout.addLayout(side)
        # Smaller than a page's least size (a small or scaled screen), the page scrolls.
        self.page_scroll = scrolling(self.pages, horizontal=True)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)
        self._menus()
        theme.apply()  # already, when started by ui.app; a no-op then
        # The keys for the whole application once the window has painted (start-up time).
        self._keys: KeyboardHelp | None = None
        when_first_painted(self, self._install_keys)
        # Drawn a moment later: the window maps without waiting for them (start-up time).
        QTimer.singleShot(0, self, self._draw_icons)
        self.sidebar.setCurrentRow(0)
        self.resize(1100, 720)

    def _install_keys(self) -> None:
        from familysafe.ui import keyboard

        self._keys = keyboard.install(lambda over: self.get_help(parent=over), self)

    def _draw_icons(self) -> None:
        """The sidebar's and the help button's icons, in the palette's colours."""
        palette = self.palette()
        size = self.sidebar.iconSize().width()
        for row, name in enumerate(self._icon_names):
            self.sidebar.item(row).setIcon(icons.line_icon(name, palette, size))
        button = copy.copy(palette)  # not QPalette(palette): that makes ``Qt`` (qt_enums)
        button.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.ButtonText))
        self.help_button.setIcon(icons.line_icon("help", button, size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_icon_names", None):
            self._draw_icons()  # the system switched between light and dark
        super().changeEvent(event)

    def add_page(self, page: QWidget, title: str, icon: str) -> None:
        item = itemdata.add_item(self.sidebar, title, title)
        itemdata.set_accessible_text(item, title)
        self._icon_names.append(icon)
        self.pages.addWidget(page)
        index = self.sidebar.count()
        if index <= 9:
            action = QAction(title.replace("&", "&&"), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{index}")])  # (not setShortcut: qt_enums)
            action.triggered.connect(lambda _=False, i=index - 1: self.show_page(i))
            self.addAction(action)
            self.page_actions.append(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{page} ({keys})").format(page=title, keys=keys))

    # The pages made on first use -------------------------------------------------------------

    @property
    def family_page(self) -> FamilyPage:
        return cast("FamilyPage", self._later("FamilyPage"))

    @property
    def topics_page(self) -> TopicsPage:
        return cast("TopicsPage", self._later("TopicsPage"))

    @property
    def apps_page(self) -> AppsPage:
        return cast("AppsPage", self._later("AppsPage"))

    @property
    def agreement_page(self) -> AgreementPage:
        return cast("AgreementPage", self._later("AgreementPage"))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self._later("SettingsPage"))

    def _later(self, name: str) -> QWidget:
        return self._page(1 + [later[1] for later in LATER_PAGES].index(name))

    def _page(self, index: int) -> QWidget:
        """The page at ``index``, made now (in the slot's place) if it was not yet."""
        slot = self.pages.widget(index)
        if slot is None:
            raise IndexError(index)
        if not isinstance(slot, PageSlot):
            return slot
        page = slot.make(self._ctx)
        shown = self.pages.currentIndex() == index
        self.pages.insertWidget(index, page)  # the slot moves one place on, still current
        if shown:
            self.pages.setCurrentIndex(index)
        self.pages.removeWidget(slot)
        slot.deleteLater()
        self._size_to_current_page(self.pages.currentIndex())
        self._connect(page)
        return page

    def _connect(self, page: QWidget) -> None:
        """What the window does on a page's requests (by the page's class name: connecting one
        page imports no other page's module)."""
        name = type(page).__name__
        if name == "FamilyPage":
            cast("FamilyPage", page).open_topic.connect(self.open_topic)
        elif name == "AgreementPage":
            agreement = cast("AgreementPage", page)
            agreement.print_requested.connect(lambda: self.print_or_share("agreement"))
        elif name == "SettingsPage":
            settings = cast("SettingsPage", page)
            settings.language_changed.connect(self.language_changed)
            settings.text_size_changed.connect(self.text_size_changed)
            settings.reminders_changed.connect(self.reminders_changed)

    def _show_row(self, row: int) -> None:
        """The sidebar's choice: the page, made first if it is shown for the first time."""
        if 0 <= row < self.pages.count():
            self._page(row)
        self.pages.setCurrentIndex(row)

    def _size_to_current_page(self, index: int) -> None:
        """The pages' area asks for the room the page shown needs, not the largest page's (so
        a page scrolls sideways only when it itself does not fit)."""
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    def add_child(self) -> None:
        self.show_page(self.pages.indexOf(self.family_page))
        self.family_page.add_member(Role.CHILD)

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def open_topic(self, topic_id: str, member_id: int = 0) -> None:
        """The topic's guide, in the words for ``member_id``'s age (0: the page's own choice)."""
        band = None
        if member_id:
            household = self._ctx.services.household
            try:
                band = household.view(household.by_id(member_id)).band
            except NotFoundError:  # removed in the meantime: the topic still opens
                band = None
        self.show_page(self.pages.indexOf(self.topics_page))
        self.topics_page.show_for(band, topic_id)

    def show_due(self, key: str = "") -> None:
        """The Today page, with the item ``key`` chosen when it is there."""
        self.show_page(self.pages.indexOf(self.today_page))
        if key:
            self.today_page.select(key)

    def print_or_share(self, kind: str = "plan") -> None:
        from familysafe.ui.dialogs.export_dialog import ExportDialog

        ExportDialog(self._ctx, kind, parent=self).exec()

    def export_calendar(self) -> None:
        from familysafe.ui.dialogs.calendar_export import export_calendar

        export_calendar(self._ctx, self)

    def open_checklist(self, member_id: int, app_id: str) -> None:
        """A child's page on the app's privacy checklist."""
        self.show_page(self.pages.indexOf(self.family_page))
        self.family_page.show_member(member_id, tab=1)
        self.family_page.child_view.apps.select(app_id)

    def log_talk(self) -> None:
        from familysafe.ui.dialogs.log_talk import LogTalkDialog

        members = []
        if self.pages.currentWidget() is self.family_page:
            view = self.family_page.selected()
            if view is not None:
                members.append(view.member.id)  # the one whose page is open took part
        LogTalkDialog(self._ctx, members, parent=self).exec()

    def get_help(self, guide_id: str | None = None, parent: QWidget | None = None) -> None:
        """Open "Get help now" (over ``parent``, e.g. a dialog open when F1 was pressed)."""
        from familysafe.ui.dialogs.get_help import GetHelpDialog

        dialog = GetHelpDialog(self._ctx, parent or self)
        if guide_id:
            dialog.show_guide(guide_id)
        dialog.exec()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)
        log_action = QAction(self.tr("&Log a talk…"), self)
        log_action.setShortcuts([QKeySequence("Ctrl+T")])
        log_action.triggered.connect(self.log_talk)
        file_menu.addAction(log_action)
        print_action = QAction(self.tr("&Print or share…"), self)
        print_action.setShortcuts(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(lambda: self.print_or_share())
        file_menu.addAction(print_action)
        calendar_action = QAction(self.tr("Add to my &calendar…"), self)
        calendar_action.triggered.connect(self.export_calendar)
        file_menu.addAction(calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        # No Alt key of its own: every letter of it is taken on some page.
        go_menu = self.menuBar().addMenu(self.tr("Go to"))
        for action in self.page_actions:
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Get help now"), self)
        help_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(lambda: self.get_help())
        help_menu.addAction(help_action)
