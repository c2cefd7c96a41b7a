"""Migration 0014: on PostgreSQL every row trigger that keeps derived data can be held off
for one transaction, made from the schema before it with the data kept; the SQLite file
is left as it was."""

from __future__ import annotations

from peewee import SqliteDatabase
from playhouse.migrations import Runner

from netjournal.domain.values import Contact
from netjournal.storage import postgres
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.dialect import follow_given_ids, held_triggers
from netjournal.storage.search import ContactFilter
from netjournal.storage.sql import execute, fetch_all
from netjournal.storage.store import Store

BEFORE = "0013_journal_writes"
NOW = "2026-11-20 03:04:05"
ROW_TRIGGERS = """SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t
    WHERE NOT t.tgisinternal AND (t.tgtype & 1) = 1 AND (t.tgtype & 66) = 0 ORDER BY 1"""


def _fill(db) -> None:  # type: ignore[no-untyped-def]
    for cid, name in ((1, "Łukasz Żółw"), (2, "Dewi Lestari")):
        execute(db, "INSERT INTO contact (id, name, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?)", (cid, name, NOW, NOW))
    execute(db, "INSERT INTO interaction (id, occurred_at, channel, direction, summary,"
                " created_at, updated_at) VALUES (1, ?, 'call', 'mutual', 'kopi', ?, ?)",
            (NOW, NOW, NOW))
    execute(db, "INSERT INTO participant (interaction_id, contact_id) VALUES (1, 1)")


def test_upgrade_on_a_server_holds_every_row_trigger_on_request(pg_url):
    db = postgres.connect_postgres(pg_url)
    Runner(db, str(MIGRATIONS_DIR)).up(BEFORE)
    _fill(db)
    before = [name for name, _ in fetch_all(db, ROW_TRIGGERS)]
    db.close()

    with Store.open_url(pg_url) as store:
        after = fetch_all(store.db, ROW_TRIGGERS)
        # every one is made again, and a later step's triggers carry the condition too
        assert set(before) <= {name for name, _ in after} and len(before) > 20
        assert all("netjournal.hold_triggers" in made for _, made in after)
        assert store.search.contact_ids(ContactFilter(text="luk")) == [1]
        assert fetch_all(store.db, "SELECT last_interaction_at FROM contact WHERE id = 1"
                         ) == [(NOW,)]
        follow_given_ids(store.db, "contact")  # _fill gave the ids
        # held: a new contact gets no search row and a new participant no gap
        with store.atomic(), held_triggers(store.db):
            sari = store.contacts.save(Contact(name="Sari Held")).id
            execute(store.db, "INSERT INTO participant (interaction_id, contact_id)"
                              " VALUES (1, ?)", [sari])
            assert store.search.contact_ids(ContactFilter(text="sari")) == []
            assert fetch_all(store.db, "SELECT count(*) FROM tie_gap WHERE contact_id = ?",
                             [sari]) == [(0,)]
        # and after the block, in the same session, every trigger fires again
        budi = store.contacts.save(Contact(name="Budi After"))
        assert store.search.contact_ids(ContactFilter(text="budi")) == [budi.id]
        execute(store.db, "DELETE FROM participant WHERE contact_id = ?", [sari])
        execute(store.db, "DELETE FROM contact WHERE id = ?", [sari])  # never indexed
        assert store.check() == []


def test_upgrade_of_the_file_changes_nothing_but_the_step(data_dir):
    db = SqliteDatabase(str(data_dir.database), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up(BEFORE)
    _fill(db)
    triggers = fetch_all(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    Runner(db, str(MIGRATIONS_DIR)).up("0014_held_triggers")  # this step alone
    (step,), = fetch_all(db, "SELECT count(*) FROM schema_migration"
                             " WHERE name = '0014_held_triggers'")
    assert step == 1
    assert fetch_all(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'") == triggers
    db.close()

    with Store.open(data_dir) as store:  # and the steps after it
        assert store.search.contact_ids(ContactFilter(text="luk")) == [1]
        assert store.check() == []
