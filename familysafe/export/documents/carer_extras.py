"""Parts of the carer handout added for issue 19: the contact rows of the first box, the
family's limits for a child, the warning signs that a child may be being harmed online, and the
same settings at the carer's own home. Each is short: a typical family stays on two pages."""

from __future__ import annotations

from reportlab.platypus import Flowable

from familysafe.export.documents import layout
from familysafe.export.documents.data import CarerChild, CarerHandout
from familysafe.export.pdf import Styles, para, strong
from familysafe.words import translate

WRITE_ON = "_" * 40  # a line to write on by hand
LABELS = ("47%", "53%")


def first_box_rows(doc: CarerHandout, s: Styles) -> Flowable:
    """How to reach the parents, a backup contact, where the parents are and when they return,
    and the home address: each as given, else a line to write on."""
    rows = [
        (translate("Documents", "How to reach us"), doc.contact),
        (translate("Documents", "Backup contact (neighbour, relative)"), doc.backup),
        (translate("Documents", "Where we are, and when we are back"), doc.away),
        (translate("Documents", "Our address, for emergency services"), doc.address),
    ]
    cell = layout.cell(s.body)
    return layout.table(
        [[para([strong(label)], cell), para(value or WRITE_ON, cell)] for label, value in rows],
        s,
        LABELS,
        rules=False,
        padding=1.5,
    )


def limits(child: CarerChild) -> str:
    """The child's limits as the family entered them, in one line ("" when none were)."""
    parts = []
    if child.bedtime:
        parts.append(
            translate("Documents", "devices go to bed at {time}").format(
                time=child.bedtime.strftime("%H:%M")
            )
        )
    if child.screen_free:
        parts.append(
            translate("Documents", "no screens: {places}").format(places=child.screen_free)
        )
    if child.play_time:
        parts.append(
            translate("Documents", "games and videos: {time}").format(time=child.play_time)
        )
    return " · ".join(parts)


def _signs() -> list[str]:
    return [
        translate("Documents", "Secrecy about a device or a game."),
        translate("Documents", "Sudden changes in mood or sleep."),
        translate("Documents", "Gifts or money they cannot explain."),
        translate("Documents", "A new, older \u201cfriend\u201d from online."),
    ]


def warning_signs(s: Styles) -> list[Flowable]:
    """Four calm signs, as a block for a column: most have another cause, so notice, stay
    calm, do not question the child, and tell the parents."""
    intro = translate(
        "Documents",
        "Often these have another cause. Stay calm, do not question the child, and tell us.",
    )
    title = translate("Documents", "Signs a child may be harmed online")
    return [
        para(title, layout.loose(s.h2)),
        para(intro, layout.compact(s.small)),
        layout.bullets(_signs(), s, style=layout.compact(s.small)),
    ]


def carer_home(s: Styles) -> list[Flowable]:
    """The same settings at the carer's own home, as a block for a column: the home filter,
    and the devices there (a line to write them on)."""
    text = translate(
        "Documents",
        "If the children go online at your home, please turn on your home Wi-Fi or broadband "
        "filter (your provider's parental controls) and use the same settings on the devices "
        "they use there.",
    )
    devices = translate("Documents", "Devices at your home:")
    return [
        para(translate("Documents", "At your home"), layout.loose(s.h2)),
        para(text, s.small),
        para([strong(devices), "\n" + WRITE_ON[:30]], s.small),  # the line stays with it
    ]


def standalone(blocks: list[Flowable], s: Styles) -> list[Flowable]:
    """A column block printed on its own (when the guide's columns are left out)."""
    return layout.section(blocks[0], blocks[1:], s)
