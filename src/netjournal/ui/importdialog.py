"""Import and export dialogs: preview what an import creates and merges, then report.

:class:`ImportDialog` runs the import as a dry run first and shows, record by record,
who will be new, who will be merged into someone already in the journal and what is
rejected and why; the Import button then writes it in one transaction and the table
shows the report. LinkedIn's invitations and messages are previewed the same way, record
by record (a request, or a conversation's day), a whole LinkedIn export ZIP too, and the
people its messages speak of who are not in the journal are offered to add
(:mod:`netjournal.ui.importpeople`). :class:`ExportDialog` writes vCard, CSV, the JSON
backup or ICS. Both call :mod:`netjournal.interop.files`, the same functions as the command line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netjournal.interop import InteropError, records
from netjournal.interop.files import ExportFormat, export_file, import_file
from netjournal.interop.model import Action, Format, ImportReport, Kind
from netjournal.settings import DEFAULT_RED_FLAGS
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.importpeople import StrangersPanel
from netjournal.ui.importpreview import Column, PreviewModel
from netjournal.ui.style import fill

__all__ = ["Column", "ExportDialog", "ImportDialog", "PreviewModel"]
_CONTEXT = "importdialog"

_FORMATS = (
    (Format.AUTO, QT_TRANSLATE_NOOP("importdialog", "Recognise from the content")),
    (Format.VCARD, QT_TRANSLATE_NOOP("importdialog", "vCard (.vcf) from a phone or address book")),
    (Format.LINKEDIN, QT_TRANSLATE_NOOP("importdialog", "LinkedIn Connections.csv")),
    (Format.GOOGLE, QT_TRANSLATE_NOOP("importdialog", "Google Contacts CSV")),
    (Format.OUTLOOK, QT_TRANSLATE_NOOP("importdialog", "Outlook contacts CSV")),
    (Format.CSV, QT_TRANSLATE_NOOP("importdialog", "NetJournal CSV export")),
    (Format.JSON, QT_TRANSLATE_NOOP("importdialog", "NetJournal full export (.json)")),
    (Format.LINKEDIN_INVITATIONS,
     QT_TRANSLATE_NOOP("importdialog", "LinkedIn Invitations.csv (connection requests)")),
    (Format.LINKEDIN_MESSAGES,
     QT_TRANSLATE_NOOP("importdialog", "LinkedIn messages.csv (onto the timelines)")),
    (Format.LINKEDIN_EXPORT, QT_TRANSLATE_NOOP("importdialog", "LinkedIn export (.zip)")),
)
_SHOW = (
    (None, QT_TRANSLATE_NOOP("importdialog", "Everything")),
    (frozenset({Action.CREATE}), QT_TRANSLATE_NOOP("importdialog", "New people")),
    (frozenset({Action.MERGE, Action.UNCHANGED}),
     QT_TRANSLATE_NOOP("importdialog", "People already in the journal")),
    (frozenset({Action.REJECT}), QT_TRANSLATE_NOOP("importdialog", "Rejected")),
    (frozenset({Action.SKIP}), QT_TRANSLATE_NOOP("importdialog", "Skipped")),
)


def _tr(text: object) -> str:
    """Translate a word marked with ``QT_TRANSLATE_NOOP`` in this module's context."""
    return QCoreApplication.translate(_CONTEXT, str(text))


