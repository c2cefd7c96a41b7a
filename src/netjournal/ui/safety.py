"""The safety net's dialogs: choosing a backup to restore, and what to do with a damaged
journal (File > Restore from backup, and the dialog after a failed check).

:class:`SafetyNet` (the open-time check and the automatic backups) lives in
:mod:`netjournal.ui.safetynet`, which the app loads at start without these dialogs.
"""

from __future__ import annotations

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
from netjournal.storage import backup_restore, backups
from netjournal.storage.backups import BackupInfo
from netjournal.ui.safetynet import SafetyNet as SafetyNet
from netjournal.ui.style import fill

_Index = QModelIndex | QPersistentModelIndex


def _when(info: BackupInfo) -> str:
    """When a backup was taken, in the short date and time style of every other pane."""
    return dates.moment_text(info.taken_at, short=True)


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


def restore_message(result: backup_restore.RestoreResult) -> str:
    """The words after a restore: how many contacts came back, where the old journal is."""
    text = fill(QCoreApplication.translate("safety", "Restored %1 contacts from %2."),
                result.contacts, str(result.source))
    if result.kept is not None:
        text += " " + fill(QCoreApplication.translate(
            "safety", "The journal it replaced is kept as %1."), str(result.kept))
    return text
