"""A kill -9 in the middle of writes loses no acknowledged write and corrupts nothing."""

import os
import random
import signal
import subprocess
import sys
import textwrap

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
