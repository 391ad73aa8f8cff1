"""The shell: a sidebar of pages and the page shown. Pages own their behaviour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
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
from familysafe.ui import icons, itemdata, keyboard, theme
from familysafe.ui.context import AppContext
from familysafe.ui.pages.agreement import AgreementPage
from familysafe.ui.pages.apps import AppsPage
from familysafe.ui.pages.family import FamilyPage
from familysafe.ui.pages.settings import SettingsPage
from familysafe.ui.pages.today import TodayPage
from familysafe.ui.pages.topics import TopicsPage
from familysafe.ui.window_fit import scrolling


class MainWindow(QMainWindow):
    quit_requested = Signal()

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
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.pages.currentChanged.connect(self._size_to_current_page)

        self.today_page = TodayPage(ctx)
        self.family_page = FamilyPage(ctx)
        self.topics_page = TopicsPage(ctx)
        self.apps_page = AppsPage(ctx)
        self.agreement_page = AgreementPage(ctx)
        self.settings_page = SettingsPage(ctx)
        for page, title, icon in (
            (self.today_page, self.today_page.title, "today"),
            (self.family_page, self.family_page.title, "family"),
            (self.topics_page, self.topics_page.title, "topics"),
            (self.apps_page, self.apps_page.title, "apps"),
            (self.agreement_page, self.agreement_page.title, "agreement"),
            (self.settings_page, self.settings_page.title, "settings"),
        ):
            self.add_page(page, title, icon)
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
        self.agreement_page.print_requested.connect(lambda: self.print_or_share("agreement"))
        self.family_page.open_topic.connect(self.open_topic)

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
        self._keys = keyboard.install(lambda over: self.get_help(parent=over), self)
        # Drawn a moment later: the window maps without waiting for them (start-up time).
        QTimer.singleShot(0, self, self._draw_icons)
        self.sidebar.setCurrentRow(0)
        self.resize(1100, 720)

    def _draw_icons(self) -> None:
        """The sidebar's and the help button's icons, in the palette's colours."""
        palette = self.palette()
        size = self.sidebar.iconSize().width()
        for row, name in enumerate(self._icon_names):
            self.sidebar.item(row).setIcon(icons.line_icon(name, palette, size))
        button = QPalette(palette)
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
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, i=index - 1: self.show_page(i))
            self.addAction(action)
            self.page_actions.append(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{page} ({keys})").format(page=title, keys=keys))

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
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)
        log_action = QAction(self.tr("&Log a talk…"), self)
        log_action.setShortcut(QKeySequence("Ctrl+T"))
        log_action.triggered.connect(self.log_talk)
        file_menu.addAction(log_action)
        print_action = QAction(self.tr("&Print or share…"), self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
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
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(lambda: self.get_help())
        help_menu.addAction(help_action)
