"""Opening the SQLite file: pragmas, migrations, the backup taken before them."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase
from playhouse.migrations import Runner  # type: ignore[import-untyped]  # playhouse has no stubs

from netjournal.paths import ensure_private_dir, make_private
from netjournal.storage import SchemaTooNewError, StorageError
from netjournal.storage.models import MODELS
from netjournal.storage.sql import DATABASE_ERRORS, connection, execute, fetch_all

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -32 * 1024,  # 32 MiB
    "temp_store": "memory",
}


DAMAGED_HINT = " (`netjournal restore` can bring back a copy from the backups folder)"


def _is_damage(e: Exception) -> bool:
    """Whether SQLite's error says the file itself is broken (not busy or missing)."""
    return isinstance(e, UnicodeDecodeError) or any(
        w in str(e) for w in ("not a database", "malformed", "corrupt"))


def connect(path: Path) -> SqliteDatabase:
    """Open ``path`` with the house pragmas and bind the models to it (no migrations)."""
    ensure_private_dir(path.parent)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.connect(reuse_if_open=True)
    except (DatabaseError, UnicodeDecodeError) as e:  # locked, not a database, damaged
        db.close()
        raise StorageError(f"cannot open the database {path}: {e}"
                           + DAMAGED_HINT * _is_damage(e)) from e
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(str(path) + suffix))
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return db


def schema_status(db: SqliteDatabase) -> tuple[list[str], list[str]]:
    """Return (pending, unknown) migration names for an open database."""
    runner = Runner(db, str(MIGRATIONS_DIR))
    status = runner.status()
    pending = [m.name for m in status if m.path is not None and not m.applied]
    unknown = [m.name for m in status if m.path is None]
    return pending, unknown


def migrate(db: SqliteDatabase, path: Path, backup_dir: Path,
            target: str | None = None) -> list[str]:
    """Bring the schema up to date; return the names of the migrations applied.

    A database written by a newer NetJournal (it records migrations this code does not
    have) is refused. A database that holds data is copied to ``backup_dir`` first.
    """
    try:
        pending, unknown = schema_status(db)
    except (DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError) as e:  # damaged schema
        raise StorageError(f"cannot read the database {path}: {e}"
                           + DAMAGED_HINT * _is_damage(e)) from e
    if unknown:
        raise SchemaTooNewError(
            f"{path} was written by a newer version of NetJournal "
            f"(it has schema steps {', '.join(sorted(unknown))}); "
            "update NetJournal to open it")
    if not pending:
        return []
    runner = Runner(db, str(MIGRATIONS_DIR))
    if runner.applied():
        _backup_before(path, backup_dir, pending[0])
    try:
        applied: list[str] = runner.up(target)
    except Exception as e:  # migrations run in a transaction: nothing was changed
        raise StorageError(f"could not upgrade {path}: {e}") from e
    log.info("applied migrations %s", applied)
    return applied


def _backup_before(path: Path, backup_dir: Path, step: str) -> None:
    """A verified copy of the journal before a schema step changes it (never overwriting)."""
    from netjournal.storage import backups

    backups.take(path, backup_dir, prefix=f"before-{step}-")


def backup_to(db: SqliteDatabase, dest: Path) -> Path:
    """Copy the open database to ``dest`` (0600) with SQLite's online backup."""
    ensure_private_dir(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    try:
        target = sqlite3.connect(tmp)
        try:
            connection(db).backup(target)
        finally:
            target.close()
        make_private(tmp)
        tmp.replace(dest)
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"cannot write the backup {dest}: {e}") from e
    return dest


def integrity_problems(db: SqliteDatabase) -> list[str]:
    """Run SQLite's integrity and foreign-key checks; an empty list means healthy."""
    try:
        problems = [row[0] for row in fetch_all(db, "PRAGMA integrity_check")]
        if problems == ["ok"]:
            problems = []
        for table, rowid, parent, _ in fetch_all(db, "PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points at a missing {parent}")
    except DATABASE_ERRORS as e:  # so damaged that the check itself cannot read it
        return [f"the database is damaged: {e}{DAMAGED_HINT}"]
    for fts in ("contact_fts", "interaction_fts"):
        try:
            execute(db, f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        except DATABASE_ERRORS as e:
            problems.append(f"search index {fts}: {e}")
    return problems


# damage detection, before anything is written -----------------------------------------------

SQLITE_MAGIC = b"SQLite format 3\x00"


def find_damage(path: Path, *, quick: bool = True) -> str | None:
    """What is wrong with the journal file at ``path``, in SQLite's words; None if healthy.

    Reads the header (magic, page size, the size it records), the schema, and runs
    ``PRAGMA quick_check`` (unless ``quick`` is False), all through a read-only
    connection: nothing is ever written to the file, no checkpoint, no migration. A
    missing or empty file is not damage (a new journal).
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return None
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:  # missing (a new journal) or unreadable: the open reports that
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "file is not a database (its header is not SQLite's)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "file is not a database (its header records no valid page size)"
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    wal = Path(str(path) + "-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    if counter_valid and pages and wal_empty and size < pages * page_size:
        return (f"the file is truncated ({size} bytes where its header records "
                f"{pages * page_size})")
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        return str(e)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if quick:
            rows = [str(r[0]) for r in con.execute("PRAGMA quick_check(3)").fetchall()]
            if rows != ["ok"]:
                return "quick_check: " + " ".join("; ".join(rows).split())
    except sqlite3.OperationalError as e:
        if not is_damage(e):  # busy, locked, unreadable: not damage, the open reports it
            return None
        return str(e)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:  # a schema that is not text
        return str(e) if isinstance(e, sqlite3.Error) else "the schema cannot be read"
    finally:
        con.close()
    return None


def is_damage(e: BaseException) -> bool:
    """Whether an error met while reading says the file is damaged (SQLITE_CORRUPT,
    SQLITE_NOTADB), as opposed to busy, locked, full or missing."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return True
    return isinstance(e, Exception) and _is_damage(e)
