"""The "Address book" page of the settings: the vCard folder vdirsyncer syncs, the vCard
version, whether cards carry the journal's notes, and a sync on demand."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.settings import Settings


class AddressBookPage(QWidget):
    """A self-contained settings page; :meth:`apply` puts its values into a Settings."""

    sig_sync_requested = Signal()
    """The user asked for a sync now (with the values on the page, once applied)."""

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
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Address book")

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Address-book folder"),
                                                  self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this page's values."""
        folder = self.folder.text().strip()
        return dataclasses.replace(
            settings, vdir_folder=str(Path(folder).expanduser()) if folder else "",
            vdir_version=str(self.version.currentData()), vdir_note=self.with_note.isChecked())
