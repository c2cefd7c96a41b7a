"""The safety net in the app: the open-time check, automatic backups, restore dialogs.

The work itself is :mod:`netjournal.storage.backups` and ``storage.db.find_damage``; this
module runs it off the UI thread and asks the user. :class:`SafetyNet` checks the journal
right after the window shows (holding every write until the check passes), takes a
verified backup every interval while the journal changes and once more at close, and
offers File > Restore from backup.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netjournal import dates
from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage import StorageError, backups, damagecheck
from netjournal.storage.backups import BackupInfo
from netjournal.storage.store import Store
from netjournal.ui.style import fill

_Index = QModelIndex | QPersistentModelIndex


def _when(info: BackupInfo) -> str:
    """When a backup was taken, in the short date and time style of every other pane."""
    return dates.moment_text(info.taken_at, short=True)


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
        self._backed_up_at = backups.changes(store)
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
        backups.hold_writes(self._store, True)
        if not self._full_check:
            self._on_checked("")
            return
        folder = self._data_dir
        self._run(lambda: damagecheck.full_check(folder) or "", self._on_checked)

    def _on_checked(self, problem: object) -> None:
        text = problem if isinstance(problem, str) else str(problem)
        if not text:
            self.healthy = True
            backups.hold_writes(self._store, False)
            self._timer.start()
        self.sig_checked.emit(text)

    # backups ---------------------------------------------------------------------------

    def backup_if_changed(self) -> None:
        """Take a verified backup in a thread when the journal changed since the last one."""
        if not self.healthy or backups.changes(self._store) == self._backed_up_at:
            return
        self._backed_up_at = backups.changes(self._store)
        self._run(self._take, self._on_taken)

    def finish(self) -> None:
        """At close: a last backup if the journal changed and one is due; waits for it."""
        for t in self._threads:
            t.join()
        self._timer.stop()
        if not self.healthy or backups.changes(self._store) == self._backed_up_at:
            return
        interval = dt.timedelta(minutes=self._settings.backup_interval_minutes)
        if not backups.due(self._data_dir.backups, interval):
            return
        worker = threading.Thread(target=self._take, name="netjournal-backup")
        worker.start()
        worker.join()

    def _take(self) -> str:
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


class BackupsModel(QAbstractTableModel):
    """The backups of a data folder, newest first: when, contacts, size, verified."""

    HEADERS = (QT_TRANSLATE_NOOP("safety", "Taken"), QT_TRANSLATE_NOOP("safety", "Contacts"),
               QT_TRANSLATE_NOOP("safety", "Size"), QT_TRANSLATE_NOOP("safety", "Checked"))

    def __init__(self, found: list[BackupInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = found

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("safety", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return _when(b)
        if col == 1:
            return "?" if b.contacts is None else QLocale().toString(b.contacts)
        if col == 2:
            return QLocale().formattedDataSize(b.bytes)
        return (QCoreApplication.translate("safety", "verified") if b.verified
                else QCoreApplication.translate("safety", "not checked"))

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]


class BackupChooser(QDialog):
    """File > Restore from backup: the list of backups; OK restores the selected one."""

    def __init__(self, found: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = BackupsModel(found, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        intro = QLabel(self.tr("The journal is replaced by the backup you choose; the "
                               "journal as it is now is kept beside it."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        if found:
            self.view.selectRow(0)
        self.restore_button.setEnabled(bool(found))

    def chosen(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()).path if rows else None


class DamageDialog(QMessageBox):
    """The journal is damaged: restore the newest good backup, choose another, or quit."""

    def __init__(self, problem: str, newest: BackupInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("NetJournal")
        self.setTextFormat(Qt.TextFormat.PlainText)
        text = fill(self.tr("The journal is damaged and cannot be used safely:\n%1"), problem)
        if newest is not None:
            text += "\n\n" + fill(self.tr("The newest good backup is from %1, with %2 contacts."),
                                  _when(newest), newest.contacts or 0)
        else:
            text += "\n\n" + self.tr("There is no verified backup of it.")
        text += "\n\n" + self.tr("The damaged file is kept beside the journal; nothing is "
                                 "deleted.")
        self.setText(text)
        self.restore_button: QPushButton | None = None
        if newest is not None:
            self.restore_button = self.addButton(self.tr("Restore the newest backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        self.choose_button = self.addButton(self.tr("Choose another backup…"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)


def ask_for_backup(problem: str, data_dir: DataDir,
                   parent: QWidget | None = None) -> Path | None:
    """Show :class:`DamageDialog` (and the chooser if asked); the backup to restore, or None."""
    found = backups.list_backups(data_dir.backups)
    newest = next((b for b in found if b.verified), None)
    while True:
        box = DamageDialog(problem, newest, parent)
        box.exec()
        clicked = box.clickedButton()
        if box.restore_button is not None and clicked is box.restore_button:
            return newest.path if newest else None
        if clicked is not box.choose_button:
            return None
        chooser = BackupChooser(found, parent)
        if chooser.exec() == QDialog.DialogCode.Accepted and chooser.chosen() is not None:
            return chooser.chosen()


def choose_backup(data_dir: DataDir, parent: QWidget | None = None) -> Path | None:
    """File > Restore from backup: the chooser, then a confirmation; the file or None."""
    chooser = BackupChooser(backups.list_backups(data_dir.backups), parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return None
    return chooser.chosen()


def restore_message(result: backups.RestoreResult) -> str:
    """The words after a restore: how many contacts came back, where the old journal is."""
    text = fill(QCoreApplication.translate("safety", "Restored %1 contacts from %2."),
                result.contacts, str(result.source))
    if result.kept is not None:
        text += " " + fill(QCoreApplication.translate(
            "safety", "The journal it replaced is kept as %1."), str(result.kept))
    return text
