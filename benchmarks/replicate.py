"""A bigger benchmark journal made of copies of a demo journal, when generating one anew
would take too long (the demo generator writes 100,000 contacts in the better part of an
hour on a busy machine; ten copies of 10,000 take a few minutes).

Each copy's rows get ids shifted past the previous copy's (and every reference with them;
tags are shared), and its unique keys a suffix. Rows go in through SQL, so the journal's
triggers fill the search index and the last-contact dates as for any other write. Names
repeat ten times: the words and how often they occur stay those of the demo.
Run: ``.venv/bin/python benchmarks/replicate.py SOURCE_FOLDER TARGET_FOLDER [COPIES]``.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from pathlib import Path

SKIP = ("schema_migration", "sqlite_", "contact_fts", "interaction_fts")
UNIQUE_TEXT = {("contact", "uid"), ("interaction", "source_key"),
               ("connection_request", "source_key")}


def replicate(source: Path, target: Path, copies: int) -> None:
    target.mkdir(parents=True, exist_ok=True)
    database = target / "netjournal.sqlite3"
    if database.exists():
        raise SystemExit(f"{database} exists already")
    with sqlite3.connect(f"file:{source / 'netjournal.sqlite3'}?mode=ro", uri=True) as src:
        src.backup(dst := sqlite3.connect(database))
    dst.execute("ATTACH ? AS src", (f"file:{source / 'netjournal.sqlite3'}?mode=ro",))
    tables = [r[0] for r in dst.execute("SELECT name FROM src.sqlite_master WHERE type ="
                                        " 'table' ORDER BY name")
              if not r[0].startswith(SKIP) and r[0] != "tag"]  # tags are shared
    shift = {t: dst.execute(f'SELECT coalesce(max(rowid), 0) FROM src."{t}"').fetchone()[0]
             for t in tables}
    for n in range(1, copies):
        started = time.perf_counter()
        for table in tables:
            cols = [r[1] for r in dst.execute(f'PRAGMA src.table_info("{table}")')]
            refs = {r[3]: r[2] for r in dst.execute(f'PRAGMA src.foreign_key_list("{table}")')}
            values = []
            for col in cols:
                if col == "id":
                    values.append(f'"id" + {shift[table] * n}')
                elif col in refs and refs[col] != "tag":
                    values.append(f'"{col}" + {shift[refs[col]] * n}')
                elif (table, col) in UNIQUE_TEXT:
                    values.append(f"\"{col}\" || '-{n}'")
                else:
                    values.append(f'"{col}"')
            names = ", ".join(f'"{c}"' for c in cols)
            dst.execute(f'INSERT INTO main."{table}" ({names}) SELECT {", ".join(values)}'
                        f' FROM src."{table}" ORDER BY rowid')
        dst.commit()
        print(f"copy {n + 1} of {copies}: {time.perf_counter() - started:.0f} s", flush=True)
    dst.execute("DETACH src")
    dst.close()


if __name__ == "__main__":
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    target = Path(sys.argv[2])
    try:
        replicate(Path(sys.argv[1]), target, copies)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
