"""Opening the journal: pragmas, file modes, migrations, backups, newer schemas."""

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner
from playhouse.schema_diff import diff_models

from netjournal.domain.values import Interaction
from netjournal.paths import DataDir
from netjournal.storage import SchemaTooNewError
from netjournal.storage.db import MIGRATIONS_DIR, schema_status
from netjournal.storage.models import MODELS
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

# Indexes the migrations make that peewee models cannot express (collations, partial).
EXPRESSION_INDEXES = {"event_name", "contact_name_nocase", "contact_birthday_day",
                      "interaction_live_channel_occurred_at", "interaction_live_day_only",
                      "interaction_live_occurred_at", "exchange_done_occurred_on",
                      "contact_in_bin", "contact_never_in_touch",  # partial: 0010
                      "contact_reconnect_default", "contact_reconnect_own"}  # 0018


def test_database_is_private_and_in_wal_mode(store, data_dir):
    assert stat.S_IMODE(os.stat(data_dir.root).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data_dir.database).st_mode) == 0o600
    assert store.journal_mode() == "wal"
    pragma = {name: store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
              for name in ("synchronous", "foreign_keys", "busy_timeout")}
    # SQLite's own lock is waited for as long as the writer lock (10 s by default).
    assert pragma == {"synchronous": 2, "foreign_keys": 1, "busy_timeout": 10_000}


def test_models_match_the_migrated_schema(store):
    diff = diff_models(store.db, MODELS)
    assert not diff.create_tables and not diff.add_columns and not diff.drop_columns
    assert not diff.add_indexes
    assert {i.name for i in diff.drop_indexes} <= EXPRESSION_INDEXES


def test_fresh_database_takes_no_backup(data_dir):
    Store.open(data_dir).close()
    assert not data_dir.backups.exists() or not any(data_dir.backups.iterdir())


def _first_schema_database(path):
    """A database as the first release made it, with a little data in it."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up("0001_initial")
    now = "2025-01-02 03:04:05"
    db.execute_sql("INSERT INTO contact (id, name, company, interests, created_at, updated_at)"
                   " VALUES (1, 'Dewi Lestari', 'Gojek', 'batik', ?, ?)", (now, now))
    db.execute_sql("INSERT INTO tag (id, name) VALUES (1, 'fintech')")
    db.execute_sql("INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 1)")
    db.execute_sql("INSERT INTO interaction (id, occurred_at, channel, direction, summary,"
                   " created_at, updated_at) VALUES (1, '2025-01-01 10:00:00', 'call',"
                   " 'outbound', 'talked about kopi luwak', ?, ?)", (now, now))
    db.execute_sql("INSERT INTO participant (interaction_id, contact_id) VALUES (1, 1)")
    db.close()


def test_upgrade_from_the_first_schema_backs_up_and_backfills(data_dir):
    _first_schema_database(data_dir.database)
    with Store.open(data_dir) as store:
        contact = store.contacts.get(1)
        assert contact.last_interaction_at == dt.datetime(2025, 1, 1, 10, tzinfo=dt.UTC)
        for word in ("dewi", "batik", "fintech", "luwak"):
            assert store.search.contact_ids(ContactFilter(text=word)) == [1], word
        assert store.check() == []
    backups = list(data_dir.backups.glob("*.sqlite3"))
    assert len(backups) == 1 and backups[0].name.startswith("before-0002")
    assert stat.S_IMODE(os.stat(backups[0]).st_mode) == 0o600
    with sqlite3.connect(backups[0]) as old:  # the backup is the database as it was
        names = {r[0] for r in old.execute("SELECT name FROM schema_migration")}
        assert names == {"0001_initial"}
        assert old.execute("SELECT name FROM contact").fetchone() == ("Dewi Lestari",)


def test_database_newer_than_the_code_is_refused_untouched(data_dir):
    Store.open(data_dir).close()
    with sqlite3.connect(data_dir.database) as con:
        con.execute("INSERT INTO schema_migration (name, applied) VALUES"
                    " ('0099_from_the_future', '2030-01-01')")
    before = data_dir.database.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of NetJournal"):
        Store.open(data_dir)
    assert data_dir.database.read_bytes() == before


def test_backup_and_integrity_check(store, data_dir, tmp_path):
    c = store.contacts.create("Rina Siregar")
    store.interactions.save(Interaction(occurred_at=dt.datetime.now(dt.UTC),
                                        participant_ids=(c.id,), summary="hello"))
    dest = store.backup(tmp_path / "copy.sqlite3")
    assert stat.S_IMODE(os.stat(dest).st_mode) == 0o600
    with Store(dest) as copy:
        assert copy.contacts.get(c.id).name == "Rina Siregar"
        assert copy.check() == []


def test_check_reports_a_broken_foreign_key(store):
    store.db.execute_sql("PRAGMA foreign_keys = OFF")
    store.db.execute_sql("INSERT INTO offer (contact_id, text, status, created_at, updated_at)"
                         " VALUES (404, 'x', 'idea', '2025-01-01', '2025-01-01')")
    problems = store.check()
    assert any("offer" in p and "contact" in p for p in problems)


def test_data_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NETJOURNAL_DATA_DIR", str(tmp_path / "from-env"))
    assert DataDir.resolve().root == tmp_path / "from-env"
    assert DataDir.resolve(tmp_path / "flag").root == tmp_path / "flag"


@pytest.mark.parametrize("target", [None, "0001_initial", "0002_search_and_last_contact",
                                    "all", "newer"])
def test_schema_status_agrees_with_the_migration_runner(tmp_path, target):
    db = SqliteDatabase(str(tmp_path / "j.sqlite3"))
    runner = Runner(db, str(MIGRATIONS_DIR))
    if target is not None:
        runner.up(None if target in ("all", "newer") else target)
    if target == "newer":
        db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0999_x', '2030')")
    status = runner.status()
    expected = ([m.name for m in status if m.path is not None and not m.applied],
                [m.name for m in status if m.path is None])
    assert schema_status(db) == expected
    db.close()


def test_an_up_to_date_journal_opens_without_the_migration_runner(data_dir):
    Store.open(data_dir).close()
    code = ("import sys; from pathlib import Path; from netjournal.paths import DataDir; "
            "from netjournal.storage.store import Store; "
            "Store.open(DataDir(Path(sys.argv[1]))).close(); "
            "print(sorted(m for m in sys.modules if m.startswith('playhouse.migrat')))")
    done = subprocess.run([sys.executable, "-c", code, str(data_dir.root)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_holding_writes_is_not_a_write_and_takes_no_writer_lock(data_dir):
    """PRAGMA query_only changes the connection only: the app's safety net sets and
    clears it without waiting for the writer lock (a command may hold it)."""
    from netjournal.storage.db import _reads_only

    assert _reads_only("PRAGMA query_only = 1") and _reads_only("pragma  query_only=0")
    assert not _reads_only("PRAGMA user_version = 3")
    assert not _reads_only("PRAGMA journal_mode = wal")
