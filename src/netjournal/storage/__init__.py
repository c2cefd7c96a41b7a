"""Storage: peewee models on one SQLite file, migrations, search, and the store API.

Nothing outside this package imports peewee; everything else calls :class:`Store`, whose
repositories take and return the frozen dataclasses of :mod:`netjournal.domain.values`.
"""

import sys

# WORKAROUND: peewee imports the PostgreSQL driver (psycopg) when it is itself imported,
# which costs every start about 70 ms although most journals are a SQLite file. peewee is
# imported here with the driver looking absent; storage.postgres hands it the driver when
# a journal on a server is opened (see postgres.load_driver).
if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # import psycopg: ImportError
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]


class StorageError(Exception):
    """Base class for storage errors; the message is meant for the user."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer NetJournal."""


class NotFoundError(StorageError):
    """A row the caller named does not exist (or was deleted)."""


class AlreadyOpenError(StorageError):
    """Another NetJournal process holds the writer lock on the data folder."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


class DiskFullError(StorageError):
    """The disk holding the journal is full: the write was refused, nothing half-written."""


class ReadOnlyError(StorageError):
    """The journal's file or folder does not allow writing; reading still works."""


_ENVIRONMENT_WORDS = ("database is locked", "disk is full", "disk I/O error",
                      "readonly database", "unable to open database")


def is_environmental(error: BaseException) -> bool:
    """Whether a failure came from around the data (a lock, a full disk, a read-only or
    unreadable file) rather than from the record being saved: the whole operation must
    stop, since the next record would fail the same way."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, DiskFullError | ReadOnlyError | AlreadyOpenError) or any(
                w in str(seen) for w in _ENVIRONMENT_WORDS):
            return True
        seen = seen.__cause__
    return False


class DamagedError(StorageError):
    """The journal file is damaged: SQLite cannot read it as a database, or its checks fail.

    ``problem`` is SQLite's own words; ``path`` the damaged file. Nothing is written to a
    journal once this is raised; the front ends offer to restore a backup.
    """

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"the journal {path} is damaged: {problem}")
        self.path = path
        self.problem = problem


class LockedError(StorageError):
    """The journal is encrypted and this process was given no key for it.

    Nothing was opened, read or written; the front ends ask for the passphrase.
    """

    def __init__(self, path: object) -> None:
        super().__init__(f"the journal {path} is encrypted: its passphrase is needed "
                         "to open it")
        self.path = path
