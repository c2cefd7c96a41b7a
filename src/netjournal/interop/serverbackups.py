"""The safety net of a journal on a PostgreSQL server: backups in the data folder's
``backups/``, their list, and restoring one into an empty database.

A backup is the JSON full export (:mod:`netjournal.interop.fullexport`), read back and
compared with what was written before it counts as verified; or, when asked and
installed, ``pg_dump``'s own archive, checked with ``pg_restore --list``
(:mod:`netjournal.storage.serversafety`). Either sits beside ``NAME.info``, which holds
its facts (when, how many contacts, verified, which database). Files are
``PREFIX-STAMP.server.json`` and ``PREFIX-STAMP.server.pgdump``, apart from the SQLite
file's copies, and are never written over one another.

Restore takes a JSON backup into an empty database only, in one transaction that also
runs the server's checks: all of it, or nothing. A ``pg_dump`` archive is for
``pg_restore``; a SQLite journal is moved with ``copy-to``.
"""

from __future__ import annotations

import binascii
import contextlib
import datetime as dt
import errno
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from netjournal.interop import InteropError, fullexport
from netjournal.paths import PathsError, atomic_write, ensure_private_dir, make_private
from netjournal.storage import StorageError, serversafety, transfer
from netjournal.storage.store import Store

PREFIX = "netjournal-"
STAMP = "%Y%m%d-%H%M%S"
INFO = ".info"
SQLITE_MAGIC = b"SQLite format 3\x00"


class Kind(StrEnum):
    JSON = "json"
    ARCHIVE = "pg_dump"


SUFFIXES = {Kind.JSON: ".server.json", Kind.ARCHIVE: ".server.pgdump"}


class BackupError(InteropError):
    """No backup was written (the folder cannot take it, or it did not verify)."""


class RefusedError(InteropError):
    """A file offered to restore cannot go into this database; nothing was changed.

    ``code`` says why, for the front ends to word: ``missing``, ``archive`` (a
    ``pg_dump`` archive), ``sqlite`` (a SQLite journal), ``not_backup``, ``not_empty``,
    ``damaged`` (it does not restore, or fails the checks after it).
    """

    def __init__(self, message: str, code: str, path: Path) -> None:
        super().__init__(message)
        self.code = code
        self.path = path


@dataclass(frozen=True)
class ServerBackup:
    """One backup of a journal on a server, and what is known about it."""

    path: Path
    taken_at: dt.datetime  # UTC
    bytes: int
    contacts: int | None
    verified: bool
    kind: Kind
    database: str  # its URL without the password

    def to_json(self) -> dict[str, Any]:
        """The keys of ``netjournal backups --json``: the SQLite file's five, the kind
        and the database."""
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat(),
                "bytes": self.bytes, "contacts": self.contacts, "verified": self.verified,
                "kind": self.kind.value, "database": self.database}


@dataclass(frozen=True)
class Taken:
    """A backup just taken; ``fallback``: why ``pg_dump`` was not used when it was
    preferred (the exception, in English), None if it was, or if JSON was asked for."""

    backup: ServerBackup
    fallback: StorageError | None = None


# taking -------------------------------------------------------------------------------

def take(store: Store, folder: Path, *, kind: Kind | None = None, dest: Path | None = None,
         prefix: str = PREFIX, now: dt.datetime | None = None) -> Taken:
    """Back up the journal of ``store`` into ``folder`` (or to the file ``dest``).

    ``kind`` None: ``pg_dump``'s archive if the program works, else the JSON full
    export, saying why in :attr:`Taken.fallback`.

    Raises:
        BackupError: nothing could be written, or the copy did not verify (it is deleted).
    """
    now = now or dt.datetime.now(dt.UTC)
    fallback: StorageError | None = None
    if kind in (None, Kind.ARCHIVE):
        try:
            return Taken(_take(store, folder, Kind.ARCHIVE, dest, prefix, now))
        except StorageError as e:
            if kind is not None:
                raise BackupError(str(e)) from e
            fallback = e
    return Taken(_take(store, folder, Kind.JSON, dest, prefix, now), fallback)


def _take(store: Store, folder: Path, kind: Kind, dest: Path | None, prefix: str,
          now: dt.datetime) -> ServerBackup:
    contacts = store.contacts.count()
    if dest is None:
        try:
            ensure_private_dir(folder)
        except (PathsError, OSError) as e:
            raise BackupError(f"no backup taken: {e}") from e
    elif not dest.parent.is_dir():
        raise BackupError(f"cannot write {dest}: the folder {dest.parent} does not exist")

    def write(part: Path) -> None:
        if kind == Kind.ARCHIVE:
            serversafety.dump_archive(store.db, part)
        else:
            _write_json(store, part, now)

    try:
        if dest is None:
            dest = _place(folder, f"{prefix}{now:{STAMP}}", SUFFIXES[kind], write)
        else:
            _place(dest.parent, dest.name, "", write, replace=True)
        info = ServerBackup(dest, now, dest.stat().st_size, contacts, True, kind, store.where)
        with atomic_write(_info_path(dest)) as fh:
            json.dump({"taken_at": now.isoformat(), "contacts": contacts, "verified": True,
                       "kind": kind.value, "database": store.where}, fh)
    except OSError as e:
        if dest is not None:
            with contextlib.suppress(OSError):
                dest.unlink()
        raise BackupError(f"no backup taken: {_words(e)} ({folder})") from e
    return info


