"""Migration 0009: the reconnect suggestions read a covering index, and find the same
contacts as the plain rule (julianday of today less the reference past the cadence)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from netjournal.domain.ties import Cadences
from netjournal.domain.values import TieStrength
from netjournal.paths import DataDir
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.store import Store

START = dt.datetime(2026, 12, 4, 17, 0, tzinfo=dt.UTC)  # a day starting in Jakarta (UTC+7)
CADENCES = Cadences(close=30, regular=90, weak=180)
TIES = ("close", "regular", "weak")


def _plain_rule(store: Store) -> set[int]:
    """Who is past their cadence, as the query said before the index (a full scan)."""
    rows = store.db.execute_sql(
        """SELECT id FROM contact c WHERE deleted_at IS NULL
           AND julianday(?) - julianday(coalesce(last_interaction_at, created_at)) >
               CASE WHEN cadence_days > 0 THEN cadence_days WHEN tie_strength = 'close'
                    THEN 30 WHEN tie_strength = 'regular' THEN 90 ELSE 180 END - 1""",
        (f"{START:%Y-%m-%d %H:%M:%S}",)).fetchall()
    return {r[0] for r in rows}


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_the_indexed_query_finds_whom_the_plain_rule_finds(tmp_path_factory, seed):
    rng = random.Random(seed)
    folder = DataDir(tmp_path_factory.mktemp("j") / "data")
    with Store.open(folder) as store, store.atomic():
        for i in range(60):
            cadence = rng.choice([None, None, 0, 7, 30, 45])
            days = rng.choice([29, 30, 31, 89, 90, 91, 179, 180, 181, 5, 400])
            ref = START - dt.timedelta(days=days - 1, hours=rng.randint(-30, 30),
                                       minutes=rng.choice([0, 1, 59]))
            text = (f"{ref:%Y-%m-%d}T12:00:00" if rng.random() < 0.2  # a day-only moment
                    else f"{ref:%Y-%m-%d %H:%M:%S}")
            cid = store.contacts.create(f"P{i}", tie_strength=TieStrength(rng.choice(TIES))).id
            store.db.execute_sql(
                "UPDATE contact SET cadence_days = ?, created_at = ?, last_interaction_at = ?,"
                " deleted_at = ? WHERE id = ?",
                (cadence, text if rng.random() < 0.3 else "2020-01-01 00:00:00",
                 None if rng.random() < 0.3 else text,
                 "2026-01-01 00:00:00" if rng.random() < 0.05 else None, cid))
        found = {c.contact_id for c in
                 store.followups.reconnect_candidates(START, CADENCES, 1000)}
        assert found == _plain_rule(store)


def test_the_index_covers_the_query_and_leaves_the_contact_list_alone(store):
    plan = store.db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE deleted_at IS NULL "
        "ORDER BY name COLLATE NOCASE, id LIMIT 40").fetchall()
    assert "contact_reconnect" not in str(plan)
    logged: list[str] = []
    run = store.db.execute_sql

    def logging_run(sql, params=None):  # type: ignore[no-untyped-def]
        logged.append(sql)
        return run(sql, params)

    store.db.execute_sql = logging_run
    try:
        store.followups.reconnect_candidates(START, CADENCES, 10)
    finally:
        del store.db.execute_sql
    [query] = [q for q in logged if "julianday" in q]
    plan = run("EXPLAIN QUERY PLAN " + query, [30, 90, 180, "9", "9", "9", "2026-12-05",
                                               "open", "snoozed", "reconnect", "let_go", 10])
    assert "COVERING INDEX contact_reconnect" in str(plan.fetchall())


def test_migration_0009_from_the_previous_schema(data_dir):
    db = SqliteDatabase(str(data_dir.database))
    Runner(db, str(MIGRATIONS_DIR)).up("0003_application_id")
    now = "2025-01-02 03:04:05"
    db.execute_sql("INSERT INTO contact (id, name, tie_strength, created_at, updated_at)"
                   " VALUES (1, 'Dewi Lestari', 'close', ?, ?)", (now, now))
    db.close()
    with Store.open(data_dir) as store:
        [candidate] = store.followups.reconnect_candidates(START, CADENCES, 10)
        assert (candidate.contact_id, candidate.name) == (1, "Dewi Lestari")
        assert store.check() == []
    with sqlite3.connect(data_dir.database) as con:
        indexes = {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'")}
        steps = {r[0] for r in con.execute("SELECT name FROM schema_migration")}
    assert "contact_reconnect" in indexes and "0009_startup_index" in steps


def test_the_birthdays_ahead_are_looked_up_not_scanned(store):
    from netjournal.storage.journal import due

    dewi = store.contacts.create("Dewi Lestari", birthday=dt.date(1990, 12, 6)).id
    store.contacts.create("Budi Santoso", birthday=dt.date(1985, 3, 1))
    logged: list[tuple[str, object]] = []
    run = store.db.execute_sql

    def logging_run(sql, params=None):  # type: ignore[no-untyped-def]
        logged.append((sql, params))
        return run(sql, params)

    store.db.execute_sql = logging_run
    try:
        [item] = due.birthdays_ahead(store, dt.date(2026, 12, 5))
    finally:
        del store.db.execute_sql
    assert item.contact_id == dewi
    [(query, params)] = [q for q in logged if "strftime" in q[0]]
    plan = str(run("EXPLAIN QUERY PLAN " + query, params).fetchall())
    assert "contact_birthday_day" in plan and "SCAN" not in plan
