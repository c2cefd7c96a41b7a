"""Loading a demo journal into a PostgreSQL database for benchmarks, with ``copy-to``'s code.

The rows are read and written exactly as ``netjournal copy-to URL`` does it
(:func:`transfer.dump` of the file, :func:`transfer.restore` into the server: ``COPY``
with the derived-data triggers held off, then the search documents, last-contact dates
and tie gaps rebuilt by the migrations' own statements, all in one transaction), so a
benchmark runs on what a user's copy gives. Then the server's statistics are made
(``VACUUM ANALYZE``: a user's server does that on its own in the background), the row
counts of every table compared with the file's, and the copy checked with ``Store.check``
(every row is in the search index, each last contact agrees with its timeline).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import psycopg

from netjournal.paths import DataDir
from netjournal.storage import transfer
from netjournal.storage.store import Store

# compared row for row (tags travel by name with their contacts: a tag no one holds is
# not copied)
TABLES = ("event", "contact", "contact_detail", "contact_tag", "interaction", "participant",
          "offer", "exchange", "follow_up", "introduction", "connection_request", "tie_gap")


def load(sqlite_file: Path, url: str) -> float:
    """Copy the journal in ``sqlite_file`` (the database of its data folder) into the
    empty database of ``url``; return the seconds it took. Raises ``RuntimeError`` when
    the copy does not check out."""
    start = time.perf_counter()
    with Store.open_reader(DataDir(sqlite_file.parent)) as source:
        rows = transfer.dump(source)
    with Store.open_url(url) as store:
        transfer.restore(store, rows)
    del rows
    print(f"  copied as copy-to does: {time.perf_counter() - start:.1f} s", flush=True)
    src = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("VACUUM ANALYZE")
        for table in TABLES:
            (ours,), = src.execute(f'SELECT count(*) FROM "{table}"').fetchall()
            (theirs,), = con.execute(f'SELECT count(*) FROM "{table}"').fetchall()
            if theirs != ours:
                raise RuntimeError(f"{table}: {theirs} rows copied of {ours}")
    src.close()
    with Store.open_url(url) as store:
        problems = store.check()
    if problems:
        raise RuntimeError("the copy does not check out: " + "; ".join(problems))
    return time.perf_counter() - start