def _place(folder: Path, stem: str, suffix: str, write: Callable[[Path], None], *,
           replace: bool = False) -> Path:
    """Write through ``.NAME.PID.part`` in ``folder``, then give it its name: ``stem``
    and ``suffix``, or ``stem-2``... when taken (a backup never replaces another), or
    replacing the file there when ``replace`` (a file the user named)."""
    part = folder / f".{stem}{suffix}.{os.getpid()}.part"
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        write(part)
        make_private(part)
        if replace:
            os.replace(part, folder / f"{stem}{suffix}")
            return folder / f"{stem}{suffix}"
        for n in range(1, 1000):
            dest = folder / (stem + (f"-{n}" if n > 1 else "") + suffix)
            try:
                os.link(part, dest)  # fails if dest exists
            except FileExistsError:
                continue
            return dest
        raise BackupError(f"too many backups named {stem} in {folder}")
    finally:
        with contextlib.suppress(OSError):
            part.unlink()


def _write_json(store: Store, path: Path, now: dt.datetime) -> None:
    """The JSON full export into ``path``, read back and compared with what was built."""
    data = fullexport.build(store, now)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        again = fullexport.parse(path.read_bytes())
    except InteropError as e:
        raise StorageError(f"the backup did not verify: {e}") from e
    for key in fullexport.SECTIONS:
        if len(again.get(key, [])) != len(data[key]):
            raise StorageError(f"the backup did not verify: its {key} are not all there")


# listing ------------------------------------------------------------------------------

def _info_path(path: Path) -> Path:
    return path.with_name(path.name + INFO)


def list_backups(folder: Path) -> list[ServerBackup]:
    """Every server backup in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for kind, suffix in SUFFIXES.items():
            for path in folder.glob("*" + suffix):
                if not path.name.startswith("."):
                    found.append(_read_info(path, kind))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _read_info(path: Path, kind: Kind) -> ServerBackup:
    stat = path.stat()
    try:
        data = json.loads(_info_path(path).read_text(encoding="utf-8"))
        contacts = data.get("contacts")
        return ServerBackup(path, dt.datetime.fromisoformat(data["taken_at"]), stat.st_size,
                            int(contacts) if contacts is not None else None,
                            bool(data.get("verified")), kind, str(data.get("database", "")))
    except (OSError, ValueError, KeyError, TypeError):  # its facts are missing: unverified
        return ServerBackup(path, dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC),
                            stat.st_size, None, False, kind, "")


def newest_restorable(folder: Path, database: str) -> ServerBackup | None:
    """The newest verified JSON backup of ``database`` (its URL without the password)."""
    return next((b for b in list_backups(folder)
                 if b.verified and b.kind == Kind.JSON and b.database == database), None)


# restoring ----------------------------------------------------------------------------

def restore(store: Store, path: Path) -> int:
    """Restore the JSON backup ``path`` into the empty database of ``store``; return the
    live contacts it holds. One transaction, with the server's checks at its end.

    Raises:
        RefusedError: the file is not a JSON backup (``code`` says what it is), the
            database is not empty, or the backup does not restore cleanly.
    """
    try:
        data = path.read_bytes()
    except OSError as e:
        raise RefusedError(f"{path} cannot be read: {e.strerror or e}", "missing", path) from e
    if data.startswith(serversafety.ARCHIVE_MAGIC):
        raise RefusedError(f"{path} is a pg_dump archive: restore it with pg_restore",
                           "archive", path)
    if data.startswith(SQLITE_MAGIC):
        raise RefusedError(f"{path} is a SQLite journal: copy-to moves it to a server",
                           "sqlite", path)
    try:
        content = fullexport.parse(data)
    except InteropError as e:
        raise RefusedError(f"{path} is not a NetJournal backup: {e}", "not_backup",
                           path) from e
    if not transfer.is_empty(store):
        raise RefusedError(f"{store.where} already holds a journal: a backup is restored "
                           "into an empty database only", "not_empty", path)
    try:
        with store.atomic():
            transfer.restore(store, fullexport.tables(content))
            problems = store.check()
            if problems:
                raise StorageError(f"it fails the checks after restoring: {problems[0]}")
    except (StorageError, ValueError, binascii.Error) as e:
        raise RefusedError(f"{path} does not restore: {e}", "damaged", path) from e
    return store.contacts.count()


def _words(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "the disk is full"
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the backups folder is read-only"
    return str(e.strerror or e)
