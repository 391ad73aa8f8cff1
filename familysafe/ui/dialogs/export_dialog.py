"""Printing and sharing: choose the document, who and what it covers, see its first page, save.

Private notes are off unless the parent ticks them, with a plain warning when they do. The
preview and the saving run off the window's thread (``ui.background``), each on services of its
own, so a large family never freezes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.bands import Band
from familysafe.core.errors import FamilySafeError
from familysafe.services.exports import ExportOptions
from familysafe.system import scratch
from familysafe.ui import formatting, itemdata, printing
from familysafe.ui.context import AppContext
from familysafe.ui.dialogs.export_output import PREVIEW_WIDTH, ExportOutput
from familysafe.ui.widgets.check_list import CheckList
from familysafe.ui.widgets.field_error import FieldError
from familysafe.ui.widgets.pdf_preview import PdfPreview
from familysafe.ui.window_fit import scrolling
from familysafe.words.errors import error_text

PREVIEW_DELAY_MS = 350


class ExportDialog(ExportOutput, QDialog):
    def __init__(self, ctx: AppContext, kind: str = "plan", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0  # previews finish out of order: only the newest is shown
        self._scratch = scratch.make("preview")  # private (0700), gone at exit at the latest
        self.saved: Path | None = None
        self.printed: int | None = None  # pages sent to the printer by the last print
        self._print_jobs = 0
        self._closed = False
        self.setWindowTitle(self.tr("Print or share"))
        settings = ctx.services.settings

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Document"))
        for key, label in self._kinds():
            itemdata.add_choice(self.kind, label, key)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.family_name = QLineEdit(settings.family_name() or "")
        self.family_name.setAccessibleName(self.tr("Family name"))
        self.family_name.setPlaceholderText(self.tr("e.g. The Okafor family"))
        self.children_list = CheckList(self.tr("Children"))
        self.children_list.setMaximumHeight(110)
        for view in ctx.services.household.children():
            self.children_list.add(view.name, view.member.id, checked=True)
        self.sections = CheckList(self.tr("Sections"))
        self.sections.setMaximumHeight(150)

        self.notes = QCheckBox(self.tr("Include private &notes"))
        self.notes_warning = FieldError()
        self.contact = QLineEdit(settings.contact_line() or "")
        self.contact.setAccessibleName(self.tr("How to reach you"))
        self.contact.setPlaceholderText(self.tr("e.g. Mum: 07700 900123"))
        self.contact_warning = FieldError()
        # The carer handout's other lines: a backup contact is kept like the contact line;
        # where the parents are and the home address are for this handout only, never saved.
        self.backup = QLineEdit(settings.backup_contact() or "")
        self.backup.setAccessibleName(self.tr("Backup contact"))
        self.backup.setPlaceholderText(self.tr("e.g. Mrs Ito next door: 07700 900456"))
        self.away = QLineEdit()
        self.away.setAccessibleName(self.tr("Where we are, back when"))
        self.away.setPlaceholderText(self.tr("e.g. At the theatre, back by 23:00"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Home address for emergency services"))
        self.address.setPlaceholderText(self.tr("Not saved. Empty: a line to write it by hand"))
        self.two_homes = QCheckBox(self.tr("We live in two &homes: one copy for each"))
        self.home_names = QLineEdit()
        self.home_names.setAccessibleName(self.tr("Names of the homes"))
        self.home_names.setPlaceholderText(self.tr("e.g. Mum's home, Dad's home"))
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        for topic in ctx.services.library.topics():
            itemdata.add_choice(self.topic, topic.title, topic.id)
        self.band = QComboBox()
        self.band.setAccessibleName(self.tr("Words for ages"))
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        itemdata.add_choice(self.paper, self.tr("A4"), "a4")
        itemdata.add_choice(self.paper, self.tr("US Letter"), "letter")
        itemdata.select_choice(self.paper, settings.paper())
        self.open_after = QCheckBox(self.tr("&Open the file after saving"))
        self.open_after.setChecked(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Document"), self.kind)
        self.form.addRow("", self.about)
        self.form.addRow(self.tr("&Family name"), self.family_name)
        self.form.addRow(self.tr("&Children"), self.children_list)
        self.form.addRow(self.tr("S&ections"), self.sections)
        self.form.addRow(self.tr("&Topic"), self.topic)
        self.form.addRow(self.tr("&Words for"), self.band)
        self.form.addRow(self.tr("Contact l&ine"), self.contact)
        self.form.addRow("", self.contact_warning)
        self.form.addRow(self.tr("&Backup contact"), self.backup)
        self.form.addRow(self.tr("Where we are, back b&y"), self.away)
        self.form.addRow(self.tr("Home &address"), self.address)
        self.form.addRow("", self.two_homes)
        self.form.addRow(self.tr("Homes"), self.home_names)
        self.form.addRow("", self.notes)
        self.form.addRow("", self.notes_warning)
        self.form.addRow("", self.large_print)
        self.form.addRow(self.tr("&Paper"), self.paper)

        self.preview = PdfPreview(PREVIEW_WIDTH)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FieldError()
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Print it on a printer of this computer"))
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)

        choices = QWidget()
        left = QVBoxLayout(choices)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.status)
        body = QHBoxLayout()
        body.addWidget(scrolling(choices), 1)  # Save and Close stay in sight on small screens
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_after)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(980, 680)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.topic.currentIndexChanged.connect(self._fill_bands)
        for signal in (
            self.children_list.itemChanged,
            self.sections.itemChanged,
            self.band.currentIndexChanged,
            self.large_print.toggled,
            self.paper.currentIndexChanged,
            self.two_homes.toggled,
            self.home_names.textChanged,
        ):
            signal.connect(self.schedule_preview)
        self.two_homes.toggled.connect(self.home_names.setEnabled)
        self.home_names.setEnabled(False)
        # The family's words are kept (and previewed) a moment after typing stops.
        self.words_timer = QTimer(self)
        self.words_timer.setSingleShot(True)
        self.words_timer.setInterval(PREVIEW_DELAY_MS)
        self.words_timer.timeout.connect(self._save_family_words)
        self.family_name.textChanged.connect(self.words_timer.start)
        self.contact.textChanged.connect(self.words_timer.start)
        self.backup.textChanged.connect(self.words_timer.start)
        self.backup.editingFinished.connect(self._save_family_words)
        self.away.textChanged.connect(self.schedule_preview)
        self.address.textChanged.connect(self.schedule_preview)
        self.notes.toggled.connect(self._notes_toggled)
        self.family_name.editingFinished.connect(self._save_family_words)
        self.contact.editingFinished.connect(self._save_family_words)
        self.contact.textChanged.connect(self._warn_contact)

        itemdata.select_choice(self.kind, kind)
        self._kind_changed()

    def _kinds(self) -> list[tuple[str, str]]:
        return [
            ("agreement", self.tr("Family agreement")),
            ("carer", self.tr("Carer handout")),
            ("plan", self.tr("Family plan")),
            ("cards", self.tr("Conversation cards")),
        ]

    def _describe(self, kind: str) -> str:
        return {
            "agreement": self.tr(
                "Your agreement, in words the children can read, with a place for everyone to sign."
            ),
            "carer": self.tr(
                "For grandparents and sitters: each child's apps and rules, the settings in "
                "place, what to do if something goes wrong, and who to call. No birth dates."
            ),
            "plan": self.tr(
                "For the parents: what to talk about next, what was talked about, what is "
                "overdue, and each app's settings."
            ),
            "cards": self.tr("One topic's conversation starters as cards to print and cut out."),
        }[kind]

    # Choices -----------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return itemdata.current_choice(self.kind)

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.about.setText(self._describe(kind))
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in self._ctx.services.exports.sections(kind):
            self.sections.add(section.title, section.id, section.default)
        self.sections.blockSignals(False)
        shown = {
            self.children_list: kind != "cards",
            self.sections: self.sections.count() > 0,
            self.topic: kind == "cards",
            self.band: kind == "cards",
            self.contact: kind == "carer",
            self.backup: kind == "carer",
            self.away: kind == "carer",
            self.address: kind == "carer",
            self.contact_warning: kind == "carer" and not self.contact.text().strip(),
            self.two_homes: kind == "agreement",
            self.home_names: kind == "agreement",
            self.notes: kind == "plan",
            self.notes_warning: kind == "plan" and self.notes.isChecked(),
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        if kind == "cards":
            self._fill_bands()
        self._warn_contact()
        self.schedule_preview()

    def _fill_bands(self) -> None:
        topic = self._ctx.services.library.topic(itemdata.current_choice(self.topic))
        wanted = itemdata.current_choice(self.band)
        self.band.blockSignals(True)
        self.band.clear()
        for band in topic.starters:
            itemdata.add_choice(self.band, formatting.band(band.value), band.value)
        if wanted not in {band.value for band in topic.starters}:
            wanted = self._family_band(topic)
        itemdata.select_choice(self.band, wanted)
        self.band.blockSignals(False)
        self.schedule_preview()

    def _warn_contact(self) -> None:
        """An empty contact line prints blank lines on the handout: say so before it is."""
        empty = self.current_kind() == "carer" and not self.contact.text().strip()
        self.contact_warning.show_message(
            self.tr(
                "No contact line: the handout will have blank lines for you to write how to "
                "reach you."
            )
            if empty
            else ""
        )
        self.form.setRowVisible(self.contact_warning, empty)

    def _family_band(self, topic) -> str | None:
        """The first ticked child's band the topic has words for (the family's, not 8-10)."""
        ticked = set(self.children_list.checked())
        for view in self._ctx.services.household.children():
            if view.member.id in ticked and view.band in topic.starters:
                return view.band.value
        return None

    def _notes_toggled(self, on: bool) -> None:
        self.notes_warning.show_message(
            self.tr(
                "The notes you wrote after talks will be in this file. Anyone who sees the file "
                "or the printout can read them."
            )
            if on
            else ""
        )
        self.form.setRowVisible(self.notes_warning, on)
        self.schedule_preview()

    def _save_family_words(self) -> None:
        settings = self._ctx.services.settings
        self.error.clear_message()
        try:
            settings.set_family_name(self.family_name.text())
            settings.set_contact_line(self.contact.text())
            settings.set_backup_contact(self.backup.text())
        except FamilySafeError as exc:
            self.error.show_message(error_text(exc))
            return
        self.schedule_preview()

    def options(self) -> ExportOptions:
        kind = self.current_kind()
        homes: tuple[str, ...] = ()
        if kind == "agreement" and self.two_homes.isChecked():
            homes = tuple(h.strip() for h in self.home_names.text().split(",") if h.strip())
        return ExportOptions(
            kind=kind,
            members=tuple(self.children_list.checked()),
            sections=tuple(self.sections.checked()) if self.sections.count() else None,
            include_notes=kind == "plan" and self.notes.isChecked(),
            large_print=self.large_print.isChecked(),
            topic_id=itemdata.current_choice(self.topic) if kind == "cards" else None,
            band=Band(itemdata.current_choice(self.band))
            if kind == "cards" and self.band.count()
            else None,
            homes=homes,
            contact=(self.contact.text().strip() or None) if kind == "carer" else None,
            backup=(self.backup.text().strip() or None) if kind == "carer" else None,
            away=(self.away.text().strip() or None) if kind == "carer" else None,
            address=(self.address.text().strip() or None) if kind == "carer" else None,
            paper=itemdata.current_choice(self.paper),
        )

    # Preview -----------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self.timer.start()

    def _show_preview(self, generation: int, pngs: list[bytes], pages: int) -> None:
        if generation != self._generation or self._closed:
            return
        self.preview.show_pages(pngs)
        if len(pngs) < pages:
            text = self.tr("Pages: %n (the first {shown} shown).", None, pages).format(
                shown=len(pngs)
            )
        else:
            text = self.tr("Pages: %n.", None, pages)
        self.status.setText(text)

    def _print_ready(self, result, options: ExportOptions) -> None:
        if self._closed:
            return
        self.print_button.setEnabled(True)
        self.status.setText("")
        try:
            printer = printing.ask_printer(
                self, options.paper, result.pages, self.kind.currentText()
            )
            if printer is None:
                return
            printed = printing.paint_pdf(result.path, printer)
        except printing.PrintError:
            self.error.show_message(self.tr("The printer could not be used. Nothing was printed."))
            return
        finally:
            result.path.unlink(missing_ok=True)
        self.printed = printed
        self.status.setText(self.tr("Pages sent to the printer: %n.", None, printed))

    def done(self, result: int) -> None:  # noqa: D102 (QDialog's, plus tidying the previews)
        if self.words_timer.isActive():  # typed just before closing: keep it
            self.words_timer.stop()
            self._save_family_words()
        self.timer.stop()
        self._closed = True
        self._generation += 1  # a preview still on its way is not shown
        scratch.remove(self._scratch)
        super().done(result)
