"""Opening SQLite files that may be encrypted: the unlocked key and keyed connections.

A process that unlocked an encrypted journal (the command line after reading the
passphrase, the app after its dialog) hands the data key to :func:`unlock`; from then on
every connection this package makes to an encrypted file (the journal, its readers, the
backups and the copies restore checks) is keyed with it, as ssh-agent keeps a key for
its session. The key stays in this process's memory only. A file is taken for encrypted
when it is not empty and does not start with SQLite's header.

``sqlcipher3`` (SQLCipher 4) is imported only when an encrypted file is met or made, so
a journal that is not encrypted never needs it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from netjournal.storage import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_FILE_NAME = "netjournal.key"  # beside the journal; its contents: storage.keyfile
INSTALL_HINT = ("encryption needs the sqlcipher3-binary package (Linux on x86-64 or "
                "arm64): pip install sqlcipher3-binary")

_unlocked: list[bytes] = []


class CipherMissingError(StorageError):
    """SQLCipher is not installed here: an encrypted journal cannot be opened or made."""


def available() -> bool:
    """Whether SQLCipher (``sqlcipher3``) can be imported here."""
    try:
        import sqlcipher3  # type: ignore[import-untyped]  # noqa: F401  # only asked for
    except ImportError:
        return False
    return True


def driver() -> Any:
    """The ``sqlcipher3.dbapi2`` module, or :class:`CipherMissingError` in words."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as e:
        raise CipherMissingError(INSTALL_HINT) from e
    return dbapi2


def unlock(key: bytes) -> None:
    """Keep ``key`` for every keyed connection this process makes from now on."""
    if key in _unlocked:
        _unlocked.remove(key)
    _unlocked.insert(0, key)


def lock() -> None:
    """Forget every key this process was given (tests, and after ``decrypt``)."""
    _unlocked.clear()


@contextlib.contextmanager
def kept_for_the_call() -> Iterator[None]:
    """Forget, when the block ends, the keys unlocked in it (one command's run)."""
    before = list(_unlocked)
    try:
        yield
    finally:
        _unlocked[:] = before


def current() -> bytes | None:
    """The key this process unlocked last, or None."""
    return _unlocked[0] if _unlocked else None


def _file_key(key: bytes) -> bytes:
    """A key for the small files beside the journal (drafts), derived from the data key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"netjournal side files v1").derive(key)


def seal(data: bytes, key: bytes) -> bytes:
    """``data`` encrypted and authenticated (AES-256-GCM) with a key derived from ``key``."""
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(_file_key(key)).encrypt(nonce, data, b"netjournal-sealed")


def unseal(data: bytes, key: bytes) -> bytes | None:
    """What :func:`seal` sealed with ``key``; None for another key or altered bytes."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_file_key(key)).decrypt(data[:12], data[12:], b"netjournal-sealed")
    except (InvalidTag, ValueError):
        return None


def seal_json(data: dict[str, Any], key: bytes) -> dict[str, Any]:
    """A JSON object sealed as ``{"version": ..., "sealed": base64}`` (its version kept)."""
    import base64
    import json

    text = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return {"version": data.get("version"),
            "sealed": base64.b64encode(seal(text, key)).decode("ascii")}


def open_json(data: Any, key: bytes | None) -> Any:
    """A JSON object as :func:`seal_json` sealed it (an unsealed one as it is).

    Raises:
        ValueError: sealed with another key, or altered.
    """
    import base64
    import json

    if not isinstance(data, dict) or "sealed" not in data:
        return data
    text = unseal(base64.b64decode(str(data["sealed"])), key) if key else None
    if text is None:
        raise ValueError("sealed with a key this process does not have")
    return json.loads(text.decode("utf-8"))


def raw(key: bytes) -> str:
    """SQLCipher's raw-key form: ``x'<64 hex digits>'`` (no key derivation at open)."""
    return f"x'{key.hex()}'"


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` is a non-empty file that does not start with SQLite's header."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return bool(head) and head != SQLITE_MAGIC


def key_file_of(journal: Path) -> Path:
    """The key file of the journal at ``journal`` (beside it)."""
    return journal.with_name(KEY_FILE_NAME)


def has_key_file(journal: Path) -> bool:
    return key_file_of(journal).is_file()


def is_encrypted(journal: Path) -> bool:
    """Whether the journal file is encrypted: not SQLite's header, and its key file beside."""
    return looks_encrypted(journal) and has_key_file(journal)


def key_for(path: Path) -> bytes | None:
    """The key to open ``path`` with: the unlocked one for an encrypted file, else None."""
    return current() if looks_encrypted(path) else None


def _uri(path: Path, readonly: bool, immutable: bool) -> str:
    uri = path.absolute().as_uri()
    if readonly:
        uri += "?mode=ro" + ("&immutable=1" if immutable else "")
    return uri


def prepare(con: Any, key: bytes) -> None:
    """Key a fresh SQLCipher connection; SQLCipher keeps its own log off stderr."""
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f"PRAGMA key = \"{raw(key)}\"")
    con.execute("PRAGMA temp_store = MEMORY")  # no sorting spilled to a plain temp file


def connect(path: Path, *, key: bytes | None, readonly: bool = False,
            immutable: bool = False, timeout: float = 10.0) -> sqlite3.Connection:
    """A DB-API connection to ``path``: SQLite's own, or SQLCipher's keyed with ``key``.

    With ``key`` None the file is opened by the standard library's ``sqlite3``. Both
    connections offer the same calls (``execute``, ``backup``, ``close``...).
    """
    if key is None:
        if readonly:
            return sqlite3.connect(_uri(path, True, immutable), uri=True, timeout=timeout)
        return sqlite3.connect(path, timeout=timeout)
    con: sqlite3.Connection = driver().connect(
        _uri(path, readonly, immutable), uri=True, timeout=timeout)
    try:
        prepare(con, key)
    except BaseException:
        con.close()
        raise
    return con


__all__ = [
    "INSTALL_HINT",
    "SQLITE_MAGIC",
    "CipherMissingError",
    "available",
    "connect",
    "current",
    "driver",
    "kept_for_the_call",
    "key_for",
    "lock",
    "looks_encrypted",
    "prepare",
    "raw",
    "unlock",
]
