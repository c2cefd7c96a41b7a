"""Opening a journal kept in a PostgreSQL database (psycopg 3 through peewee).

The schema is the SQLite one, column for column, made by the same numbered migrations
(each branches on the engine only where the SQL differs). Moments and days are stored as
the same ISO text the SQLite file holds (``2026-03-08 09:15:00``, and ``2026-03-08T12:00:00``
for a meeting known by its day only), and sent to the server as untyped text, so a
comparison in SQL means the same on both engines and a whole-day meeting keeps its mark.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import urllib.parse
from typing import Any

from peewee import PostgresqlDatabase

from netjournal.domain.values import DayOnly
from netjournal.storage import StorageError
from netjournal.storage.convert import day_only_text
from netjournal.storage.models import MODELS

SCHEMES = ("postgresql", "postgres")


def is_postgres_url(location: str) -> bool:
    """Whether ``location`` names a PostgreSQL database (``postgresql://...``)."""
    return urllib.parse.urlsplit(location).scheme in SCHEMES


def shown_url(url: str) -> str:
    """The URL without its password, to show in messages and remember in settings."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = (f"{parts.username}@" if parts.username else "") + host
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def host_of(url: str) -> str:
    """The server a URL names (``host:port``; ``localhost`` when it names none), to say
    which one failed. The same as :func:`netjournal.database_choice.host_of`, which
    storage may not import."""
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.hostname or dict(urllib.parse.parse_qsl(parts.query)).get("host", "")
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host or 'localhost'}:{port}" if port else (host or "localhost")


def _register_text_dumpers(connection: Any) -> None:
    """Send moments, days and booleans as untyped text, as the SQLite file stores them."""
    from psycopg.adapt import Dumper

    class _Moment(Dumper):
        oid = 0  # unknown: the server reads it as the column or operand it meets

        def dump(self, obj: dt.datetime) -> bytes:
            if isinstance(obj, DayOnly):
                return day_only_text(obj).encode()
            return obj.isoformat(sep=" ").encode()

    class _Day(Dumper):
        oid = 0

        def dump(self, obj: dt.date) -> bytes:
            return obj.isoformat().encode()

    class _Flag(Dumper):
        oid = 0

        def dump(self, obj: bool) -> bytes:
            return b"1" if obj else b"0"

    adapters = connection.adapters
    adapters.register_dumper(DayOnly, _Moment)
    adapters.register_dumper(dt.datetime, _Moment)
    adapters.register_dumper(dt.date, _Day)
    adapters.register_dumper(bool, _Flag)


def load_driver() -> None:
    """Give peewee the PostgreSQL driver it was imported without (see
    :mod:`netjournal.storage`): the module's names and its adapter's transaction states."""
    import peewee as loaded

    peewee: Any = loaded  # names peewee's stubs leave out
    if peewee.psycopg is not None:
        return
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError as e:
        raise StorageError("a journal on a PostgreSQL server needs psycopg 3 "
                           "(pip install 'psycopg[binary]')") from e
    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


class ConnectionLostError(StorageError):
    """The server stopped answering in the middle of the session: nothing of the write
    under way was kept; the next use reconnects once the server is back."""

    def __init__(self, message: str, host: str, problem: str = "") -> None:
        super().__init__(message)
        self.host = host
        self.problem = problem


CUSTOM_PLANS = "-c plan_cache_mode=force_custom_plan"
"""The session setting that plans every statement for its parameters (see below)."""


class PostgresJournalDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database with the journal's text moments (psycopg 3).

    A connection the server dropped is reported as :class:`ConnectionLostError`, and
    replaced by a new one at the next statement outside a transaction (so "Retry" is only
    doing the same again once the server is back).
    """

    _state: Any  # peewee's connection state (its stub leaves it out)

    def __init__(self, url: str, *, connect_timeout: int | None = None) -> None:
        load_driver()
        parts = urllib.parse.urlsplit(url)
        name = urllib.parse.unquote(parts.path.lstrip("/"))
        if not name:
            raise StorageError(f"the database URL {shown_url(url)} names no database "
                               "(postgresql://user@host:port/DATABASE)")
        params: dict[str, Any] = {}
        for key, value in (("host", parts.hostname), ("port", parts.port),
                           ("user", parts.username), ("password", parts.password)):
            if value is not None:
                params[key] = urllib.parse.unquote(str(value))
        params.update(dict(urllib.parse.parse_qsl(parts.query)))
        if connect_timeout is not None:
            params.setdefault("connect_timeout", str(connect_timeout))
        # psycopg prepares a statement run five times, and the server may then keep one
        # plan for every later parameter; a search's plan depends wholly on its words
        # ("budi sa" after a run of one-word searches took 40 ms instead of 3), so each
        # statement is planned for its own parameters.
        params["options"] = f"{params.get('options', '')} {CUSTOM_PLANS}".strip()
        super().__init__(name, prefer_psycopg3=True, autorollback=False, **params)
        self.url = shown_url(url)
        self.host = host_of(url)

    def connection_lost(self) -> bool:
        """Whether the open connection was dropped by the server (or the network)."""
        if self.is_closed():
            return False
        raw = self._state.conn
        return bool(raw is not None and (raw.closed or raw.broken))

    def revive(self) -> None:
        """Replace a dropped connection by a new one (outside a transaction only).

        Raises:
            ConnectionLostError: the server still cannot be reached.
        """
        if self.in_transaction() or not self.connection_lost():
            return
        dropped = self._state.conn
        self._state.reset()  # the dropped connection is gone; peewee forgets it
        with contextlib.suppress(Exception):  # the driver's handle, released (not left to GC)
            dropped.close()
        try:
            self.connect()
        except Exception as e:  # the driver's errors: refused, timeout
            self._state.reset()
            raise self._lost(e) from e

    def close(self) -> bool:
        """Close this thread's connection; one the server dropped is released without
        peewee's checks (a dropped connection has no transaction left to end)."""
        if not self.is_closed() and self.connection_lost():
            dropped = self._state.conn
            self._state.reset()
            with contextlib.suppress(Exception):
                dropped.close()
            return True
        return bool(super().close())

    def _lost(self, e: BaseException) -> ConnectionLostError:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        return ConnectionLostError(f"lost the connection to the database server {self.host} "
                                   f"({first})", self.host, first)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        self.revive()
        try:
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        except Exception as e:
            if self.connection_lost() or self._state.conn is None:
                raise self._lost(e) from e
            raise

    def begin(self, isolation_level: Any = None) -> None:
        self.revive()
        try:
            super().begin(isolation_level)
        except Exception as e:
            if self.connection_lost() or self._state.conn is None:
                raise self._lost(e) from e
            raise

    def rollback(self) -> None:
        if self.connection_lost():
            return  # the server already threw the transaction away
        super().rollback()

    def commit(self) -> None:
        try:
            super().commit()
        except Exception as e:
            if self.connection_lost():
                raise self._lost(e) from e
            raise

    def _connect(self) -> Any:
        connection = super()._connect()  # type: ignore[misc]  # peewee's stub lacks it
        _register_text_dumpers(connection)
        return connection


def connect_postgres(url: str, *, connect_timeout: int | None = None
                     ) -> PostgresJournalDatabase:
    """Connect to the PostgreSQL database of ``url`` and bind the models (no migrations);
    ``connect_timeout``: give up after that many seconds (libpq's own default: none).

    Raises:
        StorageError: the server cannot be reached or refuses the connection, in words.
    """
    db = PostgresJournalDatabase(url, connect_timeout=connect_timeout)
    try:
        db.connect(reuse_if_open=True)
    except Exception as e:  # the driver's own errors: refused, unknown host, bad password
        db.close()
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise StorageError(f"cannot reach the database {db.url}: {first}") from e
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return db


def migrate_postgres(db: PostgresJournalDatabase) -> list[str]:
    """Bring the database's schema up to date with the numbered migrations; return the
    names applied. A schema from a newer NetJournal is refused."""
    from netjournal.storage import db as dbmod

    pending = dbmod.pending_steps(db, db.url)
    if not pending:
        return []
    from playhouse.migrations import Runner  # type: ignore[import-untyped]  # no stubs

    try:
        applied: list[str] = Runner(db, str(dbmod.MIGRATIONS_DIR)).up()
    except Exception as e:  # each migration runs in a transaction: nothing half-done
        raise StorageError(f"could not upgrade the database {db.url}: {e}") from e
    return applied


def probe(url: str, *, connect_timeout: int) -> int | None:
    """Connect to ``url`` and look: the number of contacts of the journal there, or None
    for a database with no journal yet (opening it sets one up). Nothing is written.

    Raises:
        StorageError: the server cannot be reached, or refuses the connection, in words.
    """
    db = PostgresJournalDatabase(url, connect_timeout=connect_timeout)
    try:
        try:
            db.connect()
        except Exception as e:  # the driver's own errors
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise StorageError(f"cannot reach the database {db.url}: {first}") from e
        if not db.table_exists("contact"):
            return None
        (count,), = db.execute_sql(
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchall()
        return int(count)
    finally:
        db.close()
