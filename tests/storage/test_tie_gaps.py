"""Migration 0010's gaps between each contact's interactions, kept right by every write
path on both engines: each step is compared with the gaps computed afresh."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import replace

import pytest

from netjournal.domain.values import Interaction, TieStrength, day_only
from netjournal.paths import DataDir
from netjournal.storage import imported
from netjournal.storage.sql import execute, fetch_all
from netjournal.storage.store import Store

pytestmark = pytest.mark.usefixtures("engine")

UTC = dt.UTC

TRUTH = """SELECT cid, at, iid, ref, CAST(round((julianday(at) - julianday(ref)) * 86400)
        AS BIGINT), nxt, cad FROM (
    SELECT p.contact_id AS cid, i.occurred_at AS at, i.id AS iid,
        coalesce(lag(i.occurred_at) OVER w, c.created_at) AS ref,
        lead(i.occurred_at) OVER w AS nxt,
        CASE WHEN c.deleted_at IS NOT NULL THEN NULL WHEN c.cadence_days > 0
        THEN c.cadence_days WHEN c.tie_strength = 'close' THEN -1
        WHEN c.tie_strength = 'regular' THEN -2 ELSE -3 END AS cad
    FROM participant p JOIN interaction i ON i.id = p.interaction_id
    JOIN contact c ON c.id = p.contact_id WHERE i.deleted_at IS NULL
    WINDOW w AS (PARTITION BY p.contact_id ORDER BY i.occurred_at, i.id)) AS s
    ORDER BY 1, 2, 3"""

TABLE = ("SELECT contact_id, occurred_at, interaction_id, prev_at, back, next_at, cadence"
         " FROM tie_gap ORDER BY 1, 2, 3")


def assert_in_sync(store: Store) -> None:
    want = [tuple(r) for r in fetch_all(store.db, TRUTH)]
    got = [tuple(r) for r in fetch_all(store.db, TABLE)]
    assert got == want


def _log(store: Store, who: tuple[int, ...], when: dt.datetime) -> Interaction:
    return store.interactions.save(Interaction(occurred_at=when, participant_ids=who))


def _at(days: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 1, 1, hour, tzinfo=UTC) + dt.timedelta(days=days)


def test_every_write_path_keeps_the_gaps(store):
    sari = store.contacts.create("Sari Wulandari").id
    budi = store.contacts.create("Budi Santoso", tie_strength=TieStrength.CLOSE).id
    dewi = store.contacts.create("Dewi Lestari", cadence_days=14).id
    assert fetch_all(store.db, TABLE) == []

    # add: in order, out of order, two at once, a whole day, the same moment twice
    first = _log(store, (sari,), _at(10))
    _log(store, (sari, budi), _at(40))
    middle = _log(store, (sari,), _at(25))
    whole_day = _log(store, (budi, dewi), day_only(_at(50).date()))
    same = _log(store, (sari,), _at(40))
    _log(store, (dewi,), _at(-300))  # dated before the contact was added
    assert_in_sync(store)
    rows = {(r[0], r[2]): r for r in fetch_all(store.db, TABLE)}
    assert rows[sari, middle.id][3] == rows[sari, first.id][1]  # its reference: the one before
    assert rows[sari, middle.id][4] == 15 * 86400
    assert rows[sari, same.id][4] == 0
    assert rows[dewi, whole_day.id][6] == 14 and rows[budi, whole_day.id][6] == -1
    assert rows[budi, whole_day.id][1].endswith("T12:00:00")

    # edit the date, the participants; bin and restore; delete for good
    store.interactions.save(Interaction(id=middle.id, occurred_at=_at(60),
                                        participant_ids=(sari, dewi)))
    assert_in_sync(store)
    store.interactions.save(Interaction(id=middle.id, occurred_at=_at(60),
                                        participant_ids=(dewi,)))
    assert_in_sync(store)
    store.interactions.delete(first.id)
    assert_in_sync(store)
    store.interactions.restore(first.id)
    assert_in_sync(store)
    store.interactions.delete(same.id)
    execute(store.db, "DELETE FROM interaction WHERE id = ?", [first.id])
    assert_in_sync(store)

    # a contact's cadence, tie strength, bin and date added
    store.contacts.save(replace(store.contacts.get(sari), cadence_days=21))
    store.contacts.save(replace(store.contacts.get(budi), tie_strength=TieStrength.REGULAR))
    assert_in_sync(store)
    store.contacts.delete(budi)
    assert_in_sync(store)
    store.contacts.restore(budi)
    execute(store.db, "UPDATE contact SET created_at = ? WHERE id = ?",
            ["2025-06-01 08:00:00", sari])
    assert_in_sync(store)
    store.contacts.delete(dewi)
    store.contacts.purge_deleted()
    assert_in_sync(store)
    assert fetch_all(store.db, "SELECT count(*) FROM tie_gap")[0][0] == 3


def test_merge_and_its_undo_keep_the_gaps(store):
    keep = store.contacts.create("Budi Santoso").id
    gone = store.contacts.create("Budi S.").id
    _log(store, (keep,), _at(5))
    _log(store, (gone,), _at(20))
    _log(store, (keep, gone), _at(30))
    _log(store, (gone,), _at(1))
    record = store.merges.merge(store.contacts.get(keep), gone)
    assert_in_sync(store)
    assert [r[2] for r in fetch_all(store.db, TABLE)] == [4, 1, 2, 3]
    store.merges.unmerge(record)
    assert_in_sync(store)


def test_imports_keep_the_gaps(store, tmp_path):
    from netjournal.interop import fullexport

    with Store.open(DataDir(tmp_path / "source")) as source:  # a LinkedIn import's path
        sari = source.contacts.create("Sari Wulandari").id
        budi = source.contacts.create("Budi Santoso").id
        _log(source, (sari,), _at(3))
        imported.add_interactions(source, [
            (Interaction(occurred_at=_at(k * 11 % 50),
                         participant_ids=(sari, budi)[: 1 + k % 2]), f"linkedin:{k}")
            for k in range(12)])
        assert_in_sync(source)
        data = json.dumps(fullexport.build(source, dt.datetime.now(UTC)), default=str)
    fullexport.import_full_export(store, data.encode())  # a full export's path
    assert fetch_all(store.db, "SELECT count(*) FROM tie_gap")[0][0] == 19
    assert_in_sync(store)


def test_random_writes_keep_the_gaps(store):
    rng = random.Random(16)
    people = [store.contacts.create(f"Kontak {k}", cadence_days=rng.choice((None, 30))).id
              for k in range(5)]
    ids = [_log(store, tuple(rng.sample(people, rng.randrange(1, 3))),
                _at(rng.randrange(0, 200), rng.randrange(24))).id for _ in range(40)]
    for _ in range(60):
        iid = rng.choice(ids)
        step = rng.randrange(5)
        if step == 0:
            execute(store.db, "UPDATE interaction SET occurred_at = ? WHERE id = ?",
                    [_at(rng.randrange(0, 200)).strftime("%Y-%m-%d %H:%M:%S"), iid])
        elif step == 1:
            execute(store.db, "UPDATE interaction SET deleted_at = ? WHERE id = ?",
                    ["2026-09-01 00:00:00" if rng.random() < .5 else None, iid])
        elif step == 2:
            execute(store.db, "INSERT OR IGNORE INTO participant (interaction_id, contact_id)"
                    " VALUES (?, ?)", [iid, rng.choice(people)])
        elif step == 3:  # what a merge does
            execute(store.db, "UPDATE participant SET contact_id = ? WHERE interaction_id = ?"
                    " AND contact_id = ? AND NOT EXISTS (SELECT 1 FROM participant p WHERE"
                    " p.interaction_id = ? AND p.contact_id = ?)",
                    [b := rng.choice(people), iid, rng.choice(people), iid, b])
        else:
            execute(store.db, "DELETE FROM participant WHERE interaction_id = ? AND"
                    " contact_id = ?", [iid, rng.choice(people)])
    assert_in_sync(store)
    assert json.dumps(fetch_all(store.db, "SELECT count(*) FROM tie_gap")[0][0]) != "0"
