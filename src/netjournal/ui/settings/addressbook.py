"""The "Address book" page of the settings: the vCard folder vdirsyncer syncs, the vCard
version, whether cards carry the journal's notes, and a sync on demand."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.settings import Settings

_Index = QModelIndex | QPersistentModelIndex


class ArchivedModel(QAbstractListModel):
    """Archived contacts (id, name), as the page was given them; the id is the UserRole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cid, name = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.UserRole:
            return cid
        return None


class AddressBookPage(QWidget):
    """A self-contained settings page; :meth:`apply` puts its values into a Settings."""

    sig_sync_requested = Signal()
    """The user asked for a sync now (with the values on the page, once applied)."""

    sig_restore_requested = Signal(int)
    """The user asked to bring an archived contact back (its id)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookPage")
        intro = QLabel(self.tr(
            "NetJournal keeps one vCard file per contact in this folder; vdirsyncer syncs "
            "the folder with your address book (Nextcloud, iCloud, Fastmail, Radicale…). "
            "The journal's own notes and timeline stay on this computer."))
        intro.setWordWrap(True)
        self.folder = QLineEdit(settings.vdir_folder)
        self.folder.setPlaceholderText(self.tr("No folder: the address book is not synced"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.version = QComboBox()
        self.version.addItem(self.tr("vCard 4.0"), "4.0")
        self.version.addItem(self.tr("vCard 3.0 (older address books)"), "3.0")
        self.version.setCurrentIndex(max(0, self.version.findData(settings.vdir_version)))
        self.with_note = QCheckBox(self.tr("Put my notes about each person on their card"))
        self.with_note.setChecked(settings.vdir_note)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sig_sync_requested)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Format:"), self.version)
        form.addRow("", self.with_note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        archived = QLabel(self.tr("Archived: their cards were deleted from the address book; "
                                  "their journal is kept. Restore one to write its card "
                                  "again."))
        archived.setWordWrap(True)
        self.archived = ArchivedModel(self)
        self.archived_view = QListView()
        self.archived_view.setModel(self.archived)
        self.archived_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.archived_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.archived_view.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(
                self.archived_view.selectionModel().hasSelection()))
        layout.addWidget(archived)
        layout.addWidget(self.archived_view, 1)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

    def title(self) -> str:
        return self.tr("Address book")

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Address-book folder"),
                                                  self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_archived(self, rows: list[tuple[int, str]]) -> None:
        """Show the archived contacts: (id, name), most recent first."""
        self.archived.set_rows(rows)
        self.restore_button.setEnabled(False)

    def _on_restore_button_clicked(self) -> None:
        rows = self.archived_view.selectionModel().selectedRows()
        if rows:
            self.sig_restore_requested.emit(int(rows[0].data(Qt.ItemDataRole.UserRole)))

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this page's values."""
        folder = self.folder.text().strip()
        return dataclasses.replace(
            settings, vdir_folder=str(Path(folder).expanduser()) if folder else "",
            vdir_version=str(self.version.currentData()), vdir_note=self.with_note.isChecked())