def _plain_label(parent: QWidget, *, error: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons are never markup
    label.setWordWrap(True)
    if error:
        label.setStyleSheet("color: #a12622; background: #fbeceb; border-radius: 4px; "
                            "padding: 6px 8px;")
        label.hide()
    return label


def _documents() -> Path:
    """The user's documents folder, created if missing; else the home folder.

    A fresh machine may have no ``~/Documents``: a proposed file there would fail.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder:
        path = Path(folder)
        with contextlib.suppress(OSError):
            path.mkdir(mode=0o700, parents=False, exist_ok=True)
        if path.is_dir():
            return path
    return Path.home()


class ImportDialog(QDialog):
    """Choose a file, see what the import will do, import, read the report."""

    sig_imported = Signal(object)
    """The import was written to the journal (its ImportReport)."""

    def __init__(self, store: Store, events: JournalEvents,
                 parent: QWidget | None = None, *,
                 red_flags: Iterable[str] = DEFAULT_RED_FLAGS) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._red_flags = tuple(red_flags)
        self.report: ImportReport | None = None  # the last preview, or the import's report
        self.imported = False
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(820, 520)

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("A vCard, a LinkedIn, Google or Outlook "
                                                  "CSV, a LinkedIn export (.zip), or a "
                                                  "NetJournal full export"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.format_box = QComboBox(self)
        for fmt, text in _FORMATS:
            self.format_box.addItem(_tr(text), fmt)
        self.show_box = QComboBox(self)
        for actions, text in _SHOW:
            self.show_box.addItem(_tr(text), actions)
        self.summary_label = _plain_label(self)
        self.summary_label.setText(self.tr("Choose a file to see who it brings in before "
                                           "anything is written."))
        self.error_label = _plain_label(self, error=True)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Who the file brings in"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.WHERE, 140), (Column.NAME, 210), (Column.ACTION, 110)):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.strangers = StrangersPanel(store, self)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Kind of file:"), self.format_box)
        show_row = QHBoxLayout()
        show_row.addWidget(self.summary_label, 1)
        show_row.addWidget(QLabel(self.tr("Show:"), self))
        show_row.addWidget(self.show_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(show_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.strangers)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.editingFinished.connect(self._on_path_edit_editing_finished)
        self.format_box.currentIndexChanged.connect(self._on_format_box_changed)
        self.show_box.currentIndexChanged.connect(self._on_show_box_changed)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.strangers.sig_people_added.connect(self._on_strangers_people_added)
        self.buttons.rejected.connect(self.reject)

    # what the user does ----------------------------------------------------------------

    def set_file(self, path: Path) -> None:
        """Take ``path`` as the file to import and preview it."""
        self.path_edit.setText(str(path))
        self.preview()

    def set_format(self, fmt: Format) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def preview(self) -> ImportReport | None:
        """Run the import as a dry run and show what it would do (None on an error)."""
        if self.imported:
            return self.report
        report = self._run(dry_run=True)
        self.import_button.setEnabled(report is not None and any(
            o.action in (Action.CREATE, Action.MERGE) for o in report.outcomes))
        if report is not None:
            self.summary_label.setText(self._counts(report) + " " + self.tr(
                "Nothing is written until you press Import.") + self._left_out(report))
        return report

    def _counts(self, report: ImportReport) -> str:
        """What a preview brings, in one or a few sentences (a ZIP: one per file)."""
        if report.kind == Kind.EXPORT:
            return " ".join(fill(self.tr("%1: %2"), name, self._counts(part))
                            for name, part in report.parts)
        if report.kind == Kind.REQUESTS:
            return fill(self.tr("%1 connection requests to add, %2 skipped, %3 rejected."),
                        report.imported, len(report.skipped), len(report.rejected))
        if report.kind == Kind.INTERACTIONS:
            return fill(self.tr("%1 conversations (one entry a day) to put on the "
                                "timelines, %2 skipped, %3 rejected."),
                        report.imported, len(report.skipped), len(report.rejected))
        text = fill(self.tr("%1 new, %2 already in your journal (%3 with something new to "
                            "add), %4 rejected."),
                    report.imported, report.merged, report.merged - report.unchanged,
                    len(report.rejected))
        if report.accepted and report.dry_run:
            text += " " + self.tr("%n pending connection requests are from people who are "
                                  "now connections: they will be marked accepted.", "",
                                  report.accepted)
        return text

    def _left_out(self, report: ImportReport) -> str:
        """The file's columns that were left out (warnings about no record in particular)."""
        places = {o.where for o in report.outcomes}
        notes = [f"{w.where}: {w.reason}" for w in report.warnings if w.where not in places]
        if not notes:
            return ""
        return "\n" + fill(self.tr("Not imported: %1"), "; ".join(notes))

    def run_import(self) -> ImportReport | None:
        """Write the import and show its report (None on an error)."""
        report = self._run(dry_run=False)
        if report is None:
            return None
        self.imported = True
        self.import_button.setEnabled(False)
        self.path_edit.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.format_box.setEnabled(False)
        if report.kind == Kind.CONTACTS:
            message = fill(self.tr("Imported %1 new, merged %2, rejected %3."),
                           report.imported, report.merged, len(report.rejected))
        else:
            message = fill(self.tr("Imported: %1"), self._counts(report))
        if report.accepted:
            message += " " + self.tr("%n connection requests marked accepted.", "",
                                     report.accepted)
        if report.unchanged:
            message += " " + self.tr("%n of the merged already had everything in the file.",
                                     "", report.unchanged)
        if report.records:
            counts = self.tr(", ").join(
                fill(self.tr("%1: %2"), QCoreApplication.translate(
                    records.CONTEXT, records.record_words(key).many), QLocale().toString(n))
                for key, n in report.records.items())
            message += " " + fill(self.tr("Also added (%1)."), counts)
        self.summary_label.setText(message + self._left_out(report))
        self._events.sig_journal_reset.emit()
        self._events.sig_status.emit(message)
        self.sig_imported.emit(report)
        return report

    def _run(self, *, dry_run: bool) -> ImportReport | None:
        path = self.path()
        self.error_label.hide()
        if path is None:
            self.report = None
            self.model.set_report(None)
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = import_file(self._store, path, self.format_box.currentData(),
                                 dry_run=dry_run, red_flags=self._red_flags)
        except (InteropError, StorageError) as e:
            report = None
            self.error_label.setText(fill(self.tr("%1 cannot be imported: %2"), path.name, e))
            self.error_label.show()
        finally:
            QApplication.restoreOverrideCursor()
        self.report = report
        self.model.set_report(report)
        self.strangers.set_people(report.strangers if report else ())
        return report

    # slots -----------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), str(self.path() or _documents()),
            self.tr("Contacts and LinkedIn exports (*.vcf *.vcard *.csv *.json *.zip);;"
                    "All files (*)"))
        if chosen:
            self.set_file(Path(chosen))

    def _on_path_edit_editing_finished(self) -> None:
        if self.path() is not None and not self.imported:
            self.preview()

    def _on_format_box_changed(self, _index: int) -> None:
        if self.path() is not None:
            self.preview()

    def _on_show_box_changed(self, _index: int) -> None:
        self.model.set_filter(self.show_box.currentData())

    def _on_import_button_clicked(self) -> None:
        self.run_import()

    def _on_strangers_people_added(self, ids: list[int]) -> None:
        """New contacts: the journal views refresh, and the file is previewed again (its
        conversations with them are new now; importing again adds only those)."""
        self._events.sig_journal_reset.emit()
        self._events.sig_status.emit(self.tr("Added %n contacts.", "", len(ids)))
        self.imported = False
        for widget in (self.path_edit, self.browse_button, self.format_box):
            widget.setEnabled(True)
        self.preview()


