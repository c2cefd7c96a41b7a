"""Migration 0007: the covering index the Network health counts read, made from the
schema before it, with the data kept."""

import datetime as dt

from peewee import SqliteDatabase
from playhouse.migrations import Runner

from netjournal.domain import health as rules
from netjournal.domain.values import Channel
from netjournal.storage import health
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.store import Store

INDEX = "interaction_live_channel_occurred_at"


def test_upgrade_adds_the_health_index_and_keeps_the_data(data_dir):
    db = SqliteDatabase(str(data_dir.database), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up("0003_application_id")
    now = "2026-11-20 03:04:05"
    db.execute_sql("INSERT INTO contact (id, name, created_at, updated_at)"
                   " VALUES (1, 'Dewi Lestari', ?, ?)", (now, now))
    for iid, at, channel, deleted in ((1, "2026-11-24 10:00:00", "call", None),
                                      (2, "2026-11-25T12:00:00", "event", None),
                                      (3, "2026-11-26 10:00:00", "email", now)):
        db.execute_sql("INSERT INTO interaction (id, occurred_at, channel, direction,"
                       " created_at, updated_at, deleted_at) VALUES (?, ?, ?, 'mutual', ?, ?, ?)",
                       (iid, at, channel, now, now, deleted))
        db.execute_sql("INSERT INTO participant (interaction_id, contact_id) VALUES (?, 1)",
                       (iid,))
    db.close()

    with Store.open(data_dir) as store:
        names = {r[0] for r in store.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
        assert {INDEX, "interaction_live_day_only", "interaction_live_occurred_at"} <= names
        weeks = rules.weeks_until(dt.date(2026, 11, 28), dt.UTC, 2)
        sql, params = health.touches_query(weeks)
        plan = " ".join(r[-1] for r in store.db.execute_sql(
            "EXPLAIN QUERY PLAN " + sql, params).fetchall())
        assert f"INDEX {INDEX} (channel=? AND occurred_at>? AND occurred_at<?)" in plan
        assert health.touches(store, weeks) == {(1, Channel.CALL): 1, (1, Channel.EVENT): 1}
        day_only_plan = " ".join(r[-1] for r in store.db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT occurred_at FROM interaction"
            " INDEXED BY interaction_live_day_only WHERE deleted_at IS NULL"
            " AND substr(occurred_at, 11, 1) = 'T' AND occurred_at >= ?",
            ("2026-01-01",)).fetchall())
        assert "interaction_live_day_only" in day_only_plan
        assert store.check() == []
    assert any(p.name.startswith("before-0") for p in data_dir.backups.glob("*.sqlite3"))
