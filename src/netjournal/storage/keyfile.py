"""The key file of an encrypted journal: its random data key, wrapped twice.

An encrypted journal is keyed by a random 256-bit **data key** given to SQLCipher as a
raw key (``x'...'``), so opening it costs no key derivation of SQLCipher's own and every
connection (the writer, the readers, the backups) opens fast. The data key never touches
the disk in clear: ``netjournal.key`` beside the journal holds it wrapped (AES-256-GCM, the
``cryptography`` package) by a key derived from the passphrase (scrypt), and again by a
key derived from the **recovery key**, a random one-time key shown once at ``encrypt``.
Either opens the journal; changing the passphrase re-wraps the same data key, so the
recovery key stays good.

GCM's tag tells a wrong passphrase from a right one before the journal is touched: a
wrong one never opens, reads or writes the database. The file holds no secret by itself
(every wrap needs the passphrase or the recovery key), but without it the journal and its
backups cannot be opened at all: it is kept beside them.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from netjournal.paths import atomic_write
from netjournal.storage import StorageError, keyed

FORMAT = "netjournal-key"
VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits: 32 base32 letters, in 8 groups of 4
SCRYPT_N = 2**15  # about 32 MiB and a fifth of a second: once per open
SCRYPT_R = 8
SCRYPT_P = 1


class KeyFileError(StorageError):
    """The key file is missing, unreadable or not one of ours."""


class WrongSecretError(StorageError):
    """The passphrase (or recovery key) does not open the journal; nothing was touched."""


@dataclass(frozen=True)
class Wrapped:
    """The data key sealed by one secret: scrypt's salt, GCM's nonce, the sealed bytes."""

    salt: bytes
    nonce: bytes
    sealed: bytes

    def to_json(self) -> dict[str, str]:
        return {k: base64.b64encode(getattr(self, k)).decode("ascii")
                for k in ("salt", "nonce", "sealed")}

    @classmethod
    def from_json(cls, data: Any) -> Wrapped:
        return cls(*(base64.b64decode(data[k], validate=True)
                     for k in ("salt", "nonce", "sealed")))


@dataclass(frozen=True)
class KeyFile:
    """What ``netjournal.key`` holds; ``remembered``: the user chose the keyring."""

    passphrase: Wrapped
    recovery: Wrapped | None
    remembered: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION,
                "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
                "cipher": "AES-256-GCM",
                "passphrase": self.passphrase.to_json(),
                "recovery": self.recovery.to_json() if self.recovery else None,
                "remembered": self.remembered}


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    """A fresh recovery key: ``ABCD-EFGH-...``, 32 letters and digits (160 bits)."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _normal_recovery(key: str) -> str:
    """A recovery key as typed (spaces, dashes, lower case) in its one written form."""
    return "".join(ch for ch in key.upper() if ch.isalnum())


def _derive(secret: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    data = unicodedata.normalize("NFC", secret).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(data)


def _wrap(data_key: bytes, secret: str, purpose: bytes) -> Wrapped:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, salt)).encrypt(nonce, data_key, FORMAT.encode() + purpose)
    return Wrapped(salt, nonce, sealed)


def _unwrap(wrapped: Wrapped, secret: str, purpose: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(_derive(secret, wrapped.salt)).decrypt(
            wrapped.nonce, wrapped.sealed, FORMAT.encode() + purpose)
    except InvalidTag:
        return None
    return key if len(key) == DATA_KEY_BYTES else None


def create(data_key: bytes, passphrase: str, recovery_key: str | None) -> KeyFile:
    """A key file whose wraps open ``data_key`` with ``passphrase`` (and ``recovery_key``)."""
    if not passphrase:
        raise WrongSecretError("the passphrase is empty")
    recovery = (_wrap(data_key, _normal_recovery(recovery_key), b":recovery")
                if recovery_key else None)
    return KeyFile(_wrap(data_key, passphrase, b":passphrase"), recovery)


def with_passphrase(key_file: KeyFile, data_key: bytes, passphrase: str) -> KeyFile:
    """The same key file with the data key wrapped by a new passphrase."""
    if not passphrase:
        raise WrongSecretError("the new passphrase is empty")
    return replace(key_file, passphrase=_wrap(data_key, passphrase, b":passphrase"))


def open_with_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
    """The data key, if ``passphrase`` is the right one; else :class:`WrongSecretError`."""
    key = _unwrap(key_file.passphrase, passphrase, b":passphrase") if passphrase else None
    if key is None:
        raise WrongSecretError("the passphrase is not the journal's")
    return key


def open_with_recovery(key_file: KeyFile, recovery_key: str) -> bytes:
    """The data key, if ``recovery_key`` is the journal's; else :class:`WrongSecretError`."""
    if key_file.recovery is None:
        raise WrongSecretError("this journal was encrypted without a recovery key")
    normal = _normal_recovery(recovery_key)
    key = _unwrap(key_file.recovery, normal, b":recovery") if normal else None
    if key is None:
        raise WrongSecretError("the recovery key is not the journal's")
    return key


def load(path: Path) -> KeyFile:
    """Read a key file; a missing or foreign one is a :class:`KeyFileError` in words."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise KeyFileError(f"the key file {path} is missing: without it the encrypted "
                           "journal cannot be opened (put it back beside the journal)") from e
    except (OSError, ValueError) as e:
        raise KeyFileError(f"the key file {path} cannot be read: {e}") from e
    try:
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("not a NetJournal key file of this version")
        recovery = data.get("recovery")
        return KeyFile(Wrapped.from_json(data["passphrase"]),
                       Wrapped.from_json(recovery) if recovery else None,
                       bool(data.get("remembered")))
    except (AttributeError, KeyError, TypeError, ValueError) as e:
        raise KeyFileError(f"the key file {path} is not a NetJournal key file: {e}") from e


def save(path: Path, key_file: KeyFile) -> None:
    """Write the key file atomically (0600): the old one or the new one, never half."""
    try:
        with atomic_write(path) as fh:
            json.dump(key_file.to_json(), fh, indent=2)
    except OSError as e:
        raise KeyFileError(f"cannot write the key file {path}: {e.strerror or e}") from e


def remove(journal: Path) -> None:
    """Delete the key file of ``journal`` (after the journal was decrypted)."""
    os.unlink(keyed.key_file_of(journal))
