"""Unlocking an encrypted journal before a command runs: the passphrase from its sources.

The order is the one of :mod:`netjournal.passphrase`: ``NETJOURNAL_PASSPHRASE``,
``--passphrase-file``, ``NETJOURNAL_PASSPHRASE_COMMAND``, the desktop keyring when the user
chose "remember", a prompt on a terminal. A journal that stays locked stops the command
with one line naming the ways to give the passphrase; nothing is opened or written.
"""

from __future__ import annotations

import argparse
import os

from netjournal import passphrase
from netjournal.cli.words import fill, translate
from netjournal.paths import DataDir
from netjournal.storage import cipher, keyed, keyfile


class LockedJournalError(Exception):
    """The journal is encrypted and no right passphrase was given (exit 1, one line)."""


def _how() -> str:
    return fill(translate("cli", "give its passphrase with %1, --passphrase-file FILE or %2"),
                passphrase.ENV_PASSPHRASE, passphrase.ENV_COMMAND)


def unlock_if_encrypted(args: argparse.Namespace, folder: DataDir) -> None:
    """Unlock the folder's journal for this process if it is encrypted (else do nothing).

    Raises:
        LockedJournalError: no passphrase was given, or not the right one.
    """
    finishing = (getattr(args, "command", None) == "decrypt"
                 and keyed.has_key_file(folder.database))  # an interrupted decrypt
    if not cipher.is_encrypted(folder) and not finishing:
        return
    if not keyed.available():
        raise LockedJournalError(fill(translate(
            "cli", "the journal %1 is encrypted and this NetJournal cannot open it: %2"),
            folder.database, keyed.INSTALL_HINT))
    if getattr(args, "with_recovery_key", False):
        _unlock_with_recovery(folder)
        return
    try:
        secret = passphrase.given(getattr(args, "passphrase_file", None))
    except passphrase.PassphraseError as e:
        raise LockedJournalError(fill(translate("cli", "the journal is encrypted: %1 (%2)"),
                                      _how(), e)) from e
    if secret is None and _from_keyring(folder):
        return
    if secret is None:
        try:
            secret = passphrase.prompt(translate("cli", "Passphrase of the journal: "))
        except passphrase.PassphraseError as e:
            raise LockedJournalError(fill(translate("cli", "the journal is encrypted: %1"),
                                          _how())) from e
    if secret is None:
        raise LockedJournalError(fill(translate("cli", "the journal is encrypted: %1"),
                                      _how()))
    try:
        cipher.unlock_with_passphrase(folder, secret)
    except keyfile.WrongSecretError as e:
        raise LockedJournalError(fill(translate(
            "cli", "the journal is encrypted and that passphrase does not open it: %1"),
            _how())) from e


def _from_keyring(folder: DataDir) -> bool:
    """Unlock with the key the desktop keyring keeps, if the user chose "remember"."""
    try:
        if not keyfile.load(keyed.key_file_of(folder.database)).remembered:
            return False
    except keyfile.KeyFileError:
        return False
    hex_key = passphrase.remembered(cipher.remembered_account(folder))
    if not hex_key:
        return False
    try:
        cipher.unlock_with_key(folder, hex_key)
    except keyfile.WrongSecretError:
        return False
    return True


def _unlock_with_recovery(folder: DataDir) -> None:
    secret = os.environ.get(passphrase.ENV_RECOVERY_KEY) or None
    if secret is None:
        try:
            secret = passphrase.prompt(translate("cli", "Recovery key: "))
        except passphrase.PassphraseError:
            secret = None
    if secret is None:
        raise LockedJournalError(fill(translate(
            "cli", "give the recovery key with %1 or at the prompt"),
            passphrase.ENV_RECOVERY_KEY))
    try:
        cipher.unlock_with_recovery(folder, secret)
    except keyfile.WrongSecretError as e:
        raise LockedJournalError(fill(translate(
            "cli", "that recovery key does not open the journal (%1)"), e)) from e
