"""Opening the SQLite file: pragmas, migrations, the backup taken before them."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import sqlite3
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import Database, DatabaseError, SqliteDatabase

from netjournal.paths import ensure_private_dir, make_private
from netjournal.storage import (
    DiskFullError,
    LockedError,
    ReadOnlyError,
    SchemaTooNewError,
    StorageError,
    keyed,
)
from netjournal.storage.models import MODELS
from netjournal.storage.sql import (
    connection,
    database_errors,
    execute,
    fetch_all,
    file_or_sql_errors,
    sql_errors,
)

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
KEYED_CACHE_KIB = -64 * 1024
"""An encrypted journal's page cache (64 MiB, as it grows): a page read from the cache
skips its decryption, which keeps search as you type close to the plain journal's."""
READ_PRAGMAS = {k: v for k, v in PRAGMAS.items() if k not in ("journal_mode", "synchronous")}
"""A reader sets only what lives in its connection: nothing is written to the file."""

WriteGuard = Callable[[], contextlib.AbstractContextManager[None]]
"""Held around each write of a :class:`JournalDatabase` (the app's writer lock)."""

_READING = ("SELECT", "PRAGMA", "EXPLAIN", "VALUES")
_CONNECTION_ONLY = ("PRAGMA QUERY_ONLY",)


def _reads_only(sql: str) -> bool:
    head = sql.lstrip()[:8].upper()
    if head.startswith("PRAGMA") and " ".join(sql.split()).upper().startswith(_CONNECTION_ONLY):
        return True  # changes this connection only, never the file
    return head.startswith(_READING) and not (head.startswith("PRAGMA") and "=" in sql)


def _in_words(e: BaseException, path: Path) -> StorageError | None:
    """A full disk or a read-only journal in words (None for other errors)."""
    text = str(e)
    if "disk is full" in text or getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        try:
            free = f", {shutil.disk_usage(path.parent).free // 1024} KB free"
        except OSError:
            free = ""
        return DiskFullError(f"the disk holding the journal is full ({path.parent}{free}): "
                             "the change was not saved; free some space and try again")
    if "readonly database" in text or "read-only" in text:
        return ReadOnlyError(f"the journal {path} is read-only (its file or folder does not "
                             "allow writing): nothing was saved; reading it still works")
    return None


if TYPE_CHECKING:
    _Base = SqliteDatabase
else:
    _Base = object


class _Manners(_Base):
    """The journal's manners, for peewee's SQLite database and SQLCipher's alike.

    - A failed COMMIT that SQLite already rolled back (a full disk does that) is reported
      as what it was, not as "cannot rollback - no transaction is active".
    - A full disk and a read-only file are reported in words (:class:`DiskFullError`,
      :class:`ReadOnlyError`), with nothing half-written.
    - With a ``write_guard`` (the app's writer lock), each transaction and each write
      outside one holds the guard, so other writers wait for it and it for them.
    """

    def __init__(self, database: str, *args: Any, write_guard: WriteGuard | None = None,
                 **kwargs: Any) -> None:
        super().__init__(database, *args, **kwargs)
        self.write_guard = write_guard
        self.path = Path(database.removeprefix("file:").split("?")[0])
        self._guards: list[contextlib.AbstractContextManager[None]] = []

    def _translate(self, e: Exception) -> Exception:
        return _in_words(e, self.path) or e

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        guard = None
        if self.write_guard is not None and not self.in_transaction() \
                and not _reads_only(sql):
            guard = self.write_guard()
            guard.__enter__()
        try:
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]  # peewee's stub
        except database_errors() as e:
            raise self._translate(e) from e
        finally:
            if guard is not None:
                guard.__exit__(None, None, None)

    def begin(self, lock_type: str | None = None) -> None:
        if self.write_guard is not None:
            guard = self.write_guard()
            guard.__enter__()
            self._guards.append(guard)
        try:
            super().begin(lock_type)
        except BaseException:
            self._release_guard()
            raise

    def commit(self) -> None:
        try:
            super().commit()
        except database_errors() as e:
            if not connection(self).in_transaction:  # SQLite rolled it back itself
                self._release_guard()
            raise self._translate(e) from e
        self._release_guard()

    def rollback(self) -> None:
        try:
            if connection(self).in_transaction:
                super().rollback()
        finally:
            self._release_guard()

    def _release_guard(self) -> None:
        if self._guards:
            self._guards.pop().__exit__(None, None, None)


