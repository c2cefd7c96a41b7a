"""Running an encryption or decryption asked on the Privacy page, with the journal closed.

The work (:mod:`netjournal.storage.cipher`) runs on a worker thread while a progress bar
counts the files done (the journal, then each backup); the app opens the journal again
afterwards. After encrypting, the recovery key is shown once, with a button to save it
as a one-page PDF to print.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal import passphrase
from netjournal.paths import DataDir
from netjournal.report import ReportError
from netjournal.storage import StorageError, cipher
from netjournal.storage.lock import WriterLock
from netjournal.ui.settings.privacy import PrivacyRequest, tell
from netjournal.ui.style import fill


class _Worker(QObject):
    sig_progress = Signal(int, int)
    """Files done, files in all."""
    sig_done = Signal(object)
    """The :class:`cipher.Conversion`, or the error that stopped it."""

    def run(self, request: PrivacyRequest, data_dir: DataDir) -> None:
        lock = WriterLock(data_dir.lock)
        try:
            if request.kind == "encrypt":
                result: object = cipher.encrypt(data_dir, request.passphrase, lock=lock,
                                                progress=self.sig_progress.emit)
            else:
                result = cipher.decrypt(data_dir, lock=lock, progress=self.sig_progress.emit)
        except (StorageError, OSError) as e:
            result = e
        self.sig_done.emit(result)


def run(request: PrivacyRequest, data_dir: DataDir, parent: QWidget | None = None) -> bool:
    """Convert the (closed) journal as asked, showing progress; True when it was done."""
    if request.kind == "encrypt":
        text = QCoreApplication.translate("convert", "Encrypting the journal and its backups…")
    else:
        text = QCoreApplication.translate("convert", "Decrypting the journal and its backups…")
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)  # a conversion is never left half-way by a click
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    worker = _Worker()
    loop = QEventLoop()
    outcome: list[object] = []

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def on_done(result: object) -> None:
        outcome.append(result)
        loop.quit()

    worker.sig_progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    worker.sig_done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    progress.show()
    thread = threading.Thread(target=worker.run, args=(request, data_dir), daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    progress.close()
    result = outcome[0]
    if isinstance(result, Exception):
        tell(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("convert", "Privacy"),
             fill(QCoreApplication.translate("convert", "Nothing was changed: %1"),
                  str(result)))
        return False
    assert isinstance(result, cipher.Conversion)
    if request.kind == "decrypt":
        passphrase.forget(cipher.remembered_account(data_dir))
    RecoveryDialog(result, data_dir, parent).exec()
    return True


class RecoveryDialog(QDialog):
    """What the conversion did; after encrypting, the recovery key, shown this once."""

    def __init__(self, result: cipher.Conversion, data_dir: DataDir,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result = result
        self._data_dir = data_dir
        self.setWindowTitle(self.tr("Privacy"))
        layout = QVBoxLayout(self)
        backups = len(result.converted)
        if result.recovery_key:
            text = fill(self.tr("The journal and %1 backups are encrypted."), backups)
        elif cipher.is_encrypted(data_dir):
            text = fill(self.tr("%1 more backups are encrypted."), backups)
        else:
            text = fill(self.tr("The journal and %1 backups are plain files again."), backups)
        layout.addWidget(self._label(text))
        for path, why in result.left:
            layout.addWidget(self._label(fill(self.tr("Left as it was: %1 (%2)"), path, why)))
        self.key_label: QLabel | None = None
        if result.recovery_key:
            layout.addWidget(self._label(self.tr(
                "Your recovery key, shown only now. It opens the journal if you forget the "
                "passphrase: write it down or print it, and keep it away from this "
                "computer.")))
            self.key_label = self._label(result.recovery_key)
            self.key_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            font = self.key_label.font()
            font.setFamily("monospace")
            font.setPointSizeF(font.pointSizeF() * 1.4)
            self.key_label.setFont(font)
            layout.addWidget(self.key_label)
            save = QPushButton(self.tr("&Save as PDF to print…"))
            save.clicked.connect(self._on_save_clicked)
            layout.addWidget(save)
        layout.addWidget(self._label(self.tr(
            "Exports you saved elsewhere (vCard, CSV, JSON, calendar, PDF) are plain files: "
            "delete them or keep them somewhere safe.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _on_save_clicked(self) -> None:
        from netjournal.report import recovery

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"),
                                              str(Path.home() / "netjournal-recovery.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not name or self._result.recovery_key is None:
            return
        try:
            recovery.write_pdf(Path(name), self._result.recovery_key, self._data_dir.database)
        except (ReportError, OSError) as e:
            tell(self, QMessageBox.Icon.Warning, self.tr("Save the recovery key"), str(e))
