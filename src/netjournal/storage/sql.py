"""Typed doors into peewee where its bundled stubs are loose: raw SQL and tuple rows.

peewee 4's stubs leave ``Database.execute_sql`` and ``Database.connection`` untyped, and
type ``query.tuples()`` as the query itself (so rows look like model instances). These
helpers state what SQLite really hands back, so the repositories stay strictly typed
without an ignore at every call.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, cast

from peewee import BaseQuery, Database, DatabaseError

from netjournal.storage.dialect import placeholders

Row = tuple[Any, ...]
"""One row of a raw or ``.tuples()`` query."""

Params = Sequence[object] | None

def _cipher_errors() -> tuple[type[Exception], type[Exception]] | None:
    """SQLCipher's (DatabaseError, Error), its own classes, once its driver is loaded.

    Only an encrypted journal loads it (:mod:`netjournal.storage.keyed`); before that
    none of its errors can be raised, so the tuples below leave them out until then.
    """
    driver = sys.modules.get("sqlcipher3.dbapi2")
    return None if driver is None else (driver.DatabaseError, driver.Error)


def database_errors() -> tuple[type[Exception], ...]:
    """What SQLite raises through peewee or the raw cursor: damaged, locked, full."""
    cipher = _cipher_errors()
    base: tuple[type[Exception], ...] = (DatabaseError, sqlite3.DatabaseError)
    return base if cipher is None else (*base, cipher[0])


def sql_errors() -> tuple[type[Exception], ...]:
    """Every error of a raw DB-API connection, SQLite's or SQLCipher's."""
    cipher = _cipher_errors()
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher[1])


def file_or_sql_errors() -> tuple[type[Exception], ...]:
    """The same, and the file's own (full disk, permissions)."""
    return (OSError, *sql_errors())


def connection(db: Database) -> sqlite3.Connection:
    """The calling thread's DB-API connection (opened if closed), as ``db.connection()``."""
    # peewee's stub leaves connection() untyped; with the sqlite3 driver it is this.
    get: Callable[[], sqlite3.Connection] = db.connection
    return get()


def execute(db: Database, sql: str, params: Params = None) -> sqlite3.Cursor:
    """Run raw SQL with ``?`` parameters, as ``db.execute_sql(sql, params)`` (in the
    driver's own parameter style on PostgreSQL)."""
    # peewee's stub leaves execute_sql() untyped; with the sqlite3 driver it returns this.
    run: Callable[[str, Params], sqlite3.Cursor] = db.execute_sql
    return run(*placeholders(db, sql, params))


def fetch_all(db: Database, sql: str, params: Params = None) -> list[Row]:
    """Run raw SQL and return every row, as ``db.execute_sql(sql, params).fetchall()``."""
    rows: list[Row] = execute(db, sql, params).fetchall()
    return rows


class Cursor:
    """A DB-API cursor that takes the journal's SQL (``?`` parameters, SQLite's words) on
    either engine, for the bulk paths that talk to the driver directly."""

    def __init__(self, db: Database) -> None:
        self._db = db
        get: Callable[[], Any] = db.connection
        self._cursor = get().cursor()

    def execute(self, sql: str, params: Params = None) -> Cursor:
        try:
            sql, params = placeholders(self._db, sql, params)
            self._cursor.execute(sql, params or ())
        except sqlite3.Error:
            raise
        except Exception as e:  # the server's driver: as peewee would say it
            raise DatabaseError(str(e)) from e
        return self

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> Cursor:
        try:
            self._cursor.executemany(placeholders(self._db, sql)[0], list(rows))
        except sqlite3.Error:
            raise
        except Exception as e:
            raise DatabaseError(str(e)) from e
        return self

    def fetchone(self) -> Row | None:
        row: Row | None = self._cursor.fetchone()
        return row

    def fetchall(self) -> list[Row]:
        rows: list[Row] = self._cursor.fetchall()
        return rows

    @property
    def lastrowid(self) -> int:
        """The id the last INSERT gave its row."""
        if isinstance(self._cursor, sqlite3.Cursor):
            return int(self._cursor.lastrowid or 0)
        self._cursor.execute("SELECT lastval()")
        return int(self._cursor.fetchone()[0])


def tuples(query: BaseQuery) -> Iterator[Row]:
    """Run ``query`` with tuple rows, as ``iter(query.tuples())``."""
    # The stub types tuples() as returning the query itself, whose rows are model objects.
    return cast("Iterator[Row]", iter(query.tuples()))


__all__ = ["Cursor", "Row", "connection", "database_errors", "execute", "fetch_all",
           "file_or_sql_errors", "sql_errors", "tuples"]
