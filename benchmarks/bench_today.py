"""The Today page's read (the app's home view, at every start and after every change), next
to a floor measured in the same run.

For each demo journal, in fresh processes (nothing of the journal in SQLite's cache yet,
the file in the operating system's), alternating:

- ``journal.today_page``: each section's count and first page, the reconnect suggestions
  and the birthdays ahead, what the Today view shows first; timed once cold (the first
  read of the process), then warm (the median of five more);
- the floor: the contact list's first page, 40 live contacts in name order, read with
  Python's ``sqlite3`` straight from the file (one query through the name index).

Medians of the runs are printed, cold with its ratio to the cold floor, and the reconnect
suggestions' share (their query, and their tags). The journals are the start-up
benchmark's (``benchmarks/out/demo-Nk``, made there once with ``netjournal demo``), opened
through the store as the app does (which migrates them on their first open).
Run: ``.venv/bin/python benchmarks/bench_today.py [RUNS] [N ...]`` (default 9 runs on
10,000 and 100,000 contacts).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import journal

PAGE = """
import json, statistics, sys, time
from pathlib import Path
from netjournal.paths import DataDir
from netjournal.storage.journal import due
from netjournal.storage.store import Store

store = Store.open(DataDir(Path(sys.argv[1])))
reconnect = []
read = store.followups.reconnect_candidates

def timed(*args, **kwargs):
    start = time.perf_counter()
    try:
        return read(*args, **kwargs)
    finally:
        reconnect.append((time.perf_counter() - start) * 1000)

store.followups.reconnect_candidates = timed
times = []
for _ in range(6):
    start = time.perf_counter()
    due.today_page(store)
    times.append((time.perf_counter() - start) * 1000)
store.close()
print(json.dumps({"cold": times[0], "warm": statistics.median(times[1:]),
                  "reconnect_cold": reconnect[0],
                  "reconnect_warm": statistics.median(reconnect[1:])}))
"""

FLOOR = """
import json, sqlite3, statistics, sys, time
con = sqlite3.connect(f"file:{sys.argv[1]}/netjournal.sqlite3?mode=ro", uri=True)
sql = ("SELECT id, name FROM contact WHERE deleted_at IS NULL"
       " ORDER BY name COLLATE NOCASE, id LIMIT 40")
times = []
for _ in range(6):
    start = time.perf_counter()
    con.execute(sql).fetchall()
    times.append((time.perf_counter() - start) * 1000)
con.close()
print(json.dumps({"cold": times[0], "warm": statistics.median(times[1:])}))
"""


def _run(script: str, folder: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", script, str(folder)], check=True,
                          capture_output=True, text=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    sizes = [int(a) for a in sys.argv[2:]] or [10_000, 100_000]
    for contacts in sizes:
        folder = journal(contacts)
        _run(PAGE, folder)  # the first open may migrate the journal: not timed
        page: list[dict[str, float]] = []
        floor: list[dict[str, float]] = []
        for _ in range(runs):
            page.append(_run(PAGE, folder))
            floor.append(_run(FLOOR, folder))
        med = {k: statistics.median(r[k] for r in page) for k in page[0]}
        low = {k: statistics.median(r[k] for r in floor) for k in floor[0]}
        print(f"Today's first page, {folder.name}, median of {runs} fresh processes")
        print(f"  cold: {med['cold']:6.2f} ms (reconnect suggestions "
              f"{med['reconnect_cold']:5.2f} ms); floor, the contact list's first page "
              f"in raw SQLite: {low['cold']:5.2f} ms; ratio {med['cold'] / low['cold']:.1f}x")
        # warm, the floor is one cached statement over cached pages: no yardstick for a
        # page of eight statements, so no ratio
        print(f"  warm: {med['warm']:6.2f} ms (reconnect suggestions "
              f"{med['reconnect_warm']:5.2f} ms); the floor's statement again: "
              f"{low['warm']:5.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
