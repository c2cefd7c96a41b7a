"""Putting a backup back in the journal's place, checked first.

Restore checks a candidate in a temporary copy (NetJournal's ``application_id``, a
schema this code knows, ``integrity_check``, then opening it with the current migrations)
before it swaps anything, under the writer lock. The journal it replaces is kept beside
it as ``netjournal.sqlite3.damaged-YYYYmmdd-HHMMSS``, byte for byte, after a verified
backup of it when it was healthy. (Writing a whole journal's rows into an empty one, for
``copy-to`` and the JSON full backup, is :mod:`netjournal.storage.restore`.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from netjournal.paths import DataDir, make_private
from netjournal.storage import SchemaTooNewError, StorageError, backups, keyed
from netjournal.storage.db import MIGRATIONS_DIR, find_damage
from netjournal.storage.lock import WriterLock
from netjournal.storage.sql import file_or_sql_errors, sql_errors
from netjournal.storage.store import Store


class RefusedError(StorageError):
    """A file offered to restore is not a healthy NetJournal journal; nothing was replaced."""



@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the file now in use, where the old journal went."""

    source: Path
    contacts: int
    kept: Path | None  # the replaced journal, beside it (None if there was none)
    safety: backups.BackupInfo | None  # a verified copy of the replaced journal, if it was healthy



# restoring ----------------------------------------------------------------------------------

def restore(data_dir: DataDir, candidate: Path, *, lock: WriterLock | None = None,
            now: dt.datetime | None = None) -> RestoreResult:
    """Replace the journal of ``data_dir`` with ``candidate``, checked first.

    Takes the writer lock (unless the caller passes the one it holds), so a journal a
    writer holds is never swapped. The candidate is checked in a temporary copy: a
    NetJournal ``application_id``, a schema this code knows, ``integrity_check``, and
    opening it with the current migrations. Only then is the journal moved aside to
    ``netjournal.sqlite3.damaged-YYYYmmdd-HHMMSS`` (after a verified backup if it was
    healthy) and the checked copy put in its place; if that swap fails the old journal
    is put back. Raises :class:`RefusedError` when the candidate fails a check.
    """
    now = now or dt.datetime.now(dt.UTC)
    if not candidate.is_file():
        raise RefusedError(f"{candidate} is not a file")
    _refuse_mixed(data_dir, candidate)
    data_dir.ensure()
    own_lock = lock is None
    held = lock or WriterLock(data_dir.lock)
    if own_lock:
        held.acquire()
    try:
        with _workdir(data_dir.root) as work:
            prepared, contacts = _prepare(candidate, work)
            return _swap(data_dir, candidate, prepared, contacts, now)
    finally:
        if own_lock:
            held.release()


def _refuse_mixed(data_dir: DataDir, candidate: Path) -> None:
    """Never restore a plain copy over an encrypted journal, nor an encrypted copy into a
    folder without the key file that opens it."""
    encrypted = keyed.has_key_file(data_dir.database)
    if encrypted and not keyed.looks_encrypted(candidate):
        raise RefusedError(
            f"the journal is encrypted and {candidate} is a plain copy: restoring it would "
            "leave the journal unencrypted; decrypt the journal first, or restore a backup "
            "taken since it was encrypted")
    if not encrypted and keyed.looks_encrypted(candidate) and keyed.current() is not None:
        raise RefusedError(f"{candidate} is encrypted and this journal is not: encrypt the "
                           "journal first, or restore a plain copy")


@contextlib.contextmanager
def _workdir(root: Path) -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=root))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _prepare(candidate: Path, work: Path) -> tuple[Path, int]:
    """Copy ``candidate`` into ``work`` and run every check on the copy."""
    copy = work / "candidate.sqlite3"
    try:
        backups.copy_journal(candidate, copy)
        con = keyed.connect(copy, key=keyed.key_for(copy))
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            try:
                steps = {r[0] for r in con.execute("SELECT name FROM schema_migration")}
            except sql_errors():
                steps = set()
            rows = [r[0] for r in con.execute("PRAGMA integrity_check(5)").fetchall()]
        finally:
            con.close()
    except file_or_sql_errors() as e:
        raise RefusedError(f"{candidate} cannot be read as a journal: {backups.in_words(e)}") from e
    known = {p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py")}
    if app_id != backups.APPLICATION_ID and not (app_id == 0 and "0001_initial" in steps):
        raise RefusedError(f"{candidate} is not a NetJournal journal "
                           "(SQLite file of another program)")
    if steps - known:
        raise RefusedError(f"{candidate} was written by a newer version of NetJournal; "
                           "update NetJournal to restore it")
    if rows != ["ok"]:
        raise RefusedError(f"{candidate} is damaged: {rows[0]}")
    try:
        with Store(copy, backup_dir=work / "upgrade") as store:  # the current migrations
            problems = store.check()
            contacts = store.contacts.count()
    except SchemaTooNewError as e:
        raise RefusedError(str(e)) from e
    except StorageError as e:
        raise RefusedError(f"{candidate} cannot be opened as a journal: {e}") from e
    if problems:
        raise RefusedError(f"{candidate} fails its checks: {problems[0]}")
    make_private(copy)
    return copy, contacts


def _swap(data_dir: DataDir, source: Path, prepared: Path, contacts: int,
          now: dt.datetime) -> RestoreResult:
    journal = data_dir.database
    safety: backups.BackupInfo | None = None
    kept: Path | None = None
    if journal.exists():
        if find_damage(journal) is None:
            with contextlib.suppress(StorageError):  # damaged after all: kept below as is
                safety = backups.take(journal, data_dir.backups, now=now, prefix="before-restore-")
        kept = _set_aside(journal, now)
    try:
        os.replace(prepared, journal)
    except OSError as e:
        if kept is not None:
            _put_back(kept, journal)
        where = f"; a copy of it is in {safety.path}" if safety else ""
        raise StorageError(f"the journal could not be replaced ({backups.in_words(e)}); "
                           f"it was put back{where}") from e
    make_private(journal)
    return RestoreResult(source, contacts, kept, safety)


def _set_aside(journal: Path, now: dt.datetime) -> Path:
    """Rename the journal (and its write-ahead log) to a free ``.damaged-STAMP`` name."""
    stamp = now.astimezone().strftime(backups.STAMP)
    for n in range(1, 1000):
        kept = journal.with_name(f"{journal.name}.damaged-{stamp}" + (f"-{n}" if n > 1 else ""))
        if not kept.exists() and not backups.sidecar(kept, "-wal").exists():
            break
    else:
        raise StorageError("too many damaged copies beside the journal")
    wal = backups.sidecar(journal, "-wal")
    if wal.exists() and wal.stat().st_size:
        os.replace(wal, backups.sidecar(kept, "-wal"))
    os.replace(journal, kept)
    for suffix in ("-wal", "-shm"):
        backups.sidecar(journal, suffix).unlink(missing_ok=True)
    return kept


def _put_back(kept: Path, journal: Path) -> None:
    os.replace(kept, journal)
    if backups.sidecar(kept, "-wal").exists():
        os.replace(backups.sidecar(kept, "-wal"), backups.sidecar(journal, "-wal"))
