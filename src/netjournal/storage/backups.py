"""The safety net: verified SQLite copies of the journal and their retention (putting one
back in the journal's place: :mod:`netjournal.storage.backup_restore`).

A backup is a copy made with SQLite's online backup (consistent while the journal is in
use) into the data folder's ``backups/`` (folder 0700, files 0600). It counts only once
``PRAGMA integrity_check`` passed on the copy; its facts (when, how many contacts,
verified) sit beside it in ``NAME.sqlite3.json``. Copies are written under a ``.part``
name and linked into place without ever replacing another file, so two backups never
overwrite one another and a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netjournal.domain.retention import Retention, to_keep
from netjournal.paths import (
    DataDir,
    PathsError,
    atomic_write,
    ensure_private_dir,
    make_private,
)
from netjournal.storage import StorageError, keyed
from netjournal.storage.sql import file_or_sql_errors, sql_errors

APPLICATION_ID = 0x4E4A524E  # "NJRN", set by migration 0003
PREFIX = "netjournal-"  # automatic and `netjournal backup` copies; pruning touches only these
SUFFIX = ".sqlite3"
META = ".json"
STAMP = "%Y%m%d-%H%M%S"
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM)


class BackupSkippedError(StorageError):
    """No backup could be written (full disk, read-only folder); the journal is untouched."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what is known about it."""

    path: Path
    taken_at: dt.datetime  # UTC
    bytes: int
    contacts: int | None
    verified: bool

    def to_json(self) -> dict[str, Any]:
        """The five keys of ``netjournal backups --json``."""
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat(),
                "bytes": self.bytes, "contacts": self.contacts, "verified": self.verified}


# taking -------------------------------------------------------------------------------------

def take(journal: Path, folder: Path, *, now: dt.datetime | None = None,
         prefix: str = PREFIX) -> BackupInfo:
    """Copy ``journal`` into ``folder`` and verify the copy; return its facts.

    The journal is read through a read-only connection, so a backup never writes to it.
    Raises :class:`BackupSkippedError` when the folder cannot take the copy (full, read-only)
    and :class:`StorageError` when the copy did not verify (it is deleted).
    """
    now = now or dt.datetime.now(dt.UTC)
    try:
        ensure_private_dir(folder)
    except (PathsError, OSError) as e:
        raise BackupSkippedError(f"no backup taken: {e}") from e
    part = _reserve(folder, f"{prefix}{now:{STAMP}}")
    try:
        contacts = _make(journal, part)
        try:
            dest = _place(part)
            info = BackupInfo(dest, now, dest.stat().st_size, contacts, True)
            _write_meta(info)
        except OSError as e:
            raise BackupSkippedError(f"no backup taken: {in_words(e)} ({folder})") from e
    finally:
        _remove_part(part)
    return info


