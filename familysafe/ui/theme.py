"""FamilySafe's look, in one place: colours, spacing and the one small style sheet.

The look stays native: the system's style and palette (light or dark) draw everything, and this
module only adds what they lack. Text always reads at 4.5:1 or more (the palette's roles that fall
short, such as a light palette's highlight or a dark palette's link, are made readable), tick
boxes grow with the text, the focused list or text view has a visible frame, and a few named
pieces (cards, headings, the sidebar) get room to breathe.

``apply`` is cheap (no files, no images) and runs at start-up and whenever the system switches
between light and dark; the style sheet is in em, so a change of text size needs nothing.
"""

from __future__ import annotations

import copy
import zlib
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Spacing, in pixels at 100% text (layouts use them as they are: Qt scales fonts, not margins).
PAGE_MARGIN = 12
SECTION_GAP = 16
CARD_PADDING = 12
CARD_GAP = 8

READABLE = 4.5  # WCAG AA for body text

# A visible frame on the focused list or text view (the chosen row alone does not say whether
# the keys go to the list or elsewhere).
FOCUS_STYLE = (
    "QListView:focus, QTreeView:focus, QTextBrowser:focus, QPlainTextEdit:focus"
    " { border: 2px solid palette(highlight); }"
)

# Hues for children's avatars (degrees); a child's id picks one, so it never changes.
AVATAR_HUES = (200, 155, 275, 25, 330, 95, 245, 5)


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def over(color: QColor, background: QColor) -> QColor:
    """``color`` as it shows on ``background`` (a see-through colour blends with it)."""
    a = color.alphaF()
    return QColor.fromRgbF(
        a * color.redF() + (1 - a) * background.redF(),
        a * color.greenF() + (1 - a) * background.greenF(),
        a * color.blueF() + (1 - a) * background.blueF(),
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of text in colour ``a`` on ``b``, 1 to 21."""
    hi, lo = sorted((luminance(over(a, b)), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def readable(color: QColor, background: QColor, ratio: float = READABLE) -> QColor:
    """``color``, made darker or lighter (keeping its hue) until it reads on ``background``."""
    if contrast(color, background) >= ratio:
        return copy.copy(color)  # not QColor(color): PySide6 would make ``Qt`` (qt_enums)
    shown = over(color, background)
    h = max(shown.hslHueF(), 0.0)  # -1 for greys
    s, lightness = shown.hslSaturationF(), shown.lightnessF()
    step = -0.02 if luminance(background) > 0.18 else 0.02
    while 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(h, s, lightness, 1.0)
        if contrast(candidate, background) >= ratio:
            return candidate
    return QColor("#000000" if step < 0 else "#ffffff")


def quiet_text(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """A softer text colour for secondary lines that still reads at 4.5:1 on ``role``."""
    background = palette.color(role)
    text = palette.color(QPalette.ColorRole.WindowText)
    mixed = QColor.fromRgbF(
        0.65 * text.redF() + 0.35 * background.redF(),
        0.65 * text.greenF() + 0.35 * background.greenF(),
        0.65 * text.blueF() + 0.35 * background.blueF(),
    )
    return readable(mixed, background, READABLE + 0.3)


def avatar_colors(member_id: int, palette: QPalette) -> tuple[QColor, QColor]:
    """A child's colour and the colour of the initial on it, from the child's id: the same child
    keeps the same colour, and the initial reads at 4.5:1 or more (light or dark palette)."""
    hue = AVATAR_HUES[zlib.crc32(str(member_id).encode()) % len(AVATAR_HUES)] / 360
    if is_dark(palette):  # a light disc with a dark initial, calm on a dark window
        ink = QColor("#16181b")
        fill = readable(QColor.fromHslF(hue, 0.55, 0.70), ink, READABLE + 0.5)
    else:
        ink = QColor("#ffffff")
        fill = readable(QColor.fromHslF(hue, 0.50, 0.42), ink, READABLE + 0.5)
    return fill, ink


def style_sheet() -> str:
    """The application's style sheet: as short as it can be, the native style does the rest.

    Tick boxes and radio buttons are 1em: as tall as a line of the widget's text (the native
    size at 100%, twice that at 200%). In em, the sheet stays the same when the text size
    changes, so nothing is styled again then."""
    return "\n".join(
        (
            FOCUS_STYLE,
            "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator,"
            " QAbstractItemView::indicator { width: 1em; height: 1em; }",
            "QListWidget#sidebar::item { padding: 6px 4px; }",
        )
    )


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with every text role that falls short of 4.5:1 on its background made
    readable (the system's own colours where they already are)."""
    result = copy.copy(palette)  # not QPalette(palette): PySide6 would make ``Qt`` (qt_enums)
    role = QPalette.ColorRole
    pairs = (
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.LinkVisited, role.Base),
        (role.ToolTipText, role.ToolTipBase),
    )
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in pairs:
            color = readable(palette.color(group, fg), palette.color(group, bg))
            result.setColor(group, fg, color)
        # The chosen row: its text on the highlight (a light palette's blue is too light for
        # white text, so the highlight is darkened until it reads).
        text = palette.color(group, role.HighlightedText)
        result.setColor(group, role.Highlight, readable(palette.color(group, role.Highlight), text))
    return result


class _Follower(QObject):
    """Applies the theme again when the system switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply())


def apply() -> None:
    """Give the application FamilySafe's look for its current palette and text size."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = readable_palette(app.palette())
    if palette != app.palette():
        app.setPalette(palette)
    sheet = style_sheet()
    if app.styleSheet() != sheet or app.property("familysafe_palette_key") != _key(palette):
        app.setProperty("familysafe_palette_key", _key(palette))
        app.setStyleSheet(sheet)
    global _follower
    # Not ``app.findChild``: it hands PySide6 the application's style, and PySide6 then makes
    # QStyle's enums (about 12 ms of start-up).
    if _follower is None or not shiboken6.isValid(_follower) or _follower.parent() is not app:
        _follower = _Follower(app)


_follower: _Follower | None = None


def _key(palette: QPalette) -> str:
    """What the style sheet's palette() colours depend on."""
    return palette.color(QPalette.ColorRole.Highlight).name()


def error_color(palette: QPalette) -> QColor:
    """The red of a message about a field, readable on the window (light or dark)."""
    return readable(QColor("#c62828"), palette.color(QPalette.ColorRole.Window))


class _Tint(QObject):
    """Keeps a widget's text colour worked out from its palette, when the palette changes too."""

    def __init__(self, widget: QWidget, color_for: Callable[[QPalette], QColor]) -> None:
        super().__init__(widget)
        self._color_for = color_for
        widget.installEventFilter(self)
        self._update(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self._update(watched)
        return False

    def _update(self, widget: QWidget) -> None:
        # Worked out from the palette the widget inherits, not from its own tinted one.
        parent = widget.parentWidget()
        inherited = parent.palette() if parent is not None else QApplication.palette(widget)
        color = self._color_for(inherited)
        palette = widget.palette()
        if palette.color(QPalette.ColorRole.WindowText) != color:
            palette.setColor(QPalette.ColorRole.WindowText, color)
            widget.setPalette(palette)


def tint(widget: QWidget, color_for: Callable[[QPalette], QColor]) -> None:
    """Colour ``widget``'s text with ``color_for(its palette)``, now and after palette changes
    (e.g. ``quiet_text`` for a secondary line, ``error_color`` for a field's message)."""
    _Tint(widget, color_for)
