"""How long finding duplicate contacts takes on 10,000 and 100,000 contacts.

The journal is the demo one (made once with ``netjournal demo --contacts N`` in
``benchmarks/out/demo-Nk`` and reused), copied, with 1 % of its people entered a second
time: half of them by the same name at the same company without an email, a quarter by a
similar name ("Budi S." for "Budi Santoso"), a quarter with the same phone number written
the other way (``0812...`` for ``+62 812...``). Timed: ``store.merges.duplicate_groups()``
(the two queries that read names and identifying details, and the rule that blocks and
groups them). The floor, measured in the same run: the same two queries through a raw
``sqlite3`` connection, rows fetched and nothing else. Medians of a few runs.

Run: ``.venv/bin/python benchmarks/bench_duplicates.py [CONTACTS...]`` (default 10000
100000).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from netjournal.domain.values import Detail, DetailKind
from netjournal.paths import DataDir
from netjournal.storage.merge import _DETAILS_SQL, _NAMES_SQL
from netjournal.storage.store import Store

OUT = Path(__file__).resolve().parent / "out"
RUNS = 3


def journal(contacts: int) -> DataDir:
    """The demo journal of ``contacts`` people, generated the first time."""
    folder = DataDir(OUT / f"demo-{contacts // 1000}k")
    if not folder.database.exists():
        print(f"generating {contacts} demo contacts in {folder.root} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "netjournal", "demo", "--contacts",
                        str(contacts), "--data-dir", str(folder.root), "-q"], check=True)
    return folder


def add_duplicates(store: Store, share: float = 0.01, seed: int = 5) -> int:
    """Enter ``share`` of the contacts a second time; return how many were added."""
    rng = random.Random(seed)
    ids = rng.sample(range(1, store.contacts.count() + 1), int(store.contacts.count() * share))
    with store.atomic():
        for n, cid in enumerate(ids):
            c = store.contacts.get(cid)
            if n % 4 == 3 and c.details_of(DetailKind.PHONE):
                local = "0" + c.details_of(DetailKind.PHONE)[0].value.removeprefix("+62 ")
                store.contacts.create(c.name.split()[0], details=(
                    Detail(DetailKind.PHONE, local),))
            elif n % 4 == 2 and len(c.name.split()) > 1:
                first, last = c.name.split()[0], c.name.split()[-1]
                store.contacts.create(f"{first} {last[0]}.", company=c.company)
            else:
                store.contacts.create(c.name.upper(), company=c.company)
    return len(ids)


def median_ms(func: Callable[[], object]) -> tuple[float, object]:
    result = func()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def floor(path: Path) -> Callable[[], object]:
    def run() -> object:
        con = sqlite3.connect(path)
        try:
            return (con.execute(_NAMES_SQL).fetchall(), con.execute(_DETAILS_SQL).fetchall())
        finally:
            con.close()
    return run


def measure(contacts: int) -> None:
    source = journal(contacts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = DataDir(Path(tmp) / "data").ensure()
        shutil.copy(source.database, folder.database)
        with Store.open(folder) as store:
            added = add_duplicates(store)
            total = store.contacts.count()
            floor_ms, _ = median_ms(floor(folder.database))
            found_ms, groups = median_ms(store.merges.duplicate_groups)
        assert isinstance(groups, list)
        grouped = sum(len(g.ids) for g in groups)
        print(f"{total:>7} contacts ({added} entered twice): {len(groups)} groups of "
              f"{grouped} contacts in {found_ms:7.1f} ms; raw SQLite floor (same two "
              f"queries) {floor_ms:6.1f} ms; ratio {found_ms / floor_ms:4.1f}x", flush=True)


def main(argv: list[str]) -> int:
    for contacts in [int(a) for a in argv] or [10_000, 100_000]:
        measure(contacts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