class JournalDatabase(_Manners, SqliteDatabase):
    """peewee's SQLite database with the journal's manners (see :class:`_Manners`).

    ``key`` is None for a plain journal, the data key for an encrypted one.
    """

    key: bytes | None = None


def keyed_database(database: str, key: bytes, **kwargs: Any) -> JournalDatabase:
    """A :class:`JournalDatabase` on an encrypted file: SQLCipher keyed with ``key``.

    The same manners, pragmas and models as a plain journal; SQLCipher's own log is kept
    off stderr. Raises :class:`~netjournal.storage.keyed.CipherMissingError` when SQLCipher
    is not installed.
    """
    db: JournalDatabase = _keyed_class()(database, **kwargs)
    db.key = key
    return db


@functools.cache
def _keyed_class() -> type[JournalDatabase]:
    keyed.driver()  # the error in words before playhouse's bare ImportError
    from playhouse.sqlcipher_ext import (  # type: ignore[import-untyped]  # no stubs
        SqlCipherDatabase,
    )

    class KeyedJournalDatabase(JournalDatabase, SqlCipherDatabase):  # type: ignore[misc]
        """SQLCipher through peewee, with the journal's manners."""

        def _connect(self) -> Any:
            con = keyed.driver().connect(self.database, isolation_level=None,
                                         **self.connect_params)
            try:
                assert self.key is not None  # set by keyed_database
                keyed.prepare(con, self.key)
                self._add_conn_hooks(con)
            except BaseException:
                con.close()
                raise
            return con

    return KeyedJournalDatabase


DAMAGED_HINT = " (`netjournal restore` can bring back a copy from the backups folder)"


def _is_damage(e: Exception) -> bool:
    """Whether SQLite's error says the file itself is broken (not busy or missing)."""
    return isinstance(e, UnicodeDecodeError) or any(
        w in str(e) for w in ("not a database", "malformed", "corrupt"))


def _database(database: str, path: Path, **kwargs: Any) -> JournalDatabase:
    """A plain or keyed :class:`JournalDatabase` for the file at ``path``.

    An encrypted file (not SQLite's header) is opened with the key this process unlocked;
    with none, :class:`LockedError` is raised before anything touches the file.
    """
    if not keyed.looks_encrypted(path):
        return JournalDatabase(database, **kwargs)
    key = keyed.current()
    if key is None and not keyed.has_key_file(path):
        return JournalDatabase(database, **kwargs)  # damaged, not encrypted: SQLite says so
    if key is None:
        raise LockedError(path)
    pragmas = {**kwargs.pop("pragmas", {}), "cache_size": KEYED_CACHE_KIB}
    return keyed_database(database, key, pragmas=pragmas, **kwargs)


def connect(path: Path, *, write_guard: WriteGuard | None = None,
            busy_timeout_s: float = BUSY_TIMEOUT_MS / 1000) -> JournalDatabase:
    """Open ``path`` for writing with the house pragmas and bind the models (no migrations).

    A new file is made 0600 (SQLite gives its ``-wal`` and ``-shm`` the same mode); an
    existing one keeps its modes. An encrypted file is opened keyed (see :func:`_database`).
    """
    ensure_private_dir(path.parent)
    new = not path.exists()
    pragmas = {**PRAGMAS, "busy_timeout": int(busy_timeout_s * 1000)}
    db = _database(str(path), path, pragmas=pragmas, timeout=busy_timeout_s,
                   write_guard=write_guard)
    try:
        if new:  # created empty and private before SQLite writes a byte into it
            os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
            make_private(path)
        db.connect(reuse_if_open=True)
    except (DatabaseError, UnicodeDecodeError, OSError) as e:  # locked, damaged, full
        db.close()
        words = _in_words(e, path)
        if words is not None:
            raise words from e
        raise StorageError(f"cannot open the database {path}: {e}"
                           + DAMAGED_HINT * _is_damage(e)) from e
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return db


