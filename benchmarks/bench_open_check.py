"""The cost of the damage check every command makes before it opens the journal.

For each demo journal it prints, next to a floor measured in the same run (opening the
file read-only and counting the contacts):

- the check a command makes on most days (header, truncation and schema:
  ``damagecheck.routine_check`` once today's full check is remembered);
- the full check (``quick_check`` too), which runs once a day, after a crash, on a file
  not checked before, and at every ``netjournal check``;
- both again with the journal's pages evicted from the operating system's cache
  (``posix_fadvise(DONTNEED)`` on the file: a first command after a reboot);
- ``integrity_check`` of a backup (what a backup's verification costs).

The journals are the start-up benchmark's (``benchmarks/out/demo-Nk``, generated there
once with ``netjournal demo``). Times are the best of three.
Run: ``.venv/bin/python benchmarks/bench_open_check.py [N|DIR ...]`` (default 10,000 and
100,000 contacts; a folder is a data folder holding a journal made beforehand).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import journal

from netjournal.paths import DataDir
from netjournal.storage import damagecheck
from netjournal.storage.backups import verify


def _best(fn: Callable[[], object], runs: int = 3,
          before: Callable[[], None] | None = None) -> float:
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _evict(path: Path) -> Callable[[], None]:
    """Drop the file's pages from the page cache (only this file; clean pages only)."""
    def evict() -> None:
        for name in (path, Path(f"{path}-wal")):
            if name.exists():
                fd = os.open(name, os.O_RDONLY)
                try:
                    os.fsync(fd)
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
    return evict


def measure(which: str) -> None:
    folder = DataDir(Path(which) if Path(which).is_dir() else journal(int(which)))
    path = folder.database

    def floor() -> None:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        con.execute("SELECT count(*) FROM contact").fetchone()
        con.close()

    assert damagecheck.routine_check(folder, full=True) is None, "the demo journal is damaged"
    assert not damagecheck.full_check_due(folder)
    base = _best(floor)
    cheap = _best(lambda: damagecheck.routine_check(folder))
    full = _best(lambda: damagecheck.routine_check(folder, full=True))
    evict = _evict(path)
    cheap_cold = _best(lambda: damagecheck.routine_check(folder), before=evict)
    full_cold = _best(lambda: damagecheck.routine_check(folder, full=True), before=evict)
    backup = _best(lambda: verify(path), runs=1)
    size = path.stat().st_size / 1e6
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as con:
        n = con.execute("SELECT count(*) FROM contact").fetchone()[0]
    print(f"{n:>7} contacts ({size:.0f} MB), floor (open + count) {base * 1000:.1f} ms:")
    print(f"    every command (header, schema):  {cheap * 1000:7.1f} ms warm, "
          f"{cheap_cold * 1000:7.1f} ms cold   ({cheap / base:.1f}x the floor)")
    print(f"    once a day (+ quick_check):      {full * 1000:7.1f} ms warm, "
          f"{full_cold * 1000:7.1f} ms cold   ({full / base:.0f}x the floor)")
    print(f"    integrity_check of a backup:     {backup * 1000:7.0f} ms")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["10000", "100000"]:
        measure(arg)
