"""How long finding duplicate contacts takes on 10,000 and 100,000 contacts.

The journal is made in a temporary folder with the demo's people: names of its cultures,
its companies, a work email for everyone, a mobile phone for 70 % and a LinkedIn profile
for 60 % (as ``netjournal demo`` gives them; no timelines, which the rule never reads).
Then 1 % of them are entered a second time: half by the same name in capitals at the
same company without an email, a quarter by a similar name ("Budi S." at the same
company), a quarter by first name with the same phone written the other way
(``0812...`` for ``+62 812...``).

Timed: ``store.merges.duplicate_groups()`` (the two queries that read names and
identifying details, and the rule that blocks and groups them). The floor, measured in
the same run: the least any way of doing it must read, through a raw ``sqlite3``
connection: every live contact's id, name and company, and every email, phone and link
row (two plain SELECTs, rows fetched, nothing else). Medians of a few runs, taken in turn.

Run: ``.venv/bin/python benchmarks/bench_duplicates.py [CONTACTS...]`` (default 10000
100000).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from netjournal.demo import words
from netjournal.domain.values import Detail, DetailKind
from netjournal.paths import DataDir
from netjournal.storage.store import Store

RUNS = 3
FLOOR_SQL = ("SELECT id, name, company FROM contact WHERE deleted_at IS NULL",
             "SELECT d.contact_id, d.kind, d.normalized FROM contact_detail d"
             " JOIN contact c ON c.id = d.contact_id WHERE c.deleted_at IS NULL"
             " AND d.kind IN ('email', 'phone', 'link')")
NOW = "2026-01-05 09:00:00"


def _name(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.6:
        first, last = rng.choice(words.FIRST_ID), rng.choice(words.LAST_ID)
        return f"{first} {last}", f"{first}.{last}".lower()
    given, family, form = rng.choice(words.INTERNATIONAL)
    g, f = rng.choice(given), rng.choice(family)
    return form.format(given=g, family=f), "person"


def fill(store: Store, contacts: int, seed: int = 8) -> None:
    """``contacts`` people with the demo's kinds of details, inserted in bulk."""
    rng = random.Random(seed)
    c_rows, d_rows = [], []
    for cid in range(1, contacts + 1):
        name, slug = _name(rng)
        company = rng.choice(words.COMPANIES)
        c_rows.append((cid, name, company, NOW, NOW))
        domain = "".join(ch for ch in company.lower() if ch.isalnum())[:14] + ".com"
        email = f"{slug}{cid}@{domain}"
        d_rows.append((cid, "email", email, email))
        if rng.random() < 0.7:
            digits = f"8{rng.randrange(11, 99)}{rng.randrange(1000, 9999)}" \
                     f"{rng.randrange(1000, 9999)}"
            d_rows.append((cid, "phone", f"+62 {digits}", "62" + digits))
        if rng.random() < 0.6:
            url = f"https://www.linkedin.com/in/{slug.replace('.', '-')}-{cid}"
            d_rows.append((cid, "link", url, f"linkedin.com/in/{slug.replace('.', '-')}-{cid}"))
    with store.atomic():
        con = store.db.connection()
        con.executemany("INSERT INTO contact (id, name, company, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?)", c_rows)
        con.executemany("INSERT INTO contact_detail (contact_id, kind, value, normalized)"
                        " VALUES (?, ?, ?, ?)", d_rows)


def add_duplicates(store: Store, share: float = 0.01, seed: int = 5) -> int:
    """Enter ``share`` of the contacts a second time; return how many were added."""
    rng = random.Random(seed)
    ids = rng.sample(range(1, store.contacts.count() + 1), int(store.contacts.count() * share))
    with store.atomic():
        for n, cid in enumerate(ids):
            c = store.contacts.get(cid)
            phones = c.details_of(DetailKind.PHONE)
            if n % 4 == 3 and phones:
                local = "0" + phones[0].value.removeprefix("+62 ")
                store.contacts.create(c.name.split()[0], details=(
                    Detail(DetailKind.PHONE, local),))
            elif n % 4 == 2 and len(c.name.split()) > 1:
                first, last = c.name.split()[0], c.name.split()[-1]
                store.contacts.create(f"{first} {last[0]}.", company=c.company)
            else:
                store.contacts.create(c.name.upper(), company=c.company)
    return len(ids)


def timed_ms(func: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = func()
    return (time.perf_counter() - started) * 1000, result


def floor(path: Path) -> Callable[[], object]:
    def run() -> object:
        con = sqlite3.connect(path)
        try:
            return [con.execute(sql).fetchall() for sql in FLOOR_SQL]
        finally:
            con.close()
    return run


def measure(contacts: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = DataDir(Path(tmp) / "data").ensure()
        with Store.open(folder) as store:
            fill(store, contacts)
            added = add_duplicates(store)
            total = store.contacts.count()
            read_floor = floor(folder.database)
            read_floor()  # warm up: the file in the page cache
            floors, founds = [], []
            for _ in range(RUNS):  # taken in turn, so both see the same load
                floors.append(timed_ms(read_floor)[0])
                found_ms, groups = timed_ms(store.merges.duplicate_groups)
                founds.append(found_ms)
            floor_ms, found_ms = statistics.median(floors), statistics.median(founds)
        assert isinstance(groups, list)
        grouped = sum(len(g.ids) for g in groups)
        print(f"{total:>7} contacts ({added} entered twice): {len(groups)} groups of "
              f"{grouped} contacts in {found_ms:7.1f} ms; raw SQLite floor"
              f" (reading the same rows) {floor_ms:6.1f} ms; ratio {found_ms / floor_ms:4.1f}x",
              flush=True)


def main(argv: list[str]) -> int:
    for contacts in [int(a) for a in argv] or [10_000, 100_000]:
        measure(contacts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
