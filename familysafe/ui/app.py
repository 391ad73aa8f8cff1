"""Starting the window, in a fixed order: display check, application and names, exception hook,
translations, paths and database, the family's chosen language, then the first widget."""

from __future__ import annotations

import argparse
import os
import sys

from familysafe.about import APP_ID, APP_NAME, ORGANIZATION, __version__

NO_DISPLAY = (
    "familysafe: no display found. Start it from a desktop session, under a virtual one "
    "(xvfb-run -a familysafe), or without a screen with QT_QPA_PLATFORM=offscreen."
)


def has_display() -> bool:
    """False on a Linux machine with no X11 or Wayland display and no platform chosen."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    from familysafe.ui.source_lines import no_source_kept

    with no_source_kept():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1

    from familysafe.ui.marks import mark

    mark("run")
    from familysafe.ui.feature_check import check_quickly

    check_quickly()  # before the window's modules are imported (20 ms of start-up)
    from PySide6.QtWidgets import QApplication

    from familysafe.core.errors import FamilySafeError
    from familysafe.ui.translators import install_translators, user_locale
    from familysafe.words.errors import error_text, os_error_text

    # 1. The application and its names (used for settings, the desktop file and the taskbar).
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication(sys.argv[:1])
    mark("qapplication")
    # Every window and dialog fits the screen it opens on: the main window as it is first
    # shown, the others through window_fit's filter, installed before a dialog can show (not
    # before the first paint when all goes well: see window_fit.install).
    from familysafe.ui import theme, window_fit

    theme.apply()  # readable colours in the system's palette, light or dark; visible focus

    # 2. Unexpected errors are logged and shown, not lost in a terminal nobody reads.
    from familysafe.ui import trouble

    services = None
    sys.excepthook = trouble.exception_hook(lambda: services.backups if services else None)

    # 2b. Ctrl+C and SIGTERM quit as the Quit menu does (from the first moment: a signal during
    # start-up quits as soon as the event loop runs).
    from familysafe.ui.quit_signals import QuitOnSignals

    quitter = QuitOnSignals(app.quit)

    # 3. Translations for the user's locale, before any widget exists.
    locale = user_locale()
    install_translators(locale)

    # 3b. One window per data folder: a second start brings the first forward, then exits.
    instance = _single_instance(args)
    if instance is None:
        quitter.restore()
        return 0

    # 4. Paths and database; damaged data offers its newest good backup.
    try:
        ctx = _open_context(args)
        while ctx is None:
            ctx = _open_context(args)
    except FamilySafeError as exc:
        _before_a_message(app)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, error_text(exc))
        quitter.restore()
        return 1
    except _Declined:
        quitter.restore()
        return 1
    except OSError as exc:
        _before_a_message(app)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate("App", "FamilySafe cannot use its data folder: {reason}").format(
                reason=os_error_text(exc)
            ),
        )
        quitter.restore()
        return 1

    services = ctx.services
    mark("database")
    # 5. The family's own language and text size, once the database says what they are.
    from familysafe.services.session import family_language

    language = family_language(ctx.services)
    if language:
        chosen = user_locale(language)
        if chosen != locale:  # (FAMILYSAFE_LANG names the one installed already)
            install_translators(chosen)

    text_size = ctx.services.settings.text_size()
    if text_size != 100:
        from familysafe.ui.appearance import apply_text_size

        apply_text_size(text_size)

    # 6. The first window (or, started at login, only the tray icon) and the reminders.
    from familysafe.ui.desktop import Desktop

    desktop = Desktop(ctx)
    window = desktop.window
    mark("window")
    window_fit.fit_to_screen(window)  # as the filter fits the windows shown after it
    desktop.start(in_tray=getattr(args, "tray", False))
    mark("shown")
    from familysafe.ui.first_paint import after_first_paint, quit_after_first_paint

    def after_painting() -> None:
        window_fit.install(app)  # dialogs fit the screen
        _set_icon(app)  # the window's and every dialog's (loading the SVG: 3 ms of start-up)
        from familysafe.system import scratch

        scratch.remove_leftovers()  # sample families and previews of runs that were killed

    after_first_paint(window, after_painting)
    if instance is not False:
        after_first_paint(window, instance.listen)
    if getattr(args, "quit_after_paint", False):
        quit_after_first_paint(window)
    elif not ctx.services.settings.welcomed:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: _welcome(ctx, desktop.window))
    # 7. Quitting on a signal now goes through the desktop; a second start shows the window.
    from familysafe.ui.single_instance import SHOW

    quitter.quit = desktop.quit
    if instance is not False:

        def show_when_asked(wanted: bytes) -> None:
            if wanted == SHOW:
                desktop.open_window()

        instance.requested.connect(show_when_asked)
    try:
        code = app.exec()
    finally:
        quitter.restore()
        ctx.services.close()
        if instance is not False:
            instance.release()
        if ctx.demo:
            from familysafe.system import scratch

            scratch.remove(ctx.services.data_dir)
    return code


def _single_instance(args: argparse.Namespace):
    """The lock on the data folder (False for the sample family, which has its own folder);
    None when another FamilySafe holds it and was told what this start wanted."""
    if getattr(args, "demo", False):
        return False
    from familysafe import paths
    from familysafe.ui.single_instance import SHOW, TRAY, SingleInstance

    instance = SingleInstance(paths.data_dir(getattr(args, "data_dir", None)))
    if instance.take_lock():
        return instance  # it listens once the window is on screen
    if not instance.tell_running(TRAY if getattr(args, "tray", False) else SHOW):
        print(f"familysafe: {_already_running()}", file=sys.stderr)
    return None


def _already_running() -> str:
    from PySide6.QtWidgets import QApplication

    return QApplication.translate(
        "App", "FamilySafe is already running for this data folder (it did not answer)."
    )


def _set_icon(app) -> None:
    from familysafe.ui.icons import app_icon

    app.setWindowIcon(app_icon())


def _before_a_message(app) -> None:
    """What a message shown before the window needs: the icon, and a size that fits."""
    from familysafe.ui import window_fit

    _set_icon(app)
    window_fit.install(app)


class _Declined(Exception):
    """The data cannot be opened and the parent did not restore a backup."""


def _open_context(args: argparse.Namespace):
    """The context, or None when a backup was just restored (open again)."""
    from familysafe import paths
    from familysafe.services.session import clock_for, open_session
    from familysafe.store.db import DatabaseError
    from familysafe.ui import trouble
    from familysafe.ui.context import AppContext

    today = getattr(args, "today", None)
    if args.demo:
        return AppContext(open_session(None, today, demo=True), demo=True)
    try:
        services = open_session(args.data_dir, today)
    except DatabaseError as exc:
        if exc.code not in trouble.DAMAGED:
            raise
        from familysafe.ui.application import application

        _before_a_message(application())
        if trouble.offer_restore(exc, paths.data_dir(args.data_dir), clock_for(today)):
            return None
        raise _Declined from exc
    return AppContext(services)


def _welcome(ctx, window) -> None:
    from familysafe.core.errors import FamilySafeError
    from familysafe.ui import window_fit
    from familysafe.ui.application import application
    from familysafe.ui.dialogs.welcome import WelcomeDialog

    window_fit.install(application())  # it may come before the window's first paint
    dialog = WelcomeDialog(ctx, window)
    accepted = dialog.exec()
    ctx.services.settings.set_country(dialog.chosen_country())
    ctx.services.settings.mark_welcomed()
    if dialog.start_at_login.isChecked() and not ctx.demo:
        try:
            ctx.services.startup.set_start_at_login(True)
        except FamilySafeError as exc:
            from PySide6.QtWidgets import QMessageBox

            from familysafe.words.errors import error_text

            QMessageBox.warning(window, APP_NAME, error_text(exc))
    if accepted:
        window.show_page(window.pages.indexOf(window.family_page))
        window.family_page.add_member()
