"""Print and export one-page contact summaries: from a card, a selection or an event.

:class:`SummaryPrinter` is what the card and the main window call: a print preview
(``QPrintPreviewDialog``, from which the user prints), an Export PDF with a file dialog,
and the same for several contacts at once, one page each. Pages are painted by
:mod:`netjournal.report`, exactly as ``netjournal print`` makes them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netjournal.domain.ties import Cadences
from netjournal.report import ReportError, pdf
from netjournal.report.data import SummaryData, gather
from netjournal.report.words import Words
from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.style import fill

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_file_name(names: Sequence[str]) -> str:
    """A file name for the PDF: the contact's name, or a generic one for several."""
    if len(names) == 1:
        stem = " ".join(_UNSAFE.sub(" ", names[0]).split())[:80].strip(" .")
        if stem:
            return f"{stem} - summary.pdf"
    return "contact summaries.pdf"


class SummaryPrinter(QObject):
    """Print previews and PDF exports of contact summaries, one page per contact.

    Args:
        store: the open journal.
        events: the window's change notifications (a status message after an export).
        settings: the preferences (page size, keep-in-touch cadences).
        parent: the widget dialogs are centred on.
        clock: the current time (tests pin it).
    """

    sig_exported = Signal(str)
    """A summary PDF was written (its path)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] = _now) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._settings = settings
        self._parent = parent
        self._clock = clock
        self._last_folder = ""

    def set_settings(self, settings: Settings) -> None:
        """Use new preferences from now on (the page size may have changed)."""
        self._settings = settings

    def page_size(self) -> QPageSize:
        return pdf.page_size_for(self._settings.page_size)

    def summaries(self, contact_ids: Sequence[int]) -> list[SummaryData]:
        """Read what the pages show, once, for every contact (deleted ones skipped)."""
        s = self._settings
        cadences = Cadences(close=s.cadence_close_days, regular=s.cadence_regular_days,
                            weak=s.cadence_weak_days)
        now = self._clock()
        wanted = [cid for cid in dict.fromkeys(contact_ids) if self._store.contacts.exists(cid)]
        return [gather(self._store, cid, now=now, cadences=cadences) for cid in wanted]

    # print preview ---------------------------------------------------------------------

    def preview_dialog(self, contact_ids: Sequence[int]) -> QPrintPreviewDialog | None:
        """A print preview of the summaries, not yet shown (None if there is nothing)."""
        try:
            summaries = self.summaries(contact_ids)
            if not summaries:
                self._warn(self.tr("There is no contact to print."))
                return None
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(pdf.page_layout(self.page_size()))
            printer.setDocName(self._title(summaries))
        except (ReportError, StorageError) as e:
            self._warn(str(e))
            return None
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(fill(self.tr("Print %1"), self._title(summaries)))
        dialog.setProperty("summary_pages", len(summaries))
        # The dialog does not own the printer: keep it alive as long as the dialog.
        dialog.printer_ref = printer  # type: ignore[attr-defined]

        def paint(device: QPrinter) -> None:
            self._on_preview_paint_requested(device, summaries)

        dialog.paintRequested.connect(paint)
        return dialog

    def print_preview(self, contact_ids: Sequence[int]) -> None:
        """Show the print preview of one or more contacts (one page each) and print."""
        dialog = self.preview_dialog(contact_ids)
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def print_event(self, event_id: int) -> None:
        """Preview the summaries of everyone met at an event."""
        self.print_preview(self._store.events.contact_ids(event_id))

    def _on_preview_paint_requested(self, printer: QPrinter,
                                    summaries: list[SummaryData]) -> None:
        try:
            pdf.paint(printer, summaries, Words())
        except ReportError as e:
            self._warn(str(e))

    # export ----------------------------------------------------------------------------

    def export_pdf(self, contact_ids: Sequence[int], path: Path | None = None) -> Path | None:
        """Write the summaries to a PDF; ask where with a file dialog if ``path`` is None.

        Returns the file written, or None if the user cancelled or it failed (the user
        was told why).
        """
        try:
            summaries = self.summaries(contact_ids)
        except StorageError as e:
            self._warn(str(e))
            return None
        if not summaries:
            self._warn(self.tr("There is no contact to export."))
            return None
        if path is None:
            path = self._ask_path([s.contact.name for s in summaries])
            if path is None:
                return None
        try:
            pdf.write_pdf(path, summaries, page_size=self.page_size(), words=Words())
        except ReportError as e:
            self._warn(str(e))
            return None
        except OSError as e:
            self._warn(fill(self.tr("%1 could not be written: %2"), str(path),
                            e.strerror or str(e)))
            return None
        self._last_folder = str(path.parent)
        self._events.sig_status.emit(fill(self.tr("Saved %1"), str(path)))
        self.sig_exported.emit(str(path))
        return path

    def _ask_path(self, names: Sequence[str]) -> Path | None:
        folder = self._last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / default_file_name(names)) if folder else ""
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export summary as PDF"), suggested,
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # helpers ---------------------------------------------------------------------------

    def _title(self, summaries: Sequence[SummaryData]) -> str:
        if len(summaries) == 1:
            return summaries[0].contact.name
        return fill(self.tr("%1 contact summaries"), str(len(summaries)))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Printing"), text)
