"""Kill writers with ``kill -9`` at random moments; count what was acknowledged and lost.

Three kinds of writer take turns, each killed at a random moment:

- ``cli``: ``netjournal add "LINE"`` (acknowledged when it exits 0 having printed its
  answer; a kill before that acknowledges nothing);
- ``store``: a process writing contacts and interactions through the store, printing
  each id once its transaction committed;
- ``session``: a quick-entry session through the store (``storage.capture.capture`` of
  parsed lines at one event), printing each line once saved.

After each kill the journal must pass ``quick_check``; at the end ``integrity_check``
and the search indexes must pass and every acknowledged write must be there. Prints
kills, acknowledged writes, lost writes (must be 0) and integrity failures (must be 0),
and any partial backup file left behind.

Run: ``.venv/bin/python benchmarks/bench_crash.py [KILLS] [--seed S]`` (default 1,000).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

from netjournal.paths import DataDir
from netjournal.storage import backups
from netjournal.storage.db import find_damage
from netjournal.storage.store import Store

STORE_WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from pathlib import Path
    from netjournal.domain.values import Detail, DetailKind, Interaction
    from netjournal.storage.store import Store
    store = Store(Path(sys.argv[1]))
    i = int(sys.argv[2])
    print("ready", flush=True)
    while True:
        c = store.contacts.create(f"Crash Store N{i}", tags=("crash",),
                                  details=(Detail(DetailKind.EMAIL, f"s{i}@crash.id"),))
        store.interactions.save(Interaction(occurred_at=dt.datetime.now(dt.UTC),
                                            participant_ids=(c.id,), summary=f"storenote{i}"))
        print(i, flush=True)
        i += 1
""")

SESSION_WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from pathlib import Path
    from netjournal.domain.quickentry import parse
    from netjournal.domain.values import Event
    from netjournal.storage.capture import capture
    from netjournal.storage.store import Store
    store = Store(Path(sys.argv[1]))
    i = int(sys.argv[2])
    today = dt.date.today()
    event = Event(name=f"Crash Meetup {i}")
    print("ready", flush=True)
    while True:
        line = parse(f"Crash Session N{i} (Gojek, PM) #crash !1w talked about sessionnote{i}",
                     today)
        capture(store, line, event=event)
        print(i, flush=True)
        i += 1
""")


@dataclass
class Tally:
    """What the run saw."""

    kills: int = 0
    acknowledged: dict[str, list[int]] = field(default_factory=lambda: {
        "cli": [], "store": [], "session": []})
    integrity_failures: int = 0
    problems: list[str] = field(default_factory=list)


def _kill_cli(folder: DataDir, n: int, rng: random.Random, tally: Tally) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "netjournal", "add",
                             f"Crash Cli N{n} #crash", "--new", "--data-dir", str(folder.root)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(rng.uniform(0.1, 1.3))  # python start-up, open, write, backup: anywhere
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    if proc.returncode == 0 and out.strip():
        tally.acknowledged["cli"].append(n)


def _kill_writer(script: str, kind: str, folder: DataDir, start: int, rng: random.Random,
                 tally: Tally) -> int:
    proc = subprocess.Popen([sys.executable, "-c", script, str(folder.database), str(start)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    wanted = rng.randrange(0, 8)
    last = start - 1
    for _ in range(wanted):
        line = proc.stdout.readline()
        if not line:
            break
        last = int(line)
        tally.acknowledged[kind].append(last)
    time.sleep(rng.uniform(0.0, 0.02))  # in the middle of the next transaction
    os.kill(proc.pid, signal.SIGKILL)
    rest = proc.stdout.read()  # written before the kill landed: acknowledged too
    for line in rest.split():
        if line.strip().isdigit():
            last = int(line)
            tally.acknowledged[kind].append(last)
    proc.wait()
    proc.stdout.close()
    return last + 1000  # never reuse a number a killed write may have left half-made


def run(kills: int, seed: int, folder: DataDir) -> Tally:
    """Kill ``kills`` writers in ``folder``; return the tally (acknowledged, failures)."""
    rng = random.Random(seed)
    Store.open(folder).close()
    tally = Tally()
    next_store, next_session, next_cli = 0, 0, 0
    for k in range(kills):
        kind = ("cli", "store", "session")[k % 3]
        if kind == "cli":
            _kill_cli(folder, next_cli, rng, tally)
            next_cli += 1
        elif kind == "store":
            next_store = _kill_writer(STORE_WRITER, "store", folder, next_store, rng, tally)
        else:
            next_session = _kill_writer(SESSION_WRITER, "session", folder, next_session, rng,
                                        tally)
        tally.kills += 1
        problem = find_damage(folder.database)
        if problem is not None:
            tally.integrity_failures += 1
            tally.problems.append(f"after kill {k + 1} ({kind}): {problem}")
    return tally


def lost(folder: DataDir, tally: Tally) -> list[str]:
    """Acknowledged writes missing from the journal (and a full integrity check)."""
    missing: list[str] = []
    with Store.open(folder) as store:
        problems = store.check()
        if problems:
            tally.integrity_failures += 1
            tally.problems.extend(problems)
        names = {r[0] for r in store.db.execute_sql(
            "SELECT name FROM contact WHERE deleted_at IS NULL")}
        texts = {r[0] for r in store.db.execute_sql("SELECT summary FROM interaction")}
        learned = {r[0] for r in store.db.execute_sql("SELECT learned FROM interaction")}
        notes = " ".join(learned)
        for i in tally.acknowledged["cli"]:
            if f"Crash Cli N{i}" not in names:
                missing.append(f"cli add {i}")
        for i in tally.acknowledged["store"]:
            if f"Crash Store N{i}" not in names or f"storenote{i}" not in texts:
                missing.append(f"store write {i}")
        for i in tally.acknowledged["session"]:
            if f"Crash Session N{i}" not in names or f"sessionnote{i}" not in notes:
                missing.append(f"session line {i}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kills", nargs="?", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = DataDir(Path(tmp) / "data").ensure()
        started = time.perf_counter()
        tally = run(args.kills, args.seed, folder)
        missing = lost(folder, tally)
        backups.take(folder.database, folder.backups)  # clears parts of killed backups
        parts = [p.name for p in folder.backups.glob("*.part*")]
        acknowledged = sum(len(v) for v in tally.acknowledged.values())
        print(f"kills: {tally.kills} in {time.perf_counter() - started:.0f} s "
              f"(cli adds, store writes, quick-entry session lines in turn)")
        print("acknowledged writes: " + str(acknowledged) + " (" + ", ".join(
            f"{k} {len(v)}" for k, v in tally.acknowledged.items()) + ")")
        print(f"lost writes: {len(missing)}" + (f" ({', '.join(missing[:10])})" if missing
                                                else ""))
        print(f"integrity failures: {tally.integrity_failures}")
        for p in tally.problems[:10]:
            print(f"  {p}")
        print(f"partial backup files left after the next backup: {len(parts)}")
    return 0 if not missing and not tally.integrity_failures else 1


if __name__ == "__main__":
    sys.exit(main())
