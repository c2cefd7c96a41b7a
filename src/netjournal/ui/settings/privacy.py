"""Settings > Privacy: encrypt the journal, decrypt it, change its passphrase.

Encrypting and decrypting replace the journal's file, so the page only asks: it emits
:attr:`PrivacyPage.sig_reopen_asked` with a :class:`PrivacyRequest` and the app closes the
window, runs it (:mod:`netjournal.ui.settings.convert`, with a progress bar) and opens
the journal again. Changing the passphrase only rewrites the key file and is done here.
Where SQLCipher is not installed the page says how to enable encryption.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal import passphrase
from netjournal.paths import DataDir
from netjournal.storage import StorageError, cipher, keyed, keyfile
from netjournal.storage.lock import WriterLock
from netjournal.ui.passphrase import NewPassphraseDialog
from netjournal.ui.settings import SettingsContext


@dataclass(frozen=True)
class PrivacyRequest:
    """What the page asks the app to do with the window closed (never saved anywhere)."""

    kind: str  # "encrypt" or "decrypt"
    passphrase: str = ""


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _remembered(data_dir: DataDir) -> bool:
    """Whether the user chose to keep this journal's key in the desktop keyring."""
    try:
        return keyfile.load(keyed.key_file_of(data_dir.database)).remembered
    except StorageError:
        return False


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message box whose text is shown as plain text (paths, SQLite's words)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class PrivacyPage(QWidget):
    """Whether the journal is encrypted, and the buttons that change it."""

    sig_reopen_asked = Signal(object)
    """A :class:`PrivacyRequest` that needs the journal closed while it runs."""

    @staticmethod
    def title() -> str:
        return PrivacyPage.tr("Privacy")

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = context.data_dir
        self.status = _label()
        self.status.setObjectName("status")
        self.details = _label()
        self.encrypt_button = QPushButton(self.tr("&Encrypt the journal…"))
        self.change_button = QPushButton(self.tr("&Change passphrase…"))
        self.decrypt_button = QPushButton(self.tr("&Decrypt the journal…"))
        self.remember = QCheckBox(self.tr("&Remember on this computer (desktop keyring)"))
        self.remember.setToolTip(self.tr(
            "NetJournal then opens without asking for the passphrase. Anyone who can use "
            "your desktop session can then open the journal."))
        buttons = QHBoxLayout()
        for button in (self.encrypt_button, self.change_button, self.decrypt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.remember)
        layout.addStretch(1)
        self.encrypt_button.clicked.connect(self._on_encrypt_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.decrypt_button.clicked.connect(self._on_decrypt_button_clicked)
        self.refresh()
        self.remember.toggled.connect(self._on_remember_toggled)

    def refresh(self) -> None:
        """Show the journal's state and the actions that apply to it."""
        encrypted = cipher.is_encrypted(self._data_dir)
        available = keyed.available()
        if not available and not encrypted:
            self.status.setText(self.tr("Encryption is not available in this installation."))
            self.details.setText(self.tr(
                "NetJournal encrypts the journal with SQLCipher, which comes with the "
                "sqlcipher3-binary package on Linux (x86-64 and arm64). Install it where "
                "NetJournal is installed (pip install sqlcipher3-binary), then start "
                "NetJournal again. Until then the journal is a plain file: keep the data "
                "folder on an encrypted disk."))
        elif encrypted:
            self.status.setText(self.tr("The journal is encrypted: it opens only with its "
                                        "passphrase (or its recovery key)."))
            self.details.setText(self.tr(
                "Its backups in the data folder are encrypted with it. Keep the key file "
                "netjournal.key beside the journal: without it neither opens. Exports you "
                "saved elsewhere are plain files."))
        else:
            self.status.setText(self.tr("The journal is not encrypted: anyone who can copy "
                                        "the data folder can read it."))
            self.details.setText(self.tr(
                "Encrypting locks the journal and its backups with a passphrase of your own "
                "(SQLCipher). A forgotten passphrase means the journal is gone, unless you "
                "keep the recovery key shown once after encrypting."))
        self.encrypt_button.setVisible(not encrypted)
        self.encrypt_button.setEnabled(available)
        self.change_button.setVisible(encrypted)
        self.decrypt_button.setVisible(encrypted)
        self.remember.setVisible(encrypted)
        self.remember.setEnabled(encrypted and passphrase.keyring_usable())
        self.remember.blockSignals(True)
        self.remember.setChecked(encrypted and _remembered(self._data_dir))
        self.remember.blockSignals(False)

    def _on_remember_toggled(self, checked: bool) -> None:
        from netjournal.ui.unlock import remember

        if checked:
            if not remember(self._data_dir):
                tell(self, QMessageBox.Icon.Warning, self.tr("Privacy"),
                     self.tr("The desktop keyring could not keep the key."))
        else:
            passphrase.forget(cipher.remembered_account(self._data_dir))
            with contextlib.suppress(StorageError):
                cipher.set_remembered(self._data_dir, False)
        self.refresh()

    def _on_encrypt_button_clicked(self) -> None:
        dialog = NewPassphraseDialog(
            self.tr("Encrypt the journal"),
            self.tr("Choose a passphrase. A forgotten passphrase means the journal is "
                    "gone, unless you keep the recovery key NetJournal shows next: write "
                    "it down or print it. NetJournal closes the journal while it encrypts "
                    "it and its backups, then opens it again."), self)
        if dialog.exec() == NewPassphraseDialog.DialogCode.Accepted:
            self.sig_reopen_asked.emit(PrivacyRequest("encrypt", dialog.passphrase()))

    def _on_decrypt_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Decrypt the journal"),
            self.tr("Decrypt the journal and its backups for good? Anyone who can copy the "
                    "data folder will be able to read them again."))
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_reopen_asked.emit(PrivacyRequest("decrypt"))

    def _on_change_button_clicked(self) -> None:
        dialog = NewPassphraseDialog(
            self.tr("Change the passphrase"),
            self.tr("The journal will open with the new passphrase only. The recovery key "
                    "stays good."), self)
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return
        try:
            cipher.change_passphrase(self._data_dir, dialog.passphrase(),
                                     lock=WriterLock(self._data_dir.lock))
        except StorageError as e:
            tell(self, QMessageBox.Icon.Warning, self.tr("Change the passphrase"), str(e))
            return
        tell(self, QMessageBox.Icon.Information, self.tr("Change the passphrase"),
             self.tr("The journal now opens with the new passphrase."))
