"""Loading a demo journal into a PostgreSQL database quickly, for benchmarks only.

``netjournal copy-to URL`` writes row by row through the store's triggers (a 100,000-contact
demo takes the better part of an hour). A benchmark needs the same rows, not the same
path: here the schema is made by the numbered migrations (``Store.open_url``), every table
is streamed with ``COPY`` with the triggers held off (``session_replication_role``, which
needs the database's owner to be a superuser, as the throw-away benchmark server's is),
and then the search documents and the ids' sequences are rebuilt as the migrations and
``copy-to`` do. :func:`load` then checks the result with ``Store.check`` (every row is in
the search index, each last contact agrees with its timeline) and compares row counts.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import time
from pathlib import Path

import psycopg

from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.store import Store

SKIP = ("schema_migration", "contact_fts", "interaction_fts", "sqlite_")


def _migration(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, MIGRATIONS_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(sqlite_file: Path, url: str) -> float:
    """Copy the journal in ``sqlite_file`` into the empty database of ``url``; return the
    seconds it took. Raises ``RuntimeError`` when the copy does not check out."""
    start = time.perf_counter()
    Store.open_url(url).close()  # the schema, by the migrations
    src = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    tables = [r[0] for r in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not r[0].startswith(SKIP)]
    counts: dict[str, int] = {}
    with psycopg.connect(url) as con:
        con.execute("SET session_replication_role = replica")  # no triggers, no FK checks
        con.execute("SET synchronous_commit = off")
        for table in tables:
            theirs = {r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                (table,))}
            cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')
                    if r[1] in theirs]
            names = ", ".join(f'"{c}"' for c in cols)
            with con.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in src.execute(f'SELECT {names} FROM "{table}"'):
                    copy.write_row(row)
            counts[table] = src.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        con.execute("SET session_replication_role = origin")
        con.execute("ANALYZE")  # the statistics the statements below plan with
        # the search documents, as migration 0002 back-fills them (0012's triggers add
        # the prefixes), and the next ids after the copied ones, as copy-to leaves them
        for sql in _migration("0002_search_and_last_contact").PG_STATEMENTS[-3:]:
            t = time.perf_counter()
            con.execute(sql)
            print(f"  {sql.split()[0]} {sql.split()[2]}: {time.perf_counter() - t:.1f} s",
                  flush=True)
        for table in tables:
            if "id" in {r[1] for r in src.execute(f'PRAGMA table_info("{table}")')}:
                con.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'),"
                            f' coalesce(max(id), 0) + 1, false) FROM "{table}"')
        con.commit()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("VACUUM ANALYZE")
        for table, count in counts.items():
            (theirs,), = con.execute(f'SELECT count(*) FROM "{table}"').fetchall()
            if theirs != count:
                raise RuntimeError(f"{table}: {theirs} rows copied of {count}")
    src.close()
    with Store.open_url(url) as store:
        problems = store.check()
    if problems:
        raise RuntimeError("the copy does not check out: " + "; ".join(problems))
    return time.perf_counter() - start
