"""The store: one open journal and its repositories; the API the UI and the CLI use."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import PeeweeException

from netjournal.paths import DataDir
from netjournal.storage import ReadOnlyError, StorageError
from netjournal.storage import db as dbmod
from netjournal.storage.dialect import is_postgres, outside_writes_sql
from netjournal.storage.lock import WriterLock, wait_limit
from netjournal.storage.models import MODELS
from netjournal.storage.sql import connection, execute

if TYPE_CHECKING:  # each repository's module is imported when the store first uses it
    from netjournal.storage.addressbook import AddressBookRepository
    from netjournal.storage.bulk import BulkRepository
    from netjournal.storage.contacts import ContactRepository
    from netjournal.storage.followups import FollowUpRepository
    from netjournal.storage.interactions import EventRepository, InteractionRepository
    from netjournal.storage.ledger import ExchangeRepository, OfferRepository
    from netjournal.storage.merge import MergeRepository
    from netjournal.storage.relations import IntroductionRepository, RequestRepository
    from netjournal.storage.search import SearchRepository


class Store:
    """An open journal.

    Use :meth:`open` for a data folder (it migrates the schema, backing up first), or
    the constructor for a database file. Repositories hang off the store as attributes:
    ``store.contacts``, ``store.interactions``, ``store.events``, ``store.offers``,
    ``store.exchanges``, ``store.followups``, ``store.introductions``,
    ``store.requests``, ``store.search``, ``store.addressbook`` (the vCard folder),
    ``store.merges`` (duplicates) and ``store.bulk`` (changes to several contacts at once).
    Each is made (and its module imported) on first use: the app's start reads contacts
    and follow-ups only.
    """

    def __init__(self, path: Path, *, backup_dir: Path | None = None,
                 migrate: bool = True, readonly: bool = False,
                 write_guard: dbmod.WriteGuard | None = None) -> None:
        self.path = path
        self.where = str(path)
        """Where the journal is, to name it in messages: its file, or its server's URL."""
        self.backup_dir = backup_dir or path.parent / "backups"
        self.readonly = readonly
        previous = MODELS[0]._meta.database
        self.db: dbmod.JournalDatabase = (
            dbmod.connect_readonly(path) if readonly
            else dbmod.connect(path, write_guard=write_guard,
                               busy_timeout_s=max(wait_limit(), 1.0)))
        self.lock: WriterLock | None = None
        # The models are bound to one database per process (the last store opened); a
        # store that closes gives them back to the one before it (a command run
        # in-process while the app's store stays open).
        self._bound_before = previous
        try:
            if readonly:
                dbmod.refuse_pending(self.db, path)
            elif migrate:
                dbmod.migrate(self.db, path, self._backup_before)
        except Exception:
            self.db.close()
            raise

    def _backup_before(self, step: str) -> None:
        """A verified copy of the journal before a schema step changes it (never
        overwriting another)."""
        from netjournal.storage import backups  # only when a schema step is due

        backups.take(self.path, self.backup_dir, prefix=f"before-{step}-")

    # repositories -----------------------------------------------------------------------

    @cached_property
    def contacts(self) -> ContactRepository:
        from netjournal.storage.contacts import ContactRepository

        return ContactRepository(self.db)

    @cached_property
    def interactions(self) -> InteractionRepository:
        from netjournal.storage.interactions import InteractionRepository

        return InteractionRepository(self.db)

    @cached_property
    def events(self) -> EventRepository:
        from netjournal.storage.interactions import EventRepository

        return EventRepository(self.db)

    @cached_property
    def offers(self) -> OfferRepository:
        from netjournal.storage.ledger import OfferRepository

        return OfferRepository(self.db)

    @cached_property
    def exchanges(self) -> ExchangeRepository:
        from netjournal.storage.ledger import ExchangeRepository

        return ExchangeRepository(self.db)

    @cached_property
    def followups(self) -> FollowUpRepository:
        from netjournal.storage.followups import FollowUpRepository

        return FollowUpRepository(self.db)

    @cached_property
    def introductions(self) -> IntroductionRepository:
        from netjournal.storage.relations import IntroductionRepository

        return IntroductionRepository(self.db)

    @cached_property
    def requests(self) -> RequestRepository:
        from netjournal.storage.relations import RequestRepository

        return RequestRepository(self.db)

    @cached_property
    def search(self) -> SearchRepository:
        from netjournal.storage.search import SearchRepository

        return SearchRepository(self.db)

    @cached_property
    def merges(self) -> MergeRepository:
        from netjournal.storage.merge import MergeRepository

        return MergeRepository(self.db, self.contacts)

    @cached_property
    def bulk(self) -> BulkRepository:
        from netjournal.storage.bulk import BulkRepository

        return BulkRepository(self.db)

    @cached_property
    def addressbook(self) -> AddressBookRepository:
        from netjournal.storage.addressbook import AddressBookRepository

        return AddressBookRepository(self.db)

    # opening ------------------------------------------------------------------------------

    @classmethod
    def open_url(cls, url: str, *, connect_timeout: int | None = None) -> Store:
        """Open the journal kept in the PostgreSQL database of ``url``, upgrading its
        schema (transactions do the writer lock's work on a server); ``connect_timeout``
        in seconds (default: libpq's, which waits as long as the network does).

        Raises:
            StorageError: the server cannot be reached, or the schema is newer.
        """
        from netjournal.storage import postgres

        store = cls.__new__(cls)
        db = postgres.connect_postgres(url, connect_timeout=connect_timeout)
        try:
            postgres.migrate_postgres(db)
        except Exception:
            db.close()
            raise
        store.db = db  # type: ignore[assignment]  # the same peewee API as the file's
        store.where = db.url
        store.path = Path(tempfile.gettempdir()) / "netjournal-server-journal"
        store.backup_dir = store.path / "backups"
        store.readonly = False
        store.lock = None
        store._bound_before = None
        return store

    @classmethod
    def open(cls, data_dir: DataDir, *, exclusive: bool = False) -> Store:
        """Open the journal in ``data_dir`` (created 0700 if missing) to read and write.

        Args:
            data_dir: the data folder.
            exclusive: take the folder's writer lock at once and hold it until
                :meth:`close`; raises ``AlreadyOpenError`` if another process holds it.
                (Commands that write use :meth:`open_writer`, which waits for it.)
        """
        data_dir.ensure()
        lock = None
        if exclusive:
            lock = WriterLock(data_dir.lock)
            lock.acquire()
        try:
            store = cls(data_dir.database, backup_dir=data_dir.backups)
        except Exception:
            if lock is not None:
                lock.release()
            raise
        store.lock = lock
        return store

    @classmethod
    def open_writer(cls, data_dir: DataDir, *, on_wait: Callable[[], None] | None = None,
                    timeout: float | None = None) -> Store:
        """Open the journal for a command that writes: take the writer lock (waiting for
        another writer up to ``timeout``, default :func:`~netjournal.storage.lock.wait_limit`)
        and hold it until :meth:`close`.

        Raises:
            ReadOnlyError: the journal's file or folder does not allow writing.
            WriterBusyError: another writer kept the lock for the whole wait.
        """
        refuse_readonly(data_dir)
        data_dir.ensure()
        lock = WriterLock(data_dir.lock)
        lock.wait(timeout, on_wait)
        try:
            store = cls(data_dir.database, backup_dir=data_dir.backups)
        except Exception:
            lock.release()
            raise
        store.lock = lock
        return store

    @classmethod
    def open_app(cls, data_dir: DataDir) -> Store:
        """Open the journal for the app: its own lock for its life (one window per folder),
        the writer lock only for each save, so commands in a terminal can write meanwhile.

        Raises:
            AlreadyOpenError: another app has this folder open.
            WriterBusyError: a command kept the journal busy while this one opened it.
        """
        data_dir.ensure()
        app_lock = WriterLock(data_dir.app_lock)
        app_lock.acquire()
        writer = WriterLock(data_dir.lock)
        try:
            with writer.held_while():  # opening may create the file or upgrade it
                store = cls(data_dir.database, backup_dir=data_dir.backups,
                            write_guard=writer.held_while)
        except Exception:
            app_lock.release()
            raise
        store.lock = app_lock
        return store

    @classmethod
    def open_reader(cls, data_dir: DataDir) -> Store:
        """Open an existing journal only to read it (``mode=ro``): nothing is written,
        not even a checkpoint, so it works on a full disk or in a read-only folder.

        A journal that needs a schema upgrade is upgraded first when the folder allows it.
        """
        if not data_dir.has_journal():
            raise StorageError(f"there is no journal in {data_dir.root}")
        try:
            return cls(data_dir.database, backup_dir=data_dir.backups, readonly=True)
        except dbmod.UpgradeNeededError:
            with cls.open_writer(data_dir):
                pass
        return cls(data_dir.database, backup_dir=data_dir.backups, readonly=True)

    def reconnect(self) -> None:
        """On a server: replace a dropped connection now (nothing to do on the file).

        Raises:
            StorageError: the server still cannot be reached, in words.
        """
        revive = getattr(self.db, "revive", None)
        if revive is None:
            return
        try:
            revive()
            self.data_version()  # a question the server must answer
        except StorageError:  # the first look may only find the old connection dropped
            revive()
            self.data_version()

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        before = self._bound_before
        if (MODELS[0]._meta.database is self.db and isinstance(before, dbmod.JournalDatabase)
                and not before.is_closed()):
            before.bind(MODELS, bind_refs=False, bind_backrefs=False)
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """Group several repository calls into one transaction (nested calls are savepoints)."""
        with self.db.atomic():
            yield

    def check(self) -> list[str]:
        """SQLite's integrity check plus foreign keys and the search indexes (on a
        server: what applies there, see :func:`serversafety.integrity_problems`)."""
        if is_postgres(self.db):
            from netjournal.storage import serversafety

            return serversafety.integrity_problems(self.db)
        return dbmod.integrity_problems(self.db)

    def backup(self, dest: Path | None = None) -> Path:
        """Copy the journal to ``dest`` (default: a dated file in the backups folder)."""
        if dest is None:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = self.backup_dir / f"netjournal-{stamp}.sqlite3"
        return dbmod.backup_to(self.db, dest)

    def changes(self) -> int:
        """Rows this process has written to the journal so far (on the calling thread)."""
        return connection(self.db).total_changes

    def hold_writes(self, held: bool) -> None:
        """Refuse (or allow again) every write on the calling thread's connection.

        The app holds writes while the open-time check runs, so a damaged journal is
        never written to.
        """
        execute(self.db, f"PRAGMA query_only = {1 if held else 0}")

    @property
    def on_server(self) -> bool:
        """Whether the journal is a PostgreSQL database (not the SQLite file)."""
        return is_postgres(self.db)

    def data_version(self) -> int:
        """A number that changes when another connection commits to the journal.

        SQLite's ``PRAGMA data_version``: this connection's own writes leave it as it is,
        so a window can notice ``netjournal add`` run in a terminal without reacting to
        its own saves. On a server, the writes of the other connections (migration 0013).
        """
        try:
            return int(execute(self.db, outside_writes_sql(self.db)).fetchone()[0])
        except (PeeweeException, sqlite3.Error) as e:
            raise StorageError(f"could not read the journal: {e}") from e

    @property
    def encrypted(self) -> bool:
        """Whether the journal is encrypted (SQLCipher): its exports are not."""
        return getattr(self.db, "key", None) is not None  # a server has no file key

    def require_writable(self) -> None:
        """Raise :class:`ReadOnlyError` if this store was opened only to read."""
        if self.readonly:
            raise ReadOnlyError(f"the journal {self.path} was opened only to read")

    def journal_mode(self) -> str:
        return str(execute(self.db, "PRAGMA journal_mode").fetchone()[0])


def refuse_readonly(data_dir: DataDir) -> None:
    """Raise :class:`ReadOnlyError` when the journal (or its folder) cannot be written."""
    for path in (data_dir.root, data_dir.database):
        if path.exists() and not os.access(path, os.W_OK):
            raise ReadOnlyError(
                f"the journal in {data_dir.root} is read-only ({path} does not allow "
                "writing): nothing was changed; commands that only read still work")
