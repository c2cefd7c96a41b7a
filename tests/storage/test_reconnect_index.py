"""Migration 0009: the reconnect suggestions read a covering index, and find the same
contacts as the plain rule (julianday of today less the reference past the cadence)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from netjournal.domain import followups as rules
from netjournal.domain.ties import Cadences
from netjournal.domain.values import TieStrength
from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.journal import due
from netjournal.storage.sql import execute
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


def test_the_suggestions_walk_the_due_indexes_and_never_every_contact(store):
    """Migration 0018: each tie strength's contacts are walked in the order they fell due
    (default cadence and own cadence apart), never scanned; the contact list still does
    not take migration 0009's index for its order."""
    plan = store.db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE deleted_at IS NULL "
        "ORDER BY name COLLATE NOCASE, id LIMIT 40").fetchall()
    assert "contact_reconnect" not in str(plan)
    logged: list[tuple[str, object]] = []
    run = store.db.execute_sql

    def logging_run(sql, params=None):  # type: ignore[no-untyped-def]
        logged.append((sql, params))
        return run(sql, params)

    store.db.execute_sql = logging_run
    try:
        store.followups.reconnect_candidates(START, CADENCES, 10)
    finally:
        del store.db.execute_sql
    [(query, params)] = [q for q in logged if "julianday" in q[0]]
    steps = [row[3] for row in run("EXPLAIN QUERY PLAN " + query, params).fetchall()]
    # three stored tie strengths, default and own cadence; the contacts (c) never scanned
    assert sum(s.startswith("SEARCH c USING INDEX contact_reconnect_default (tie_strength=?")
               for s in steps) == 3, steps
    assert sum(s.startswith("SEARCH c USING INDEX contact_reconnect_own (tie_strength=?")
               for s in steps) == 3, steps
    assert not any(s.startswith("SCAN c") for s in steps), steps


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


JAKARTA = dt.timezone(dt.timedelta(hours=7))


def _suggestions_and_rule(store, people, limit):
    """The suggestions and the domain rule's first ``limit`` among every contact past
    its cadence, for ``people`` as (tie, own cadence or None, days since the last
    interaction) added to ``store``."""
    today = dt.date(2026, 12, 5)
    settings_ = Settings(cadence_close_days=30, cadence_regular_days=90, cadence_weak_days=180)
    with store.atomic():
        for i, (tie, cadence, days) in enumerate(people):
            cid = store.contacts.create(f"P{i}", tie_strength=TieStrength(tie)).id
            ref = START - dt.timedelta(days=days)
            execute(store.db, "UPDATE contact SET cadence_days = ?, last_interaction_at = ?"
                              " WHERE id = ?", (cadence, f"{ref:%Y-%m-%d %H:%M:%S}", cid))
    everyone = store.followups.reconnect_candidates(
        due.start_of_day(today, JAKARTA), due.cadences_of(settings_), 10**6)
    expected = rules.reconnect_suggestions(everyone, today, tz=JAKARTA, limit=limit)
    found = due.reconnect_suggestions(store, today, settings=settings_, tz=JAKARTA,
                                      limit=limit)
    return [s.contact_id for s in found], [s.contact_id for s in expected]


@pytest.mark.usefixtures("engine")
def test_the_longest_past_an_own_short_cadence_is_suggested_first(store):
    """Thirty close ties a month past a cadence of 400 days, and one three months past a
    cadence of 3 days: the last is suggested first (the query once ranked by the
    reference less the cadence, and kept only the thirty)."""
    people = [("close", 400, 431 - i) for i in range(30)] + [("close", 3, 100)]
    found, expected = _suggestions_and_rule(store, people, 1)
    assert found == expected == [31]


@settings(max_examples=30, deadline=None)
@given(limit=st.integers(1, 5), people=st.lists(
    st.tuples(st.sampled_from(("close", "close", "regular", "weak")),
              st.sampled_from((None, None, 3, 7, 60, 400)), st.integers(1, 600)),
    min_size=45, max_size=70))
def test_the_suggestions_are_the_rule_s_first_whatever_the_query_leaves_out(
        tmp_path_factory, limit, people):
    """The query keeps only the likeliest few dozen (``limit * 4 + 20``); the suggestions
    must still be the domain rule's first ``limit`` among every contact past its cadence,
    own cadences mixed in."""
    with Store.open(DataDir(tmp_path_factory.mktemp("j") / "data")) as store:
        found, expected = _suggestions_and_rule(store, people, limit)
    assert found == expected
