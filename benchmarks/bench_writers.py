"""Several writers at once: 2 `add` and 1 `import` per round, as real processes.

Counts the acknowledged writes lost (a command that exited 0 whose cards are not in the
journal afterwards: must be 0), the commands that exited non-zero (each said why), and the
time per round, next to a floor: one `add` alone. Run:
``.venv/bin/python benchmarks/bench_writers.py [ROUNDS]`` (default 20).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from netjournal.paths import DataDir
from netjournal.storage.store import Store


def netjournal(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "netjournal", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        started = time.perf_counter()
        first = netjournal("add", "Floor Person", "--data-dir", str(folder))
        first.communicate()
        floor = time.perf_counter() - started
        acknowledged: set[str] = {"Floor Person"}
        failed = 0
        started = time.perf_counter()
        for r in range(rounds):
            names = [f"Round{r} Card{i:03}" for i in range(300)]
            vcf = Path(tmp) / f"r{r}.vcf"
            vcf.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n}\r\nEND:VCARD\r\n"
                                   for n in names), encoding="utf-8")
            procs = [(netjournal("import", str(vcf), "--data-dir", str(folder)), set(names)),
                     *((netjournal("add", f"Adder{r} {k}", "--new", "--data-dir", str(folder)),
                        {f"Adder{r} {k}"}) for k in ("One", "Two"))]
            for proc, wrote in procs:
                proc.communicate()
                if proc.returncode == 0:
                    acknowledged |= wrote
                else:
                    failed += 1
        took = time.perf_counter() - started
        with Store.open_reader(DataDir(folder)) as store:
            ids = store.search.contact_ids(limit=None)
            present = {c.name for c in store.contacts.summaries(ids).values()}
    lost = len(acknowledged - present)
    print(f"{rounds} rounds of 2 add + 1 import (300 cards): {took / rounds:.2f} s a round; "
          f"floor (one add alone) {floor:.2f} s; ratio x{took / rounds / floor:.1f}")
    print(f"acknowledged writes lost: {lost} (must be 0); commands that failed in words: "
          f"{failed}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
