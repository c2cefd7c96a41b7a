"""Address-book sync of 10,000 contacts with a card folder, each step next to a floor
measured in the same run.

The journal is filled by importing 10,000 generated vCards (those of
``bench_import.py``: emails, phones, addresses, LinkedIn URLs, birthdays, tags).

* first sync: every card rendered and written, against writing the same number of
  files of the same size with plain ``open``/``write`` (no rendering, no journal);
* idle re-sync (nothing changed; target <= 300 ms), against ``os.scandir`` and ``stat``
  of the folder (what any sync must do to notice a change);
* one card changed in the folder (target <= 100 ms), against the same scan plus reading
  that one file;
* one contact changed in the journal, against the same scan.

Times are medians of several runs (the first sync: one run). Prints each time, its floor
and their ratio.
Run: ``.venv/bin/python benchmarks/bench_sync.py [N]`` (default 10,000).
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_import import generate  # the same generated people

from netjournal.interop.files import import_file
from netjournal.interop.model import Format
from netjournal.interop.vdir import sync
from netjournal.paths import DataDir
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store


def _timed(fn: Callable[[], object], runs: int = 1) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _scan(folder: Path) -> int:
    with os.scandir(folder) as entries:
        return sum(1 for e in entries if e.name.endswith(".vcf") and e.stat().st_size)


def _line(what: str, took: float, floor: float, target_ms: float | None = None) -> None:
    goal = f"  (target <= {target_ms:.0f} ms: {'met' if took * 1000 <= target_ms else 'MISSED'})" \
        if target_ms is not None else ""
    print(f"{what:<34} {took * 1000:9.1f} ms   floor {floor * 1000:8.1f} ms   "
          f"ratio {took / floor:6.1f}x{goal}")


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = DataDir(root / "data").ensure()
        folder = root / "cards"
        folder.mkdir()
        cards = root / "people.vcf"
        cards.write_text(generate(n), encoding="utf-8", newline="")
        with Store.open(data) as store:
            started = time.perf_counter()
            import_file(store, cards, Format.VCARD)
            print(f"{store.contacts.count()} contacts imported in "
                  f"{time.perf_counter() - started:.1f} s")

            first = _timed(lambda: sync(store, folder))
            sizes = [p.stat().st_size for p in folder.iterdir()]
            plain = root / "plain"
            plain.mkdir()

            def write_plain() -> None:
                for i, size in enumerate(sizes):
                    with open(plain / f"{i}.vcf", "wb") as fh:
                        fh.write(b"x" * size)

            _line(f"first sync ({len(sizes)} cards)", first, _timed(write_plain))

            scan = _timed(lambda: _scan(folder), runs=7)
            idle = _timed(lambda: sync(store, folder), runs=7)
            _line("idle re-sync", idle, scan, 300)

            target = sorted(folder.iterdir())[n // 2]
            text = target.read_bytes()
            changes = iter(range(1000))

            def one_card() -> None:
                i = next(changes)
                target.write_bytes(text.replace(b"END:VCARD",
                                                f"TEL:+62 811 {i:04d} 0000\r\nEND:VCARD"
                                                .encode()))
                os.utime(target, ns=(i + 10**9, i + 10**9))  # a new mtime, whatever the clock
                report = sync(store, folder)
                assert report.read == 1 and len(report.updated) == 1, report

            def scan_and_read() -> None:
                _scan(folder)
                target.read_bytes()

            _line("one card changed in the folder", _timed(one_card, runs=7),
                  _timed(scan_and_read, runs=7), 100)

            ids = store.search.contact_ids(ContactFilter())[:7]

            def one_contact() -> None:
                cid = ids.pop()
                contact = store.contacts.get(cid)
                store.contacts.save(dataclasses.replace(contact, title=contact.title + " *"))
                report = sync(store, folder)
                assert len(report.written) == 1, report

            _line("one contact changed in the journal", _timed(one_contact, runs=7), scan)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
