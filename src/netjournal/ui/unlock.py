"""Unlocking an encrypted journal when the app starts.

The passphrase comes from where the command line takes it (:mod:`netjournal.passphrase`:
the variable, ``--passphrase-file``, the command), else from the desktop keyring when the
user chose "remember", else from :class:`~netjournal.ui.passphrase.UnlockDialog`. A wrong
passphrase from the environment opens the dialog with the reason (without a window to
show, one line on stderr). Nothing is written to the journal, its WAL or the settings
until the journal is open.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from netjournal import passphrase
from netjournal.paths import DataDir
from netjournal.storage import StorageError, cipher, keyed, keyfile
from netjournal.ui.passphrase import UnlockDialog
from netjournal.ui.style import fill

is_encrypted = cipher.is_encrypted


def _say(line: str) -> None:
    print(f"netjournal: {line}", file=sys.stderr)


def unlock(data_dir: DataDir, passphrase_file: Path | None, *, interactive: bool) -> int | None:
    """Unlock the journal for this process; None once it is open, else the exit code."""
    if not keyed.available():
        _say(fill(QCoreApplication.translate(
            "unlock", "the journal %1 is encrypted and this NetJournal cannot open it: %2"),
            data_dir.database, keyed.INSTALL_HINT))
        return 1
    reason = ""
    try:
        secret = passphrase.given(passphrase_file)
    except passphrase.PassphraseError as e:
        secret, reason = None, str(e)
    if secret is not None:
        try:
            cipher.unlock_with_passphrase(data_dir, secret)
            return None
        except keyfile.WrongSecretError:
            reason = QCoreApplication.translate(
                "unlock", "The passphrase given to NetJournal does not open this journal.")
        except StorageError as e:
            _say(str(e))
            return 1
    elif _from_keyring(data_dir):
        return None
    if not interactive:
        _say(reason or fill(QCoreApplication.translate(
            "unlock", "the journal is encrypted: %1"), passphrase.HOW_TO_GIVE))
        return 1
    return None if ask(data_dir, reason=reason) else 1


def ask(data_dir: DataDir, *, reason: str = "") -> bool:
    """Show the passphrase dialog until the journal opens (True) or the user gives up."""
    def try_unlock(secret: str) -> None:
        cipher.unlock_with_passphrase(data_dir, secret)

    dialog = UnlockDialog(try_unlock, str(data_dir.database), reason=reason,
                          can_remember=passphrase.keyring_usable())
    if dialog.exec() != UnlockDialog.DialogCode.Accepted:
        return False
    if dialog.remember.isChecked():
        remember(data_dir)
    return True


def remember(data_dir: DataDir) -> bool:
    """Keep the unlocked key in the desktop keyring (the user ticked "remember")."""
    key = keyed.current()
    if key is None or not passphrase.remember(cipher.remembered_account(data_dir), key.hex()):
        return False
    try:
        cipher.set_remembered(data_dir, True)
    except StorageError:
        return False
    return True


def _from_keyring(data_dir: DataDir) -> bool:
    try:
        if not keyfile.load(keyed.key_file_of(data_dir.database)).remembered:
            return False
    except StorageError:
        return False
    hex_key = passphrase.remembered(cipher.remembered_account(data_dir))
    if not hex_key:
        return False
    try:
        cipher.unlock_with_key(data_dir, hex_key)
    except StorageError:
        return False
    return True
