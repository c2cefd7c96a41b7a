"""A kill -9 in the middle of writes loses no acknowledged write and corrupts nothing."""

import importlib.util
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from netjournal.paths import DataDir
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from netjournal.domain.values import Detail, DetailKind, Interaction
    from netjournal.storage.store import Store
    store = Store(__import__("pathlib").Path(sys.argv[1]))
    start = int(sys.argv[2])
    i = start
    while True:
        c = store.contacts.create(f"writer {i}", tags=("crash",),
                                  details=(Detail(DetailKind.EMAIL, f"w{i}@x.id"),))
        store.interactions.save(Interaction(occurred_at=dt.datetime.now(dt.UTC),
                                            participant_ids=(c.id,), summary=f"note {i}"))
        print(i, flush=True)  # acknowledged: both writes were committed
        i += 1
""")

KILLS = 25


def test_kill_during_writes_loses_nothing_acknowledged(data_dir):
    Store.open(data_dir).close()
    rng = random.Random(7)
    acknowledged: list[int] = []
    next_start = 0
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir.database),
                                 str(next_start)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        wanted = rng.randrange(1, 12)
        for _ in range(wanted):
            line = proc.stdout.readline()
            assert line, "the writer died on its own"
            acknowledged.append(int(line))
        os.kill(proc.pid, signal.SIGKILL)  # mid-write: it was already writing the next one
        proc.wait()
        proc.stdout.close()
        next_start = acknowledged[-1] + 1000  # never reuse a name a killed write may have left
    with Store.open(data_dir) as store:
        assert store.check() == []
        names = {c.name for c in store.contacts.summaries(
            store.search.contact_ids(ContactFilter(tag="crash"))).values()}
        for i in acknowledged:
            assert f"writer {i}" in names
            found = store.search.interaction_ids(f"note {i}")
            assert found, f"interaction {i} lost"


def _benchmark(name):  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[2] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_crash_benchmark_in_short_loses_nothing_acknowledged(tmp_path):
    """bench_crash.py's 1,000 kills, cut to 21: CLI adds, store writes, a session."""
    bench = _benchmark("bench_crash")
    folder = DataDir(tmp_path / "data").ensure()
    tally = bench.run(21, 3, folder)
    assert tally.kills == 21
    assert sum(len(v) for v in tally.acknowledged.values()) > 0
    assert bench.lost(folder, tally) == []
    assert tally.integrity_failures == 0, tally.problems
