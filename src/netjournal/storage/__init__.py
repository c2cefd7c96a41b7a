"""Storage: peewee models on one SQLite file, migrations, search, and the store API.

Nothing outside this package imports peewee; everything else calls :class:`Store`, whose
repositories take and return the frozen dataclasses of :mod:`netjournal.domain.values`.
"""


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


class DamagedError(StorageError):
    """The journal file is damaged: SQLite cannot read it as a database, or its checks fail.

    ``problem`` is SQLite's own words; ``path`` the damaged file. Nothing is written to a
    journal once this is raised; the front ends offer to restore a backup.
    """

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"the journal {path} is damaged: {problem}")
        self.path = path
        self.problem = problem
