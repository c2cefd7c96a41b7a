"""Encrypting the journal and its backups with SQLCipher, decrypting it, changing its passphrase.

Each conversion writes a new file with ``sqlcipher_export`` beside the old one, checks it
(``integrity_check`` and the same number of rows in every table), and only then swaps it
in with an atomic rename, holding the writer lock so no writer runs meanwhile. A process
killed at any point leaves the old journal whole (or the new one, once renamed); a part
file it left is removed by the next conversion. The backups in the data folder are
converted the same way, each checked again, so no plain copy stays there.

Unlocking: the key file (:mod:`netjournal.storage.keyfile`) opens the data key with the
passphrase or the recovery key; :func:`unlock_with_key` takes the data key itself (kept
in the desktop keyring); each hands it to :mod:`netjournal.storage.keyed` for this
process. A wrong secret never opens the journal: nothing is read or written.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netjournal.paths import DataDir, atomic_write, make_private
from netjournal.storage import DamagedError, StorageError, keyed, keyfile
from netjournal.storage.backups import APPLICATION_ID, SUFFIX, kept_files, process_alive
from netjournal.storage.db import find_damage
from netjournal.storage.lock import WriterLock
from netjournal.storage.sql import sql_errors

Progress = Callable[[int, int], None]
"""Called with (files done, files in all) as a conversion goes."""

PART = ".converting-{pid}.part"


class NotEncryptedError(StorageError):
    """``decrypt`` or ``change-passphrase`` on a journal that is not encrypted."""


@dataclass(frozen=True)
class Conversion:
    """What a conversion did."""

    journal: Path
    contacts: int
    converted: tuple[Path, ...]  # the backups (and set-aside journals) converted too
    left: tuple[tuple[Path, str], ...]  # files that could not be converted, and why
    recovery_key: str | None = None  # shown once, after ``encrypt``


def is_encrypted(data_dir: DataDir) -> bool:
    """Whether the folder's journal is encrypted (not SQLite's header, its key file beside)."""
    return keyed.is_encrypted(data_dir.database)


def remembered_account(data_dir: DataDir) -> str:
    """The name the desktop keyring keeps this journal's key under: its file's path."""
    return str(data_dir.database.absolute())


# unlocking ----------------------------------------------------------------------------------

def unlock_with_passphrase(data_dir: DataDir, passphrase: str) -> bytes:
    """Open the data key with ``passphrase`` and keep it for this process; return it.

    Raises:
        WrongSecretError: not the journal's passphrase (nothing was opened).
        KeyFileError: the key file is missing or unreadable.
    """
    key = keyfile.open_with_passphrase(keyfile.load(keyed.key_file_of(data_dir.database)),
                                       passphrase)
    _check_opens(data_dir.database, key, verified=True)
    keyed.unlock(key)
    return key


def unlock_with_recovery(data_dir: DataDir, recovery_key: str) -> bytes:
    """As :func:`unlock_with_passphrase`, with the recovery key shown at ``encrypt``."""
    key = keyfile.open_with_recovery(keyfile.load(keyed.key_file_of(data_dir.database)),
                                     recovery_key)
    _check_opens(data_dir.database, key, verified=True)
    keyed.unlock(key)
    return key


def unlock_with_key(data_dir: DataDir, hex_key: str) -> bytes:
    """Keep a data key given as hex (from the desktop keyring) if it opens the journal."""
    try:
        key = bytes.fromhex(hex_key)
    except ValueError as e:
        raise keyfile.WrongSecretError("the remembered key is not a key") from e
    if len(key) != keyfile.DATA_KEY_BYTES:
        raise keyfile.WrongSecretError("the remembered key is not a key")
    _check_opens(data_dir.database, key, verified=False)
    keyed.unlock(key)
    return key


def _check_opens(journal: Path, key: bytes, *, verified: bool) -> None:
    """Read the schema through a read-only keyed connection (nothing is written).

    A journal already plain again (a ``decrypt`` interrupted before its backups were
    done) has nothing to check: the key file's tag vouched for the passphrase.
    """
    if not keyed.looks_encrypted(journal):
        if verified:
            return
        raise keyfile.WrongSecretError("the journal is not encrypted")
    try:
        con = keyed.connect(journal, key=key, readonly=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sql_errors() as e:
        if not verified:
            raise keyfile.WrongSecretError("the remembered key does not open the journal") \
                from e
        if "not a database" in str(e):  # the key file vouched for the key: the file is bad
            raise DamagedError(journal, str(e)) from e
        raise StorageError(f"cannot read the journal {journal}: {e}") from e


# converting ---------------------------------------------------------------------------------

def encrypt(data_dir: DataDir, passphrase: str, *, recovery: bool = True,
            lock: WriterLock | None = None, progress: Progress | None = None) -> Conversion:
    """Encrypt the journal and every backup in the data folder with a new random key.

    ``passphrase`` (and a fresh recovery key, returned once, when ``recovery``) wrap the
    key in the key file. On a journal already encrypted (and unlocked) only the backups
    still plain are converted: an interrupted ``encrypt`` finishes that way.
    """
    keyed.driver()
    journal = data_dir.database
    with _held(data_dir, lock):
        if is_encrypted(data_dir):
            key = keyed.current()
            if key is None:
                raise StorageError(f"the journal {journal} is already encrypted")
            contacts = _counts(journal, key)["contact"]
            converted, left = _convert_backups(data_dir, key, None, progress, 1)
            return Conversion(journal, contacts, converted, left)
        _refuse_damaged(journal)
        key = keyfile.new_data_key()
        recovery_key = keyfile.new_recovery_key() if recovery else None
        key_file = keyfile.create(key, passphrase, recovery_key)
        contacts = _convert(journal, None, key, key_file)
        keyed.unlock(key)
        converted, left = _convert_backups(data_dir, None, key, progress, 1)
        _convert_side_files(data_dir, None, key)
    return Conversion(journal, contacts, converted, left, recovery_key)


def _convert(journal: Path, old: bytes | None, new: bytes | None,
             key_file: keyfile.KeyFile | None = None) -> int:
    """Convert the journal in place (see the module); return its contacts."""
    part = _part(journal)
    try:
        counts = _export(journal, part, old, new)
        if key_file is not None:
            keyfile.save(keyed.key_file_of(journal), key_file)
        wal = journal.with_name(journal.name + "-wal")
        if wal.exists() and wal.stat().st_size:  # written after the checkpoint: keep it all
            raise StorageError(f"{journal} changed while it was being converted; try again")
        for suffix in ("-wal", "-shm"):  # empty: the export checkpointed it under the lock
            journal.with_name(journal.name + suffix).unlink(missing_ok=True)
        os.replace(part, journal)
        _sync_folder(journal.parent)
    finally:
        _remove(part)
    return counts.get("contact", 0)


def decrypt(data_dir: DataDir, *, lock: WriterLock | None = None,
            progress: Progress | None = None) -> Conversion:
    """Turn the encrypted journal and its backups back into plain SQLite files for good.

    The key file is removed last, once every file was converted, so an interrupted
    ``decrypt`` can be run again. Needs the journal unlocked in this process.
    """
    journal = data_dir.database
    key = keyed.current()
    with _held(data_dir, lock):
        if not keyed.has_key_file(journal):
            raise NotEncryptedError(f"the journal {journal} is not encrypted")
        if key is None:
            raise StorageError(f"the journal {journal} is encrypted: its passphrase is needed")
        contacts = (_convert(journal, key, None) if keyed.looks_encrypted(journal)
                    else _counts(journal, None)["contact"])
        converted, left = _convert_backups(data_dir, key, None, progress, 1)
        _convert_side_files(data_dir, key, None)
        if not left:
            keyfile.remove(journal)
    return Conversion(journal, contacts, converted, left)


def change_passphrase(data_dir: DataDir, new_passphrase: str, *,
                      lock: WriterLock | None = None) -> None:
    """Wrap the journal's key with ``new_passphrase`` instead of the old one.

    The journal must be unlocked in this process (with the old passphrase or the recovery
    key). The data key stays, so the backups and the recovery key stay good; the old
    passphrase no longer opens the key file.
    """
    journal = data_dir.database
    key = keyed.current()
    with _held(data_dir, lock):
        if not is_encrypted(data_dir):
            raise NotEncryptedError(f"the journal {journal} is not encrypted")
        if key is None:
            raise StorageError(f"the journal {journal} is encrypted: its passphrase is needed")
        path = keyed.key_file_of(journal)
        keyfile.save(path, keyfile.with_passphrase(keyfile.load(path), key, new_passphrase))


def set_remembered(data_dir: DataDir, remembered: bool) -> None:
    """Record in the key file whether the desktop keyring keeps the key (no secret)."""
    path = keyed.key_file_of(data_dir.database)
    current = keyfile.load(path)
    if current.remembered != remembered:
        keyfile.save(path, keyfile.KeyFile(current.passphrase, current.recovery, remembered))


# the steps ----------------------------------------------------------------------------------

@contextlib.contextmanager
def _held(data_dir: DataDir, lock: WriterLock | None) -> Iterator[None]:
    """The app's lock (no window has the journal open) and the writer lock, unless the
    caller holds them (the app converting its own journal passes its writer lock)."""
    if lock is not None:
        with lock.held_while():
            yield
        return
    with WriterLock(data_dir.app_lock), WriterLock(data_dir.lock).held_while():
        yield


def _refuse_damaged(journal: Path) -> None:
    if not journal.is_file():
        raise StorageError(f"there is no journal {journal}")
    problem = find_damage(journal)
    if problem is not None:
        raise DamagedError(journal, problem)


def _part(path: Path) -> Path:
    """A fresh part file beside ``path``; parts left by killed processes are removed."""
    for old in path.parent.glob(path.name + PART.format(pid="*")):
        pid = old.name.rsplit("-", 1)[-1].removesuffix(".part")
        if pid.isdigit() and not process_alive(int(pid)):
            _remove(old)
    part = path.with_name(path.name + PART.format(pid=os.getpid()))
    _remove(part)
    return part


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; elsewhere the rename is enough)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _export(source: Path, part: Path, old: bytes | None, new: bytes | None) -> dict[str, int]:
    """Write ``source`` (keyed with ``old``) into ``part`` keyed with ``new``; check it.

    Returns the rows of every table. Raises :class:`StorageError` when the copy does not
    match, leaving ``source`` as it was.
    """
    driver = keyed.driver()
    try:
        con = driver.connect(str(source), isolation_level=None, timeout=10)
        try:
            if old is None:
                con.execute("PRAGMA cipher_log_level = NONE")
                con.execute("PRAGMA temp_store = MEMORY")
            else:
                keyed.prepare(con, old)
            if con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                raise StorageError(f"another program is reading {source}; try again once "
                                   "it has finished")
            before = _table_counts(con)
            app_id, version = (con.execute(f"PRAGMA {p}").fetchone()[0]
                               for p in ("application_id", "user_version"))
            target = keyed.raw(new) if new is not None else ""
            con.execute("ATTACH DATABASE ? AS converted KEY ?", (str(part), target))
            # A scratch file until it is checked and synced whole: no journal of its own.
            con.execute("PRAGMA converted.journal_mode = OFF")
            con.execute("PRAGMA converted.synchronous = OFF")
            con.execute("SELECT sqlcipher_export('converted')")
            con.execute(f"PRAGMA converted.application_id = {int(app_id) or APPLICATION_ID}")
            con.execute(f"PRAGMA converted.user_version = {int(version)}")
            con.execute("DETACH DATABASE converted")
        finally:
            con.close()
        make_private(part)
        with part.open("rb+") as fh:
            os.fsync(fh.fileno())
        after = _counts(part, new)
    except sql_errors() as e:
        raise StorageError(f"{source} could not be converted: {e}; it was not changed") from e
    if after != before:
        raise StorageError(f"the converted copy of {source} does not hold the same rows; "
                           "it was not changed")
    return after


def _counts(path: Path, key: bytes | None) -> dict[str, int]:
    """Check ``path`` (``integrity_check``, the search indexes) and count its rows."""
    con = keyed.connect(path, key=key)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check(5)").fetchall()]
        if rows != ["ok"]:
            raise StorageError(f"{path} fails its integrity check: {rows[0]}")
        for fts in ("contact_fts", "interaction_fts"):
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (fts,)).fetchone():
                con.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        return _table_counts(con)
    finally:
        con.close()


def _table_counts(con: Any) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _convert_side_files(data_dir: DataDir, old: bytes | None, new: bytes | None) -> None:
    """Seal (or open) the small JSON files kept beside the journal: the drafts."""
    if not data_dir.drafts.is_dir():
        return
    for path in data_dir.drafts.glob("*.json"):
        try:
            data = keyed.open_json(json.loads(path.read_text(encoding="utf-8")), old)
            with atomic_write(path) as fh:
                json.dump(keyed.seal_json(data, new) if new else data, fh, ensure_ascii=False)
        except (OSError, ValueError):  # a draft that cannot be read is no longer needed
            with contextlib.suppress(OSError):
                path.unlink()


def _convert_backups(data_dir: DataDir, old: bytes | None, new: bytes | None,
                     progress: Progress | None, done: int,
                     ) -> tuple[tuple[Path, ...], tuple[tuple[Path, str], ...]]:
    """Convert every backup (and journal set aside by a restore) still in the old form."""
    files = sorted(data_dir.backups.glob("*" + SUFFIX)) if data_dir.backups.is_dir() else []
    files += kept_files(data_dir)
    todo = [f for f in files if keyed.looks_encrypted(f) == (old is not None)]
    total = done + len(todo)
    if progress is not None:
        progress(done, total)
    converted: list[Path] = []
    left: list[tuple[Path, str]] = []
    for n, path in enumerate(todo, start=done + 1):
        part = _part(path)
        try:
            _export(path, part, old, new)
            os.replace(part, path)
            converted.append(path)
        except StorageError as e:
            left.append((path, str(e)))
        finally:
            _remove(part)
        if progress is not None:
            progress(n, total)
    if converted:
        _sync_folder(converted[0].parent)
    return tuple(converted), tuple(left)
