"""Address-book sync in the app: at start, a few seconds after the journal changes, and on
demand, with a status line in words.

The work is :func:`netjournal.interop.vdir.sync`, run on the UI thread: with nothing
changed it reads no card and takes a few tens of milliseconds for thousands of contacts
(``benchmarks/bench_sync.py``). A large sync (the first one of a big journal) goes in
steps of :data:`STEP` cards, each a fraction of a second, and the window answers between
them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.style import fill

if TYPE_CHECKING:  # the sync's modules load on the first sync, not at start-up
    from netjournal.interop.vdir import SyncReport, VdirError

DEBOUNCE_MS = 5000
"""How long after the last change in the journal a sync runs."""
STEP = 300
"""Cards read or written in one step: a large first sync goes in steps of a fraction of a
second, and the window answers between them."""


class AddressBookSync(QObject):
    """Keeps the journal and its address-book folder in step for one window."""

    sig_status = Signal(str)
    """A line saying how the last sync went (already translated)."""

    sig_synced = Signal(object)
    """A sync finished (its :class:`~netjournal.interop.vdir.SyncReport`)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._settings = settings
        self._quiet = False  # while this object tells the panes what a sync changed
        self._so_far: SyncReport | None = None  # the steps of a sync that goes on
        self.status = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.sync_now)
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self.sync_now)
        for signal in (events.sig_contacts_changed, events.sig_contacts_removed,
                       events.sig_journal_reset):
            signal.connect(self._on_journal_changed)

    @property
    def enabled(self) -> bool:
        return bool(self._settings.vdir_folder)

    def set_settings(self, settings: Settings) -> None:
        """New preferences; a new folder is synced at once."""
        moved = settings.vdir_folder != self._settings.vdir_folder
        self._settings = settings
        if moved and self.enabled:
            self.sync_now()

    def start(self) -> None:
        """The sync at start (nothing without a folder)."""
        if self.enabled:
            QTimer.singleShot(0, self.sync_now)

    def _on_journal_changed(self, *_: object) -> None:
        if self.enabled and not self._quiet:
            self._timer.start()  # (re)started: one sync after the last of many changes

    def pending(self) -> bool:
        return self._timer.isActive()

    def sync_now(self) -> SyncReport | None:
        """Sync now; returns the report (None when it could not run: see the status)."""
        from netjournal.interop import InteropError
        from netjournal.interop.vdir import SyncOptions, VdirError, sync

        self._timer.stop()
        self._next.stop()
        if not self.enabled:
            self._say(self.tr("Address book: no folder chosen (Edit > Settings)"))
            return None
        folder = Path(self._settings.vdir_folder)
        options = SyncOptions(version=self._settings.vdir_version,
                              with_note=self._settings.vdir_note, limit=STEP)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            step = sync(self._store, folder, options)
        except VdirError as e:
            self._so_far = None
            self._say(self._words(e))
            return None
        except (InteropError, StorageError, OSError) as e:
            self._so_far = None
            self._say(fill(self.tr("Address book: not synced: %1"), str(e)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._tell_panes(step)
        report = _joined(self._so_far, step)
        if step.more:  # a large sync: the next step once the window has answered
            self._so_far = report
            self._say(fill(self.tr("Address book: syncing… (%1 cards so far)"),
                           len(report.written) + report.read))
            self._next.start()  # one chain of steps, however often a sync is asked for
            return report
        self._so_far = None
        self._say(self.summary(report))
        self.sig_synced.emit(report)
        return report

    def _words(self, e: VdirError) -> str:
        folder = str(e.folder)
        if e.code == "missing":
            return fill(self.tr("Address book: the folder %1 does not exist"), folder)
        if e.code == "not_folder":
            return fill(self.tr("Address book: %1 is a file, not a folder"), folder)
        return fill(self.tr("Address book: the folder %1 cannot be read"), folder)

    def summary(self, report: SyncReport) -> str:
        """The status line for a finished sync."""
        parts = []
        for count, text in ((len(report.new), self.tr("new %1")),
                            (len(report.updated), self.tr("updated %1")),
                            (len(report.archived), self.tr("archived %1")),
                            (len(report.conflicts),
                             self.tr("conflicts %1 (the journal's values kept)")),
                            (len(report.written), self.tr("cards written %1"))):
            if count:
                parts.append(fill(text, count))
        line = (fill(self.tr("Address book synced: %1"), ", ".join(parts)) if parts
                else self.tr("Address book synced: nothing changed"))
        if report.unreadable:
            names = ", ".join(u.file_name for u in report.unreadable[:3])
            line += " " + fill(self.tr("(cards that cannot be read: %1)"), names)
        return line

    def _tell_panes(self, report: SyncReport) -> None:
        self._quiet = True
        try:
            changed = [p.contact_id for p in report.new] + [
                u.contact_id for u in report.updated]
            if changed:
                self._events.sig_contacts_changed.emit(changed)
            if report.archived:
                self._events.sig_contacts_removed.emit([p.contact_id for p in report.archived])
        finally:
            self._quiet = False

    def busy(self) -> bool:
        """Whether a sync in steps is under way."""
        return self._so_far is not None

    def _say(self, text: str) -> None:
        self.status = text
        self.sig_status.emit(text)


def _joined(before: SyncReport | None, step: SyncReport) -> SyncReport:
    """The report of a sync's steps so far."""
    if before is None:
        return step
    joined = dataclasses.replace(before, read=before.read + step.read, more=step.more)
    for name in ("written", "removed", "new", "updated", "archived", "conflicts",
                 "unreadable"):
        setattr(joined, name, getattr(before, name) + getattr(step, name))
    return joined
