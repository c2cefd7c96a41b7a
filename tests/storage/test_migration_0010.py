"""Migration 0010: the gaps between each contact's interactions, made from the schema
before it (0009) with the data kept, on both engines, and read through their indexes."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from netjournal.domain import health as rules
from netjournal.domain.health import TieChange
from netjournal.domain.ties import Cadences
from netjournal.storage import health
from netjournal.storage.convert import from_db
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.postgres import PostgresJournalDatabase
from netjournal.storage.store import Store

pytestmark = pytest.mark.usefixtures("engine")

NOW = "2026-11-20 03:04:05"
ROWS = [  # interaction id, moment, in the bin, participants
    (1, "2026-01-05 10:00:00", None, (1, 2)),
    (2, "2026-03-02T12:00:00", None, (1,)),  # a whole day, 56 days later
    (3, "2026-03-03 09:00:00", NOW, (1,)),  # in the bin: no gap
    (4, "2026-08-10 08:00:00", None, (1, 3)),  # 161 days after the last live one
    (5, "2026-02-01 10:00:00", None, (2,)),
]


def test_upgrade_fills_the_gaps_and_keeps_the_data(engine, data_dir, request):
    if engine == "postgresql":
        db = PostgresJournalDatabase(request.getfixturevalue("pg_url"))
    else:
        db = SqliteDatabase(str(data_dir.database), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up("0009_startup_index")
    cursor = db.cursor()
    mark = "%s" if engine == "postgresql" else "?"

    def run(sql: str, params: tuple[object, ...] = ()) -> None:
        cursor.execute(sql.replace("?", mark), params)

    for cid, name, tie, own in ((1, "Dewi Lestari", "close", None),
                                (2, "Budi Santoso", "weak", 14),
                                (3, "Sari Wulandari", "regular", None),
                                (4, "Agus Pangaribuan", "weak", None)):
        run("INSERT INTO contact (id, name, tie_strength, cadence_days, created_at,"
            " updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (cid, name, tie, own, "2025-12-01 08:00:00", NOW, NOW if cid == 3 else None))
    for iid, at, binned, people in ROWS:
        run("INSERT INTO interaction (id, occurred_at, channel, direction, created_at,"
            " updated_at, deleted_at) VALUES (?, ?, 'call', 'mutual', ?, ?, ?)",
            (iid, at, NOW, NOW, binned))
        for cid in people:
            run("INSERT INTO participant (interaction_id, contact_id) VALUES (?, ?)",
                (iid, cid))
    if engine == "postgresql":
        db.commit()
    db.close()

    store = (Store.open_url(request.getfixturevalue("pg_url")) if engine == "postgresql"
             else Store.open(data_dir))
    with store:
        gaps = [tuple(r) for r in store.db.execute_sql(
            "SELECT contact_id, interaction_id, prev_at, back, next_at, cadence FROM tie_gap"
            " ORDER BY contact_id, occurred_at, interaction_id").fetchall()]
        added = "2025-12-01 08:00:00"
        expected = [  # contact, interaction, its reference, the next one, cadence key
            (1, 1, added, "2026-03-02T12:00:00", -1),
            (1, 2, "2026-01-05 10:00:00", "2026-08-10 08:00:00", -1),
            (1, 4, "2026-03-02T12:00:00", None, -1),
            (2, 1, added, "2026-02-01 10:00:00", 14),
            (2, 5, "2026-01-05 10:00:00", None, 14),
            (3, 4, added, None, None)]  # in the bin: no key
        at = {iid: when for iid, when, _binned, _people in ROWS}

        def seconds(later: str, earlier: str) -> int:
            return round((from_db(later) - from_db(earlier)).total_seconds())

        assert gaps == [(c, i, ref, seconds(at[i], ref), nxt, key)
                        for c, i, ref, nxt, key in expected]
        assert gaps[1][3] == (56 * 24 + 2) * 3600  # to a whole day's noon (UTC)
        if engine == "sqlite":
            names = {r[0] for r in store.db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
            assert {"tie_gap_reconnected", "tie_gap_dormant", "tie_gap_last",
                    "contact_in_bin", "contact_never_in_touch"} <= names
            plan = " ".join(r[-1] for r in store.db.execute_sql(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM tie_gap INDEXED BY"
                " tie_gap_reconnected WHERE cadence = ? AND occurred_at >= ?"
                " AND occurred_at < ? AND back > ?", (-1, "2026", "2027", 0)).fetchall())
            assert "COVERING INDEX tie_gap_reconnected" in plan
        weeks = rules.weeks_until(dt.date(2026, 11, 20), dt.UTC)
        now = dt.datetime(2026, 11, 20, 3, tzinfo=dt.UTC)
        ties = health.ties(store, weeks, now, Cadences(close=30, regular=60, weak=90))
        want: dict[tuple[int, TieChange], int] = {}
        for cid, cadence in ((1, 30), (2, 14), (4, 90)):  # Sari is in the bin
            moments = [from_db(when) for _iid, when, binned, people in ROWS
                       if cid in people and binned is None]
            changes = rules.tie_changes(moments, from_db("2025-12-01 08:00:00"), cadence, now)
            rules.count_changes(changes, weeks, want)
        assert ties == want
        assert sum(n for (_, ch), n in ties.items() if ch == TieChange.RECONNECTED) == 5
        assert store.check() == []
