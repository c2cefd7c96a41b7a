"""Migration 0005: UIDs for every contact, the archive, the sync state and the history."""

import re
import sqlite3

import pytest
from peewee import IntegrityError, SqliteDatabase
from playhouse.migrations import Runner

from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.store import Store

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _previous_schema(path):
    """The journal as the schema before 0005 left it, with three contacts (one binned)."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up("0003_application_id")
    now = "2025-01-02 03:04:05"
    for cid, name, deleted in ((1, "Dewi Lestari", None), (2, "Budi Santoso", None),
                               (3, "Sari Wulandari", now)):
        db.execute_sql("INSERT INTO contact (id, name, created_at, updated_at, deleted_at)"
                       " VALUES (?, ?, ?, ?, ?)", (cid, name, now, now, deleted))
    db.close()


def test_upgrade_gives_every_existing_contact_its_own_uid(data_dir):
    _previous_schema(data_dir.database)
    with Store.open(data_dir) as store:
        rows = store.db.execute_sql("SELECT id, uid, archived_at FROM contact").fetchall()
        assert [r[0] for r in rows] == [1, 2, 3]
        assert all(UUID.match(r[1]) for r in rows), rows
        assert len({r[1] for r in rows}) == 3
        assert all(r[2] is None for r in rows)
        assert store.contacts.get(1).name == "Dewi Lestari"  # the data is untouched
        assert store.check() == []
    backups = list(data_dir.backups.glob("*.sqlite3"))
    assert any(b.name.startswith("before-00") for b in backups)  # taken before upgrading


def test_a_contact_saved_later_gets_a_uid_from_any_write_path(store):
    saved = store.contacts.create("Putri Ayu")
    store.db.execute_sql("INSERT INTO contact (name, created_at, updated_at)"
                         " VALUES ('Raw Insert', '2025-01-01', '2025-01-01')")
    uids = dict(store.db.execute_sql("SELECT name, uid FROM contact").fetchall())
    assert UUID.match(uids["Putri Ayu"]) and UUID.match(uids["Raw Insert"])
    assert uids["Putri Ayu"] != uids["Raw Insert"]
    # a UID given on insert is kept, and two contacts cannot share one
    store.db.execute_sql("UPDATE contact SET uid = 'card-1' WHERE id = ?", (saved.id,))
    with pytest.raises(IntegrityError):
        store.db.execute_sql("UPDATE contact SET uid = 'card-1' WHERE name = 'Raw Insert'")


def test_sync_state_and_history_tables_follow_their_contact(store):
    c = store.contacts.create("Agus")
    store.db.execute_sql(
        "INSERT INTO vdir_state (uid, folder, contact_id, file_name, size, mtime_ns,"
        " content_hash, synced_at) VALUES ('u1', '/x', ?, 'u1.vcf', 10, 1, 'h', '2025-01-01')",
        (c.id,))
    store.db.execute_sql(
        "INSERT INTO contact_history (contact_id, occurred_at, source, field, kept, other)"
        " VALUES (?, '2025-01-01', 'address book', 'company', 'A', 'B')", (c.id,))
    store.db.execute_sql("DELETE FROM contact WHERE id = ?", (c.id,))
    assert store.db.execute_sql("SELECT contact_id FROM vdir_state").fetchall() == [(None,)]
    assert store.db.execute_sql("SELECT count(*) FROM contact_history").fetchone()[0] == 0


def test_archived_contacts_survive_emptying_the_bin_and_can_be_restored(store):
    binned = store.contacts.create("In The Bin")
    archived = store.contacts.create("In The Archive")
    store.contacts.delete(binned.id)
    store.db.execute_sql("UPDATE contact SET deleted_at = '2025-01-01',"
                         " archived_at = '2025-01-01' WHERE id = ?", (archived.id,))
    assert store.contacts.purge_deleted() == 1
    assert store.contacts.restore(archived.id).name == "In The Archive"
    with sqlite3.connect(store.path) as con:
        assert con.execute("SELECT archived_at FROM contact WHERE id = ?",
                           (archived.id,)).fetchone() == (None,)
