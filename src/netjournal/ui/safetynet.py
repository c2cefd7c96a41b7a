"""The safety net in the app: the open-time check and the automatic backups.

The work itself is :mod:`netjournal.storage.backups` and ``storage.damagecheck``; this
module runs it off the UI thread. :class:`SafetyNet` checks the journal right after the
window shows (holding every write until the check passes), and takes a verified backup
every interval while the journal changes and once more at close. The dialogs that restore
a backup are in :mod:`netjournal.ui.safety`, loaded when one is needed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage import StorageError, damagecheck
from netjournal.storage.store import Store
from netjournal.ui.style import fill


class SafetyNet(QObject):
    """Runs the journal's checks and backups off the UI thread for one open store."""

    sig_checked = Signal(str)
    """The open-time check finished: "" when the journal is healthy, else the problem."""

    sig_status = Signal(str)
    """A line for the status bar (a backup taken, or skipped and why)."""

    _sig_done = Signal(object, object)  # (callback, result) back on the UI thread

    def __init__(self, store: Store, data_dir: DataDir, settings: Settings,
                 parent: QObject | None = None, *, full_check: bool = True) -> None:
        super().__init__(parent)
        self._store = store
        self._full_check = full_check  # False: header and schema were read before opening
        self._data_dir = data_dir
        self._settings = settings
        self._backed_up_at = store.changes()
        self._threads: list[threading.Thread] = []
        self.healthy = False
        self._timer = QTimer(self)
        self._timer.setInterval(settings.backup_interval_minutes * 60_000)
        self._timer.timeout.connect(self.backup_if_changed)
        self._sig_done.connect(self._on_done)

    # the open-time check ---------------------------------------------------------------

    def check(self) -> None:
        """Run ``quick_check`` in a thread; writes are held until it passes.

        Without ``full_check`` (it ran less than a day ago on this file, and no crash
        since: :mod:`netjournal.storage.damagecheck`) the journal is healthy at once.
        """
        self._store.hold_writes(True)
        if not self._full_check:
            self._on_checked("")
            return
        folder = self._data_dir
        self._run(lambda: damagecheck.full_check(folder) or "", self._on_checked)

    def _on_checked(self, problem: object) -> None:
        text = problem if isinstance(problem, str) else str(problem)
        if not text:
            self.healthy = True
            self._store.hold_writes(False)
            self._timer.start()
        self.sig_checked.emit(text)

    # backups ---------------------------------------------------------------------------

    def backup_if_changed(self) -> None:
        """Take a verified backup in a thread when the journal changed since the last one."""
        if not self.healthy or self._store.changes() == self._backed_up_at:
            return
        self._backed_up_at = self._store.changes()
        self._run(self._take, self._on_taken)

    def finish(self) -> None:
        """At close: a last backup if the journal changed and one is due; waits for it."""
        for t in self._threads:
            t.join()
        self._timer.stop()
        if not self.healthy or self._store.changes() == self._backed_up_at:
            return
        from netjournal.storage import backups  # loaded when a backup may be taken

        interval = dt.timedelta(minutes=self._settings.backup_interval_minutes)
        if not backups.due(self._data_dir.backups, interval):
            return
        worker = threading.Thread(target=self._take, name="netjournal-backup")
        worker.start()
        worker.join()

    def _take(self) -> str:
        from netjournal.storage import backups

        try:
            info = backups.take_and_prune(self._data_dir.database, self._data_dir.backups,
                                          self._settings.retention())
        except backups.BackupSkippedError as e:
            return fill(self.tr("No backup was taken: %1"), str(e))
        except StorageError as e:
            return fill(self.tr("The backup failed and was deleted: %1"), str(e))
        return fill(self.tr("Backup taken and verified (%1 contacts)"), info.contacts or 0)

    def _on_taken(self, text: object) -> None:
        self.sig_status.emit(str(text))

    # threads ---------------------------------------------------------------------------

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        def body() -> None:
            try:
                result: object = work()
            except Exception as e:  # reported on the UI thread, never lost in the thread
                result = str(e)
            self._sig_done.emit(done, result)

        self._threads = [t for t in self._threads if t.is_alive()]
        worker = threading.Thread(target=body, name="netjournal-safety", daemon=True)
        self._threads.append(worker)
        worker.start()

    def _on_done(self, done: Callable[[object], None], result: object) -> None:
        done(result)