def copy_to(journal: Path, dest: Path) -> int | None:
    """Write a verified copy of ``journal`` to the file ``dest``; return its contacts.

    The folder must exist (a mistyped path is an error, not a new folder). The copy is
    made under a temporary name beside ``dest`` and renamed over it only once verified.
    """
    if not dest.parent.is_dir():
        raise StorageError(f"cannot write {dest}: the folder {dest.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    os.close(fd)
    part = Path(tmp)
    try:
        contacts = _make(journal, part)
        os.replace(part, dest)
    except OSError as e:
        raise StorageError(f"cannot write {dest}: {in_words(e)}") from e
    finally:
        _remove_part(part)
    return contacts


def _make(journal: Path, part: Path) -> int | None:
    """Fill ``part`` with a copy of ``journal`` and verify it; return its contacts."""
    try:
        copy_journal(journal, part)
    except file_or_sql_errors() as e:
        if _is_full(e):
            raise BackupSkippedError(f"no backup taken: {in_words(e)} ({part.parent})") from e
        raise StorageError(f"the backup of {journal} failed: {in_words(e)}") from e
    problems, contacts = verify(part)
    if problems:
        raise StorageError(f"the backup of {journal} did not verify and was deleted: "
                           f"{problems[0]}")
    return contacts


def _remove_part(part: Path) -> None:
    for leftover in (part, sidecar(part, "-journal"), sidecar(part, "-wal"),
                     sidecar(part, "-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _reserve(folder: Path, stem: str) -> Path:
    """A fresh ``NAME.sqlite3.PID.part`` file whose final name is also free.

    Parts left by a process that was killed (its pid no longer runs) are removed first.
    """
    _remove_stale_parts(folder)
    for n in range(1, 1000):
        name = stem + (f"-{n}" if n > 1 else "") + SUFFIX
        if (folder / name).exists():
            continue
        part = folder / f"{name}.{os.getpid()}.part"
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError as e:
            raise BackupSkippedError(f"no backup taken: {in_words(e)} ({folder})") from e
        os.close(fd)
        return part
    raise StorageError(f"too many backups named {stem} in {folder}")


def _remove_stale_parts(folder: Path) -> None:
    for part in folder.glob(f"*{SUFFIX}.*.part*"):
        pid = part.name.split(".")[-2] if part.name.endswith(".part") else \
            part.name.rsplit(".part", 1)[0].rsplit(".", 1)[-1]
        if pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):
                part.unlink()


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (its part files are then not stale)."""
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def copy_journal(journal: Path, dest: Path) -> None:
    """Copy with SQLite's online backup; an encrypted journal's copy has the same key."""
    key = keyed.key_for(journal)
    source = keyed.connect(journal, key=key, readonly=True, timeout=10)
    try:
        target = keyed.connect(dest, key=key)
        try:
            target.execute("PRAGMA journal_mode = OFF")  # a fresh file: no -journal beside it
            source.backup(target)
            target.commit()
        finally:
            target.close()
    finally:
        source.close()
    with dest.open("rb+") as fh:
        os.fsync(fh.fileno())


def _place(part: Path) -> Path:
    """Give ``part`` its final name without ever replacing an existing file."""
    stem = part.name.rsplit(".", 2)[0].removesuffix(SUFFIX)
    for n in range(1, 1000):
        dest = part.with_name(f"{stem}-{n}{SUFFIX}" if n > 1 else stem + SUFFIX)
        try:
            os.link(part, dest)  # fails if dest exists: no backup overwrites another
        except FileExistsError:
            continue
        except OSError as e:
            if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV):
                raise
            if dest.exists():  # a folder without hard links
                continue
            os.replace(part, dest)
        make_private(dest)
        return dest
    raise StorageError(f"too many backups named {stem}")


def verify(path: Path) -> tuple[list[str], int | None]:
    """Run ``integrity_check`` on a copy; return (problems, live contacts)."""
    try:
        con = keyed.connect(path, key=keyed.key_for(path), readonly=True)
    except sql_errors() as e:
        return [str(e)], None
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)").fetchall()]
        if rows != ["ok"]:
            return rows, None
        return [], _count(con)
    except sql_errors() as e:
        return [str(e)], None
    finally:
        con.close()


def _count(con: sqlite3.Connection) -> int | None:
    try:
        return int(con.execute(
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])
    except sql_errors():
        return None


# listing and pruning ------------------------------------------------------------------------

def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first (files a restore kept are not backups)."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob("*" + SUFFIX):
        info = _read_meta(path)
        if info is not None:
            found.append(info)
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def newest_verified(folder: Path) -> BackupInfo | None:
    return next((b for b in list_backups(folder) if b.verified), None)


def prune(folder: Path, rule: Retention, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups ``rule`` no longer keeps; return them.

    Only verified copies named like automatic ones are candidates, and only when the
    newest backup is verified: pruning follows a newer copy that passed its check.
    """
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(folder)
    if not backups or not backups[0].verified:
        return []
    ours = [b for b in backups if b.verified and b.path.name.startswith(PREFIX)]
    keep = to_keep([b.taken_at for b in ours], now, rule)
    removed: list[Path] = []
    for i, b in enumerate(ours):
        if i in keep:
            continue
        with contextlib.suppress(OSError):
            b.path.unlink()
            _meta_path(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def due(folder: Path, interval: dt.timedelta, *, now: dt.datetime | None = None) -> bool:
    """Whether the newest verified backup is older than ``interval`` (or there is none)."""
    newest = newest_verified(folder)
    now = now or dt.datetime.now(dt.UTC)
    return newest is None or now - newest.taken_at >= interval


def take_and_prune(journal: Path, folder: Path, rule: Retention,
                   *, now: dt.datetime | None = None) -> BackupInfo:
    """Take a verified backup, then prune the older ones ``rule`` no longer keeps."""
    info = take(journal, folder, now=now)
    prune(folder, rule, now=now)
    return info


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + META)


def _write_meta(info: BackupInfo) -> None:
    data = {"taken_at": info.taken_at.isoformat(), "contacts": info.contacts,
            "verified": info.verified}
    try:
        with atomic_write(_meta_path(info.path)) as fh:
            json.dump(data, fh)
    except BaseException:
        with contextlib.suppress(OSError):
            info.path.unlink()  # a copy whose facts were not recorded does not count
        raise


def _read_meta(path: Path) -> BackupInfo | None:
    try:
        size = path.stat().st_size
    except OSError:
        return None
    try:
        data = json.loads(_meta_path(path).read_text(encoding="utf-8"))
        taken = dt.datetime.fromisoformat(data["taken_at"])
        contacts = data.get("contacts")
        return BackupInfo(path, taken, size, int(contacts) if contacts is not None else None,
                          bool(data.get("verified")))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    # A copy without its facts (made by an older NetJournal): dated by the file, unverified.
    taken = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    contacts = None
    with contextlib.suppress(*sql_errors()):
        con = keyed.connect(path, key=keyed.key_for(path), readonly=True)
        try:
            contacts = _count(con)
        finally:
            con.close()
    return BackupInfo(path, taken, size, contacts, False)


# files beside the journal ---------------------------------------------------------------

def kept_files(data_dir: DataDir) -> list[Path]:
    """The journals a restore set aside, newest first."""
    return sorted(data_dir.root.glob(data_dir.database.name + ".damaged-*[0-9]"), reverse=True)


# helpers ------------------------------------------------------------------------------------

def sidecar(path: Path, suffix: str) -> Path:
    """The file SQLite keeps beside ``path`` (``-wal``, ``-shm``, ``-journal``)."""
    return path.with_name(path.name + suffix)


def _is_full(e: BaseException) -> bool:
    if isinstance(e, OSError):
        return e.errno in _FULL
    text = str(e)
    return any(w in text for w in ("disk is full", "readonly", "read-only",
                                   "unable to open", "disk I/O error"))


def in_words(e: BaseException) -> str:
    """What went wrong writing or reading a copy, in the user's words."""
    if isinstance(e, OSError) and e.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(e, OSError) and e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the backups folder is read-only"
    if isinstance(e, OSError):
        return str(e.strerror or e)
    text = str(e)
    if "disk is full" in text:
        return "the disk is full"
    return text
