"""``netjournal copy-to`` of the 10,000-contact demo, both ways, against plain row moves
measured in the same run.

The demo journal (``benchmarks/out/demo-10k``, or ``--data-dir``) is copied once into
``benchmarks/out/`` (never opened in place: opening migrates it). A throw-away PostgreSQL
server is started as the tests start one (``initdb`` and ``pg_ctl`` in a temp folder on a
loopback port). Then, each as a fresh process, timed from launch to exit:

* ``copy-to URL``: the file into an empty database of that server;
* ``copy-to DIR``: that database back into an empty folder.

The floors, in this process (no start-up), move the same rows of the tables a copy carries
(no search documents, gaps or last-contact dates, no checks):

* into the server: ``COPY ... FROM STDIN`` of each table, read straight from the file, into
  an empty database holding the schema, triggers and foreign-key checks off
  (``session_replication_role``, which the throw-away server's superuser may set);
* into a folder: ``SELECT`` of each table from the server and ``executemany`` into an
  empty journal file whose triggers were dropped.

A second floor into a server moves the whole copied database, derived data included, with
the server's own tools: ``pg_restore`` (timed) of ``pg_dump``'s archive (untimed) into an
empty database (it loads the rows before it makes the indexes and triggers).

Each copy is then checked (``netjournal check``) and the JSON exports of the three
journals compared. Wall time and the client process's processor time are printed, with
the ratio of each copy to its floor.

Run: ``.venv/bin/python benchmarks/bench_copy.py [--data-dir DIR]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from journals import DEMO, ENV, copy_of

ROOT = Path(__file__).resolve().parents[1]
# the tables a copy carries, parents first (the rest is derived)
TABLES = ("event", "contact", "contact_detail", "tag", "contact_tag", "interaction",
          "participant", "offer", "exchange", "follow_up", "introduction",
          "connection_request")


def netjournal(*argv: str) -> tuple[float, float]:
    """Run the command line as a fresh process: (wall seconds, its processor seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "netjournal", *argv], env=ENV,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{argv[:2]} failed: {done.stderr.strip()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def floor_into_server(sqlite_file: Path, url: str) -> tuple[float, float]:
    """COPY the carried tables from the file into ``url``'s empty database (schema made
    first, untimed)."""
    import psycopg

    from netjournal.storage.store import Store

    Store.open_url(url).close()
    began, cpu = time.perf_counter(), _cpu()
    src = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    with psycopg.connect(url) as con:
        con.execute("SET session_replication_role = replica")
        for table in TABLES:
            theirs = {r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                (table,))}
            cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')
                    if r[1] in theirs and r[1] != "last_interaction_at"]
            names = ", ".join(f'"{c}"' for c in cols)
            with con.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in src.execute(f'SELECT {names} FROM "{table}"'):
                    copy.write_row(row)
        con.commit()
    src.close()
    return time.perf_counter() - began, _cpu() - cpu


def floor_into_folder(url: str, folder: Path) -> tuple[float, float]:
    """SELECT the carried tables from the server into an empty journal file (schema made
    first, untimed) whose triggers are dropped."""
    import psycopg

    from netjournal.paths import DataDir
    from netjournal.storage.store import Store

    Store.open(DataDir(folder)).close()
    dest = sqlite3.connect(folder / "netjournal.sqlite3", isolation_level=None)
    for (name,) in dest.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                ).fetchall():
        dest.execute(f'DROP TRIGGER "{name}"')
    began, cpu = time.perf_counter(), _cpu()
    dest.execute("BEGIN")
    with psycopg.connect(url) as con:
        for table in TABLES:
            ours = [r[1] for r in dest.execute(f'PRAGMA table_info("{table}")')
                    if r[1] != "last_interaction_at"]
            names = ", ".join(f'"{c}"' for c in ours)
            rows = con.execute(f'SELECT {names} FROM "{table}"').fetchall()
            dest.executemany(f'INSERT INTO "{table}" ({names}) '
                             f'VALUES ({", ".join("?" * len(ours))})', rows)
    dest.execute("COMMIT")
    dest.close()
    return time.perf_counter() - began, _cpu() - cpu


def floor_pg_restore(server: Any, url: str, tmp: Path) -> tuple[float, float]:
    """``pg_restore`` of ``pg_dump``'s archive of ``url`` into a new database."""
    from tests.pgserver import USER, server_programs

    programs = server_programs()
    assert programs is not None
    archive = tmp / "journal.dump"
    subprocess.run([str(programs / "pg_dump"), "-Fc", "-f", str(archive), url], check=True)
    target = server.create_database("restored")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run([str(programs / "pg_restore"), "--no-owner", "-U", USER, "-d", target,
                    str(archive)], check=True)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def export(tmp: Path, name: str, *where: str) -> dict[str, object]:
    out = tmp / f"{name}.json"
    netjournal("export", "--format", "json", "-o", str(out), *where)
    data: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    del data["exported_at"]
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEMO,
                        help="the demo journal to copy (default: %(default)s)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.pgserver import running_server  # the throw-away server the tests use

    folder = copy_of(args.data_dir, "copy-bench")
    source = ("--data-dir", str(folder), "--database", "")
    netjournal("check", *source)  # untimed: migrates the copy once, warms the caches
    with running_server() as server, tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        floor_url = server.create_database("floor")
        to_server_floor = floor_into_server(folder / "netjournal.sqlite3", floor_url)
        to_folder_floor = floor_into_folder(floor_url, tmp / "floor")
        url = server.create_database("journal")
        to_server = netjournal("copy-to", url, *source)
        back = tmp / "back"
        to_folder = netjournal("copy-to", str(back), "--database", url)
        restored = floor_pg_restore(server, url, tmp)
        for where in (("--database", url), ("--data-dir", str(back), "--database", "")):
            netjournal("check", *where)
        same = (export(tmp, "file", *source) == export(tmp, "server", "--database", url)
                == export(tmp, "back", "--data-dir", str(back), "--database", ""))
    print(f"copy-to of {folder.name}, one run each, wall s (client processor s); "
          "copy-to is a whole process, the floors run in this one:")
    for label, copy, floor in (("into a server", to_server, to_server_floor),
                               ("into a folder", to_folder, to_folder_floor)):
        print(f"  {label:<14} copy-to {copy[0]:7.1f} ({copy[1]:6.1f})   floor "
              f"{floor[0]:6.1f} ({floor[1]:5.1f})   ratio {copy[0] / floor[0]:.1f}x")
    print(f"  into a server, floor of pg_restore of the copy's archive (derived data "
          f"included): {restored[0]:.1f} ({restored[1]:.1f})   ratio "
          f"{to_server[0] / restored[0]:.1f}x")
    print(f"  checked, and the JSON exports of the three journals are "
          f"{'equal' if same else 'NOT EQUAL'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
