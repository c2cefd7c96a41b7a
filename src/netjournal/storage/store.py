"""The store: one open journal and its repositories; the API the UI and the CLI use."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from peewee import PeeweeException, SqliteDatabase

from netjournal.paths import DataDir
from netjournal.storage import StorageError
from netjournal.storage import db as dbmod
from netjournal.storage.contacts import ContactRepository
from netjournal.storage.followups import FollowUpRepository
from netjournal.storage.interactions import EventRepository, InteractionRepository
from netjournal.storage.ledger import ExchangeRepository, OfferRepository
from netjournal.storage.lock import WriterLock
from netjournal.storage.relations import IntroductionRepository, RequestRepository
from netjournal.storage.search import SearchRepository
from netjournal.storage.sql import execute


class Store:
    """An open journal.

    Use :meth:`open` for a data folder (it migrates the schema, backing up first), or
    the constructor for a database file. Repositories hang off the store as attributes:
    ``store.contacts``, ``store.interactions``, ``store.events``, ``store.offers``,
    ``store.exchanges``, ``store.followups``, ``store.introductions``,
    ``store.requests`` and ``store.search``.
    """

    def __init__(self, path: Path, *, backup_dir: Path | None = None,
                 migrate: bool = True) -> None:
        self.path = path
        self.backup_dir = backup_dir or path.parent / "backups"
        self.db: SqliteDatabase = dbmod.connect(path)
        self.lock: WriterLock | None = None
        try:
            if migrate:
                dbmod.migrate(self.db, path, self.backup_dir)
        except Exception:
            self.db.close()
            raise
        self.contacts = ContactRepository(self.db)
        self.interactions = InteractionRepository(self.db)
        self.events = EventRepository(self.db)
        self.offers = OfferRepository(self.db)
        self.exchanges = ExchangeRepository(self.db)
        self.followups = FollowUpRepository(self.db)
        self.introductions = IntroductionRepository(self.db)
        self.requests = RequestRepository(self.db)
        self.search = SearchRepository(self.db)

    @classmethod
    def open(cls, data_dir: DataDir, *, exclusive: bool = False) -> Store:
        """Open the journal in ``data_dir``.

        Args:
            data_dir: the data folder; created 0700 if missing.
            exclusive: take the folder's writer lock first (the GUI and commands that
                replace the whole database do); raises ``AlreadyOpenError`` if another
                process holds it.
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

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
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
        """SQLite's integrity check plus foreign keys and the search indexes."""
        return dbmod.integrity_problems(self.db)

    def backup(self, dest: Path | None = None) -> Path:
        """Copy the journal to ``dest`` (default: a dated file in the backups folder)."""
        if dest is None:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = self.backup_dir / f"netjournal-{stamp}.sqlite3"
        return dbmod.backup_to(self.db, dest)

    def data_version(self) -> int:
        """A number that changes when another connection commits to the journal.

        SQLite's ``PRAGMA data_version``: this connection's own writes leave it as it is,
        so a window can notice ``netjournal add`` run in a terminal without reacting to
        its own saves.
        """
        try:
            return int(execute(self.db, "PRAGMA data_version").fetchone()[0])
        except (PeeweeException, sqlite3.Error) as e:
            raise StorageError(f"could not read the journal: {e}") from e

    def journal_mode(self) -> str:
        return str(execute(self.db, "PRAGMA journal_mode").fetchone()[0])
