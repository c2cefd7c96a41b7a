"""Migration 0004 (source keys of imported requests and interactions), from schema 0003."""

from __future__ import annotations

import sqlite3

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from netjournal.domain.values import RequestDirection
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.store import Store


def _schema_0003(path):
    """A journal as schema 0003 left it, with a request and an interaction typed by hand."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up("0003_application_id")
    now = "2026-01-02 03:04:05"
    db.execute_sql("INSERT INTO contact (id, name, created_at, updated_at) "
                   "VALUES (1, 'Sari Wijaya', ?, ?)", (now, now))
    db.execute_sql("INSERT INTO interaction (id, occurred_at, channel, direction, summary, "
                   "created_at, updated_at) VALUES (1, '2026-01-01 10:00:00', 'message', "
                   "'inbound', 'asked about the meetup', ?, ?)", (now, now))
    db.execute_sql("INSERT INTO participant (interaction_id, contact_id) VALUES (1, 1)")
    db.execute_sql("INSERT INTO connection_request (id, direction, name, message, created_at)"
                   " VALUES (1, 'incoming', 'Rizky Pratama', 'Hi!', ?)", (now,))
    db.close()


def test_upgrade_from_0003_keeps_the_rows_and_adds_unique_source_keys(data_dir):
    _schema_0003(data_dir.database)
    with Store.open(data_dir) as store:
        assert store.requests.get(1).name == "Rizky Pratama"
        assert store.requests.get(1).direction == RequestDirection.INCOMING
        assert store.interactions.get(1).summary == "asked about the meetup"
        assert store.search.interaction_ids("meetup") == [1]
        assert store.check() == []
    with sqlite3.connect(data_dir.database) as con:
        assert con.execute("SELECT source_key FROM interaction").fetchall() == [(None,)]
        assert con.execute("SELECT source_key FROM connection_request").fetchall() == [(None,)]
        names = {r[0] for r in con.execute("SELECT name FROM schema_migration")}
        assert "0004_linkedin_requests" in names
        # hand-typed rows have no key and may be many; an imported key is there once
        for _ in range(2):
            con.execute("INSERT INTO connection_request (name, created_at) "
                        "VALUES ('Typed', '2026-01-03')")
        con.execute("INSERT INTO connection_request (name, created_at, source_key) "
                    "VALUES ('A', '2026-01-03', 'k1')")
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO connection_request (name, created_at, source_key) "
                        "VALUES ('B', '2026-01-03', 'k1')")
    backups = sorted(p.name for p in data_dir.backups.glob("*.sqlite3"))
    assert backups and backups[0].startswith("before-0004")