# -- export -----------------------------------------------------------------------------------

_EXPORTS = (
    (ExportFormat.VCARD, "4.0", ".vcf",
     QT_TRANSLATE_NOOP("importdialog", "vCard 4.0, for phones and address books")),
    (ExportFormat.VCARD, "3.0", ".vcf",
     QT_TRANSLATE_NOOP("importdialog", "vCard 3.0, for older address books")),
    (ExportFormat.CSV, "", ".csv", QT_TRANSLATE_NOOP("importdialog", "CSV, for spreadsheets")),
    (ExportFormat.JSON, "", ".json",
     QT_TRANSLATE_NOOP("importdialog", "NetJournal full export (JSON): everything, lossless")),
    (ExportFormat.ICS, "", ".ics",
     QT_TRANSLATE_NOOP("importdialog", "Calendar (ICS): open follow-ups")),
)
_SUFFIXES = {suffix for *_, suffix, _ in _EXPORTS}


class ExportDialog(QDialog):
    """Choose a format and a file; write the journal there. The File menu's Export…"""

    sig_exported = Signal(str)
    """A file was written (its path)."""

    def __init__(self, store: Store, events: JournalEvents, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._today = today
        self.setWindowTitle(self.tr("Export the journal"))
        self.setMinimumWidth(560)
        self.format_box = QComboBox(self)
        for fmt, version, suffix, text in _EXPORTS:
            self.format_box.addItem(_tr(text), (fmt, version, suffix))
        self.path_edit = QLineEdit(str(_documents() / "netjournal-contacts.vcf"), self)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.error_label = _plain_label(self, error=True)
        self.plain_note = _plain_label(self)  # an encrypted journal's exports are not
        self.plain_note.setText(self.tr(
            "The journal is encrypted; the exported file is not. Keep it somewhere safe."))
        self.plain_note.setVisible(store.encrypted)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("File:"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.plain_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._on_format_box_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def set_choice(self, fmt: ExportFormat, vcard_version: str = "") -> None:
        for i in range(self.format_box.count()):
            data = self.format_box.itemData(i)
            if data[0] == fmt and (not vcard_version or data[1] == vcard_version):
                self.format_box.setCurrentIndex(i)
                return

    def set_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def run_export(self) -> Path | None:
        """Write the file; close the dialog on success (None and a message on an error)."""
        fmt, version, _ = self.format_box.currentData()
        text = self.path_edit.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to write the file."))
            return None
        path = Path(text).expanduser()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            n = export_file(self._store, path, fmt, vcard_version=version or "4.0",
                            today=self._today or dt.date.today())
        except InteropError as e:
            self._show_error(str(e))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if fmt == ExportFormat.ICS:
            what = (self.tr("Exported 1 calendar entry to %2") if n == 1
                    else self.tr("Exported %1 calendar entries to %2"))
        else:
            what = (self.tr("Exported 1 contact to %2") if n == 1
                    else self.tr("Exported %1 contacts to %2"))
        self._events.sig_status.emit(fill(what, n, str(path)))
        self.sig_exported.emit(str(path))
        self.accept()
        return path

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _on_format_box_changed(self, _index: int) -> None:
        suffix = self.format_box.currentData()[2]
        text = self.path_edit.text().strip()
        if text and Path(text).suffix.lower() in _SUFFIXES:
            self.path_edit.setText(str(Path(text).with_suffix(suffix)))

    def _on_browse_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the journal"),
                                                self.path_edit.text())
        if chosen:
            self.set_file(Path(chosen))

    def _on_buttons_accepted(self) -> None:
        self.run_export()
