"""Several writers at once: 2 `add`, 1 `import` and 1 `restore` per round, as real processes.

Counts the acknowledged writes lost: a command that exited 0 whose cards are neither in the
journal afterwards nor in a verified copy the safety net kept (a restore replaces the
journal on purpose, after copying it into ``backups/``). Must be 0. Also the commands that
exited non-zero (each said why in one line), and the time per round, next to a floor: one
`add` alone. Run: ``.venv/bin/python benchmarks/bench_writers.py [ROUNDS] [--no-restore]``
(default 20 rounds; the safety net's figure is taken with 200).
"""

from __future__ import annotations

import sqlite3
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


def names_in(path: Path) -> set[str]:
    """The names of the live contacts of a journal file (opened read-only)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {n for (n,) in con.execute("SELECT name FROM contact WHERE deleted_at IS NULL")}
    finally:
        con.close()


def kept_copies(folder: Path) -> set[str]:
    """Every name in the verified copies of the backups folder."""
    out: set[str] = set()
    for copy in sorted((folder / "backups").glob("*.sqlite3")):
        try:
            out |= names_in(copy)
        except sqlite3.Error:
            continue  # not a journal (a damaged copy kept aside is counted as lost)
    return out


def main(rounds: int, with_restore: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        started = time.perf_counter()
        first = netjournal("add", "Floor Person", "--data-dir", str(folder))
        first.communicate()
        floor = time.perf_counter() - started
        snapshot = Path(tmp) / "snapshot.sqlite3"
        netjournal("backup", "-o", str(snapshot), "--data-dir", str(folder)).communicate()
        acknowledged: set[str] = {"Floor Person"}
        failed = restored = 0
        errors: dict[str, int] = {}
        started = time.perf_counter()
        for r in range(rounds):
            names = [f"Round{r} Card{i:03}" for i in range(300)]
            vcf = Path(tmp) / f"r{r}.vcf"
            vcf.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n}\r\nEND:VCARD\r\n"
                                   for n in names), encoding="utf-8")
            procs = [(netjournal("import", str(vcf), "--data-dir", str(folder)), set(names)),
                     *((netjournal("add", f"Adder{r} {k}", "--new", "--data-dir", str(folder)),
                        {f"Adder{r} {k}"}) for k in ("One", "Two"))]
            if with_restore:
                procs.append((netjournal("restore", str(snapshot), "--data-dir", str(folder)),
                              set()))
            for proc, wrote in procs:
                _, err = proc.communicate()
                if proc.returncode == 0:
                    acknowledged |= wrote
                    restored += not wrote
                else:
                    failed += 1
                    line = err.strip().splitlines()[-1] if err.strip() else "(silent)"
                    errors[line[:90]] = errors.get(line[:90], 0) + 1
            vcf.unlink()
        took = time.perf_counter() - started
        with Store.open_reader(DataDir(folder)) as store:
            ids = store.search.contact_ids(limit=None)
            present = {c.name for c in store.contacts.summaries(ids).values()}
        kept = kept_copies(folder)
    lost = acknowledged - present - kept
    writers = "2 add + 1 import (300 cards)" + (" + 1 restore" if with_restore else "")
    print(f"{rounds} rounds of {writers}: {took / rounds:.2f} s a round; "
          f"floor (one add alone) {floor:.2f} s; ratio x{took / rounds / floor:.1f}")
    print(f"acknowledged writes: {len(acknowledged)}; in the journal: "
          f"{len(acknowledged & present)}; only in a verified safety copy: "
          f"{len((acknowledged - present) & kept)}; restores done: {restored}")
    print(f"acknowledged writes lost: {len(lost)} (must be 0); commands that failed in "
          f"words: {failed}")
    for line, n in sorted(errors.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4} x {line}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 20, "--no-restore" not in sys.argv)
