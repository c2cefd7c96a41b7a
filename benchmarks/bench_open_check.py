"""The cost of the damage check at open (header, schema, ``quick_check``) on a demo journal.

Prints the check's time next to a floor measured in the same run (opening the file
read-only and counting the contacts), and ``integrity_check`` (what a backup's
verification costs). Run: ``.venv/bin/python benchmarks/bench_open_check.py [N ...]``
(default 10,000 and 100,000 contacts; the demo is generated first).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from netjournal import demo
from netjournal.paths import DataDir
from netjournal.storage.backups import verify
from netjournal.storage.db import find_damage
from netjournal.storage.store import Store


def _best(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = DataDir(Path(tmp) / "data").ensure()
        with Store.open(folder) as store:
            demo.generate(store, n, seed=1)
        path = folder.database

        def floor() -> None:
            con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            con.execute("SELECT count(*) FROM contact").fetchone()
            con.close()

        base = _best(floor)
        check = _best(lambda: find_damage(path))
        full = _best(lambda: verify(path), runs=1)
        size = path.stat().st_size / 1e6
        print(f"{n:>7} contacts ({size:.0f} MB): open check {check * 1000:.0f} ms, "
              f"floor (open + count) {base * 1000:.1f} ms, ratio {check / base:.0f}x; "
              f"integrity_check of a backup {full * 1000:.0f} ms")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["10000", "100000"]:
        measure(int(arg))