def connect_readonly(path: Path) -> JournalDatabase:
    """Open ``path`` only to read it: ``mode=ro``, no pragma writes, no checkpoint.

    It works on a full disk and in a read-only folder. Where SQLite cannot make the
    ``-shm`` file a WAL reader needs (a read-only folder with no writer around), the file
    is read as immutable, which is true then: nobody can change it.
    """
    quoted = urllib.parse.quote(str(path))
    last: Exception | None = None
    for extra in ("", "&immutable=1"):
        db = _database(f"file:{quoted}?mode=ro{extra}", path, pragmas=READ_PRAGMAS,
                       timeout=BUSY_TIMEOUT_MS / 1000, uri=True)
        try:
            db.connect(reuse_if_open=True)
            execute(db, "SELECT count(*) FROM sqlite_master").fetchone()
        except (DatabaseError, UnicodeDecodeError) as e:
            db.close()
            last = e
            if _is_damage(e):
                break
            continue
        db.bind(MODELS, bind_refs=False, bind_backrefs=False)
        return db
    raise StorageError(f"cannot read the database {path}: {last}"
                       + DAMAGED_HINT * bool(last and _is_damage(last)))


def _step_order(name: str) -> tuple[int, str]:
    """Where a schema step goes: by its number, as ``playhouse.migrations`` orders them."""
    digits = name[:len(name) - len(name.lstrip("0123456789"))]
    return int(digits or -1), name


def migration_names() -> list[str]:
    """The schema steps this code has (the files the migration runner would load)."""
    names = [f[:-3] for f in os.listdir(MIGRATIONS_DIR) if f[:1].isdigit() and f.endswith(".py")]
    return sorted(names, key=_step_order)


def schema_status(db: Database) -> tuple[list[str], list[str]]:
    """Return (pending, unknown) migration names for an open database.

    Two small queries on the runner's history table: ``playhouse.migrations`` (and the
    migrations) are imported only when a step is pending, not at every open.
    """
    has_history = db.table_exists("schema_migration")
    applied = ({str(r[0]) for r in fetch_all(db, "SELECT name FROM schema_migration")}
               if has_history else set())
    known = migration_names()
    pending = [n for n in known if n not in applied]
    unknown = sorted(applied - set(known), key=_step_order)
    return pending, unknown


class UpgradeNeededError(StorageError):
    """A journal opened only to read needs a schema upgrade first."""


def pending_steps(db: Database, path: Path | str) -> list[str]:
    """The schema steps ``db`` still needs; a schema from a newer NetJournal is refused."""
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
    return pending


def refuse_pending(db: SqliteDatabase, path: Path) -> None:
    """For a reader: refuse a newer schema, and signal one that needs upgrading."""
    pending = pending_steps(db, path)
    if pending:
        raise UpgradeNeededError(f"{path} needs an upgrade ({', '.join(pending)})")


def migrate(db: SqliteDatabase, path: Path,
            before_step: Callable[[str], object] | None = None,
            target: str | None = None) -> list[str]:
    """Bring the schema up to date; return the names of the migrations applied.

    A database written by a newer NetJournal (it records migrations this code does not
    have) is refused. On a database that holds data, ``before_step`` is called with the
    first step's name before it runs (the store takes a verified backup there).
    """
    pending = pending_steps(db, path)
    if not pending:
        return []
    from playhouse.migrations import Runner  # type: ignore[import-untyped]  # no stubs

    runner = Runner(db, str(MIGRATIONS_DIR))
    if runner.applied() and before_step is not None:
        before_step(pending[0])
    try:
        applied: list[str] = runner.up(target)
    except Exception as e:  # migrations run in a transaction: nothing was changed
        raise StorageError(f"could not upgrade {path}: {e}") from e
    log.info("applied migrations %s", applied)
    return applied


