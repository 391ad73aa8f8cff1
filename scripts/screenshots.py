"""Render every page and dialog of the sample family, to look at them all (or the README's few).

    .venv/bin/python scripts/screenshots.py [--out build/screenshots] [--variants light-100,...]
    .venv/bin/python scripts/screenshots.py --readme          # docs/screenshots, for the README

The full set has every page (and each tab of a child's page, and the pages of a family with no
one in it yet) and every dialog, at 100% and 150% text, in a light and a dark palette, named
VARIANT/NAME.png (e.g. dark-150/family-apps.png). The README set is one picture per page, and
Today in a dark palette and at 150% text. Runs without a display (Qt's offscreen platform) on a
fixed date, so the pictures only change when the app does; uses a temporary data folder, so
nothing of yours is read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DAY = date(2026, 11, 23)
SIZE = (1100, 760)
PAGES = ("today", "family", "topics", "apps", "agreement", "settings")
VARIANTS = ("light-100", "light-150", "dark-100", "dark-150")


def dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.AlternateBase, "#323336"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#3c4043"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
        (QPalette.ColorRole.ToolTipBase, "#3c4043"),
        (QPalette.ColorRole.ToolTipText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def dialogs(ctx: Any, parent: Any) -> Iterator[tuple[str, Callable[[], Any]]]:
    """Every dialog, as the window opens it."""
    from familysafe.ui.dialogs.agree import AgreeDialog
    from familysafe.ui.dialogs.agreement_line import AgreementLineDialog
    from familysafe.ui.dialogs.app_picker import AppPickerDialog
    from familysafe.ui.dialogs.export_dialog import ExportDialog
    from familysafe.ui.dialogs.get_help import GetHelpDialog
    from familysafe.ui.dialogs.log_talk import LogTalkDialog
    from familysafe.ui.dialogs.member_dialog import MemberDialog
    from familysafe.ui.dialogs.welcome import WelcomeDialog

    member = ctx.services.household.children()[0].member
    child = member.id
    talk = ctx.services.planner.history(child)[0]
    for kind in ("plan", "carer", "agreement", "cards"):
        yield f"print-{kind}", lambda kind=kind: ExportDialog(ctx, kind, parent=parent)
    yield "log-a-talk", lambda: LogTalkDialog(ctx, [child], parent=parent)
    yield "edit-a-talk", lambda: LogTalkDialog(ctx, talk=talk, parent=parent)
    yield "add-someone", lambda: MemberDialog(ctx, parent=parent)
    yield "edit-someone", lambda: MemberDialog(ctx, member=member, parent=parent)
    yield "get-help", lambda: GetHelpDialog(ctx, parent)
    yield "apps-they-use", lambda: AppPickerDialog(ctx, child, parent=parent)
    yield "agree", lambda: AgreeDialog(ctx, parent)
    yield "write-your-own-line", lambda: AgreementLineDialog(ctx, parent=parent)
    yield "welcome", lambda: WelcomeDialog(ctx, parent)


def _window(ctx: Any) -> Any:
    from familysafe.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    return window


def _save(app: Any, widget: Any, path: Path) -> None:
    from familysafe.ui.background import wait_for_background

    for _ in range(5):  # layouts settle over a few passes of the event loop
        wait_for_background()
        app.processEvents()
        time.sleep(0.02)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _look(app: Any, variant: str, light: Any) -> None:
    from familysafe.ui import theme
    from familysafe.ui.appearance import apply_text_size

    tone, size = variant.split("-")
    app.setPalette(dark_palette() if tone == "dark" else light)
    apply_text_size(int(size))
    theme.apply()


def render_all(app: Any, ctx: Any, empty: Any, out: Path, variants: list[str]) -> None:
    light = app.palette()
    for variant in variants:
        _look(app, variant, light)
        window = _window(ctx)
        for index, name in enumerate(PAGES):
            window.show_page(index)
            _save(app, window, out / variant / f"{name}.png")
        window.show_page(PAGES.index("family"))
        for tab, name in ((1, "family-apps"), (2, "family-talks")):
            window.family_page.child_view.tabs.setCurrentIndex(tab)
            _save(app, window, out / variant / f"{name}.png")
        for name, make in dialogs(ctx, window):
            dialog = make()
            dialog.show()
            if hasattr(dialog, "refresh_preview"):  # the print preview, now rather than soon
                dialog.timer.stop()
                dialog.refresh_preview()
            _save(app, dialog, out / variant / f"dialog-{name}.png")
            dialog.done(0)
            dialog.deleteLater()
        window.close()
        window = _window(empty)
        for index, name in ((0, "today"), (1, "family")):
            window.show_page(index)
            _save(app, window, out / variant / f"{name}-empty.png")
        window.close()
    _look(app, "light-100", light)


def render_readme(app: Any, ctx: Any, out: Path) -> None:
    light = app.palette()
    _look(app, "light-100", light)
    window = _window(ctx)
    for index, name in enumerate(PAGES):
        window.show_page(index)
        _save(app, window, out / f"{name}.png")
    window.close()
    for variant, name in (("dark-100", "today-dark"), ("light-150", "today-150")):
        _look(app, variant, light)
        window = _window(ctx)
        _save(app, window, out / f"{name}.png")
        window.close()
    _look(app, "light-100", light)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--readme", action="store_true", help="only the README's pictures")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="e.g. light-100,dark-200")
    parser.add_argument("--lang", default="en_GB")
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    known = {f"{tone}-{size}" for tone in ("light", "dark") for size in (100, 125, 150, 200)}
    if any(v not in known for v in variants):
        parser.error(f"variants are light|dark-100|125|150|200, e.g. {','.join(VARIANTS)}")
    out = args.out or ROOT / ("docs/screenshots" if args.readme else "build/screenshots")

    from PySide6.QtWidgets import QApplication

    from familysafe.core.clock import FixedClock
    from familysafe.services import demo, open_services
    from familysafe.ui.context import AppContext
    from familysafe.ui.translators import install_translators, user_locale
    from familysafe.words.languages import language_of

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look wherever the script runs
    install_translators(user_locale(args.lang))
    out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="familysafe-screenshots-") as folder,
        tempfile.TemporaryDirectory(prefix="familysafe-screenshots-empty-") as nobody,
    ):
        services = open_services(Path(folder), FixedClock.on(DAY))
        services.library.set_language(language_of(args.lang))  # the content too, as the app does
        demo.seed(services)
        ctx = AppContext(services, demo=True)
        if args.readme:
            render_readme(app, ctx, out)
        else:
            empty = open_services(Path(nobody), FixedClock.on(DAY))
            render_all(app, ctx, AppContext(empty), out, variants)
            empty.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
