"""Every top-level window and dialog of FamilySafe, built on a sample family (for the tests that
walk them all: screen fit, keyboard, accessible names)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWidget

from familysafe.services.demo import seed


def seeded(ctx):
    seed(ctx.services)
    return ctx


def window_makers(ctx) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    from familysafe.ui.dialogs.agree import AgreeDialog
    from familysafe.ui.dialogs.agreement_line import AgreementLineDialog
    from familysafe.ui.dialogs.app_picker import AppPickerDialog
    from familysafe.ui.dialogs.export_dialog import ExportDialog
    from familysafe.ui.dialogs.get_help import GetHelpDialog
    from familysafe.ui.dialogs.log_talk import LogTalkDialog
    from familysafe.ui.dialogs.member_dialog import MemberDialog
    from familysafe.ui.dialogs.welcome import WelcomeDialog
    from familysafe.ui.main_window import MainWindow

    child = ctx.services.household.children()[0].member.id
    talk = ctx.services.planner.history(child)[0]
    yield "main window", lambda: MainWindow(ctx)
    for kind in ("agreement", "carer", "plan", "cards"):
        yield f"print or share ({kind})", lambda kind=kind: ExportDialog(ctx, kind)
    yield "log a talk", lambda: LogTalkDialog(ctx, [child])
    yield "edit a talk", lambda: LogTalkDialog(ctx, talk=talk)
    yield "add someone", lambda: MemberDialog(ctx)
    yield "get help", lambda: GetHelpDialog(ctx)
    yield "apps they use", lambda: AppPickerDialog(ctx, child)
    yield "agree", lambda: AgreeDialog(ctx)
    yield "write your own line", lambda: AgreementLineDialog(ctx)
    yield "welcome", lambda: WelcomeDialog(ctx)


def close(window: QWidget) -> None:
    from PySide6.QtWidgets import QDialog

    from familysafe.ui.background import wait_for_background

    if isinstance(window, QDialog):
        window.done(0)
    window.close()
    wait_for_background()
