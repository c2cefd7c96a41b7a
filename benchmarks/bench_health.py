"""Network health's weekly numbers on a 100,000-contact journal, against a raw COUNT floor.

Times what the Network health page computes on the GUI thread (and ``netjournal health``
prints): the 52 weeks up to today through :func:`netjournal.storage.health.weekly_health`
on an open store, every count included (touches by kind, favours, follow-ups, ties
reconnected and gone dormant), then each of its four parts on its own, then the ties once
more after a fifth of the contacts were given one of 90 cadences of their own (each own
cadence is counted apart). The floor, measured in the same run: a bare ``SELECT
count(*)`` of the same weeks' interactions on a raw sqlite3 connection. Each figure is the
median of several runs after one to warm the caches, in CPU time (the fairer figure on a
shared machine) and wall time. The aim: the whole page under 150 ms.

The journal is a fresh copy of the demo journal made in ``benchmarks/out`` (the demo is
never opened in place: opening it upgrades it), so the first open also times the one-time
schema upgrade (migration 0010 fills the gaps between each contact's interactions; the
backup taken before any upgrade is included).

Run: ``.venv/bin/python benchmarks/bench_health.py [DEMO_DATA_DIR]``; by default
``benchmarks/out/demo-100k`` (made once with
``netjournal demo --contacts 100000``).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from netjournal.domain import health as rules
from netjournal.domain.ties import Cadences
from netjournal.paths import DataDir
from netjournal.storage import health
from netjournal.storage.store import Store

OUT = Path(__file__).resolve().parent / "out"
ROUNDS = 9
AIM_MS = 150.0


def source() -> Path:
    """The demo journal to copy (generated the first time when there is none)."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    folder = OUT / "demo-100k"
    if not (folder / "netjournal.sqlite3").exists():
        print(f"generating 100000 demo contacts in {folder} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "netjournal", "demo", "--contacts", "100000",
                        "--data-dir", str(folder), "-q"], check=True)
    return folder


def fresh_copy(demo: Path) -> DataDir:
    """A copy of ``demo``'s journal in benchmarks/out, made anew for this run."""
    dest = OUT / f"{demo.name}-health-bench"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name in ("netjournal.sqlite3", "netjournal.sqlite3-wal", "settings.json"):
        if (demo / name).exists():
            shutil.copy2(demo / name, dest / name)
    return DataDir(dest)


def timed(run: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of ``ROUNDS`` runs (after one to warm the caches)."""
    run()
    wall, cpu = [], []
    for _ in range(ROUNDS):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def line(name: str, ms: tuple[list[float], list[float]], floor: float) -> str:
    wall, cpu = (statistics.median(m) for m in ms)
    return (f"{name:<40} median cpu {cpu:7.1f} ms (wall {wall:7.1f} ms)"
            f"   {cpu / floor:5.1f}x the floor")


def main() -> int:
    demo = source()
    folder = fresh_copy(demo)
    start = time.perf_counter()
    store = Store.open(folder)
    first_open = time.perf_counter() - start
    store.close()

    now = dt.datetime.now(dt.UTC)
    today = now.astimezone().date()
    weeks = rules.weeks_until(today)
    lo, hi = (w.strftime("%Y-%m-%d %H:%M:%S") for w in (weeks[0].starts_at, weeks[-1].ends_at))
    con = sqlite3.connect(f"file:{folder.database}?mode=ro", uri=True)
    interactions = con.execute("SELECT count(*) FROM interaction").fetchone()[0]
    contacts = con.execute("SELECT count(*) FROM contact").fetchone()[0]
    gaps = con.execute("SELECT count(*) FROM tie_gap").fetchone()[0]
    floor_ms = timed(lambda: con.execute(
        "SELECT count(*) FROM interaction WHERE occurred_at >= ? AND occurred_at < ?",
        (lo, hi)).fetchone())
    in_year = con.execute("SELECT count(*) FROM interaction WHERE occurred_at >= ?"
                          " AND occurred_at < ?", (lo, hi)).fetchone()[0]
    con.close()
    floor = max(0.01, statistics.median(floor_ms[1]))

    with Store.open(folder) as store:
        cadences = Cadences()
        whole = timed(lambda: health.weekly_health(store, weeks, today=today, now=now))
        parts = {
            "touches": timed(lambda: health.touches(store, weeks)),
            "favours": timed(lambda: health.favours(store, weeks)),
            "follow-ups": timed(lambda: health.follow_up_outcomes(store, weeks, today, None)),
            "ties": timed(lambda: health.ties(store, weeks, now, cadences)),
        }
        keys = len(health.cadence_keys(store))
        with store.db.atomic():  # a fifth of the contacts on 90 cadences of their own
            store.db.execute_sql("UPDATE contact SET cadence_days = 7 + (id / 5) % 90"
                                 " WHERE id % 5 = 0")
        own = timed(lambda: health.ties(store, weeks, now, cadences))
        own_keys = len(health.cadence_keys(store))

    print(f"{contacts} contacts, {interactions} interactions ({in_year} in the 52 weeks),"
          f" {gaps} gaps; copied from {demo}")
    print(f"first open of the copy (schema upgrade, backup before it included):"
          f" {first_open * 1000:.0f} ms wall")
    print(f"{'floor: raw COUNT of the 52 weeks':<40} median cpu {floor:7.1f} ms"
          f" (wall {statistics.median(floor_ms[0]):7.1f} ms)")
    print(line("the whole page (netjournal health)", whole, floor))
    for name, ms in parts.items():
        print(line(f"  {name}" + (f" ({keys} cadence keys)" if name == "ties" else ""),
                   ms, floor))
    print(line(f"  ties, own cadences ({own_keys} keys)", own, floor))
    cpu, wall = statistics.median(whole[1]), statistics.median(whole[0])
    print(f"aim, the whole page: cpu {cpu:.0f} ms, wall {wall:.0f} ms, under {AIM_MS:.0f} ms:"
          f" {'met' if cpu <= AIM_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