def backup_to(db: SqliteDatabase, dest: Path) -> Path:
    """Copy the open database to ``dest`` (0600) with SQLite's online backup."""
    ensure_private_dir(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    try:
        key = db.key if isinstance(db, JournalDatabase) else None
        target = keyed.connect(tmp, key=key)
        try:
            connection(db).backup(target)
        finally:
            target.close()
        make_private(tmp)
        tmp.replace(dest)
    except file_or_sql_errors() as e:
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
    except database_errors() as e:  # so damaged that the check itself cannot read it
        return [f"the database is damaged: {e}{DAMAGED_HINT}"]
    problems.extend(_search_index_problems(db))
    return problems



def _search_index_problems(db: SqliteDatabase) -> list[str]:
    """FTS5's own check; it is phrased as an INSERT, so a reader runs it on a second,
    writable connection that changes nothing (and is skipped where none can be had)."""
    checker: sqlite3.Connection | None = None
    if isinstance(db, JournalDatabase) and "mode=ro" in db.database:
        try:
            checker = keyed.connect(db.path, key=db.key, timeout=BUSY_TIMEOUT_MS / 1000)
        except sql_errors():
            return []
    problems = []
    errors: tuple[type[Exception], ...] = (StorageError, *database_errors())
    try:
        for fts in ("contact_fts", "interaction_fts"):
            sql = f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"
            try:
                if checker is None:
                    execute(db, sql)
                else:
                    checker.execute(sql)
            except errors as e:
                if "readonly" in str(e) or "read-only" in str(e):
                    break  # a read-only journal: the indexes cannot be checked here
                problems.append(f"search index {fts}: {e}")
    finally:
        if checker is not None:
            checker.close()
    return problems


# damage detection, before anything is written -----------------------------------------------

SQLITE_MAGIC = keyed.SQLITE_MAGIC


def find_damage(path: Path, *, quick: bool = True) -> str | None:
    """What is wrong with the journal file at ``path``, in SQLite's words; None if healthy.

    Reads the header (magic, page size, the size it records), the schema, and runs
    ``PRAGMA quick_check`` (unless ``quick`` is False), all through a read-only
    connection: nothing is ever written to the file, no checkpoint, no migration. A
    missing or empty file is not damage (a new journal). An encrypted journal (its key
    file beside it) has no readable header: it is checked through a keyed connection
    once this process has its key, and taken as healthy until then (opening it asks for
    the passphrase).
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return None
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:  # missing (a new journal) or unreadable: the open reports that
        return None
    key = None
    if not header.startswith(SQLITE_MAGIC) and keyed.has_key_file(path):
        key = keyed.current()
        if key is None:
            return None
    else:
        problem = _header_damage(path, header, size)
        if problem is not None:
            return problem
    try:
        con = keyed.connect(path, key=key, readonly=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sql_errors() as e:
        return str(e)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if quick:
            rows = [str(r[0]) for r in con.execute("PRAGMA quick_check(3)").fetchall()]
            if rows != ["ok"]:
                return "quick_check: " + " ".join("; ".join(rows).split())
    except sql_errors() as e:
        if type(e).__name__ == "OperationalError" and not is_damage(e):
            return None  # busy, locked, unreadable: not damage, the open reports it
        return str(e)
    except UnicodeDecodeError:  # a schema that is not text
        return "the schema cannot be read"
    finally:
        con.close()
    return None


def _header_damage(path: Path, header: bytes, size: int) -> str | None:
    """What the first 100 bytes of a plain journal say is wrong with it, or None."""
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
    return None


def is_damage(e: BaseException) -> bool:
    """Whether an error met while reading says the file is damaged (SQLITE_CORRUPT,
    SQLITE_NOTADB), as opposed to busy, locked, full or missing."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return True
    return isinstance(e, Exception) and _is_damage(e)
