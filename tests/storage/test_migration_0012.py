"""Migration 0012: PostgreSQL's search documents hold the short prefixes of their words,
made from the schema before it, with the data kept; the SQLite file is left as it was."""

from __future__ import annotations

from peewee import SqliteDatabase
from playhouse.migrations import Runner

from netjournal.storage import postgres
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.search import ContactFilter
from netjournal.storage.sql import execute, fetch_all
from netjournal.storage.store import Store

BEFORE = "0009_startup_index"
NOW = "2026-11-20 03:04:05"


def _fill(db) -> None:  # type: ignore[no-untyped-def]
    """Two contacts, a tag and a conversation, written as the old schema's triggers see them."""
    for cid, name, company in ((1, "Łukasz Żółw", "Tokopedia"), (2, "Dewi Lestari", "Gojek")):
        execute(db, "INSERT INTO contact (id, name, company, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?)", (cid, name, company, NOW, NOW))
    execute(db, "INSERT INTO tag (id, name) VALUES (1, 'fintech')")
    execute(db, "INSERT INTO contact_tag (contact_id, tag_id) VALUES (2, 1)")
    execute(db, "INSERT INTO interaction (id, occurred_at, channel, direction, summary,"
                   " created_at, updated_at) VALUES (1, ?, 'call', 'mutual',"
                   " 'talked about kopi susu', ?, ?)", (NOW, NOW, NOW))
    execute(db, "INSERT INTO participant (interaction_id, contact_id) VALUES (1, 1)")


def _hits(store: Store) -> dict[str, list[int]]:
    return {q: store.search.contact_ids(ContactFilter(text=q))
            for q in ("l", "lu", "luk", "luka", "zol", "t", "tok", "f", "fin", "k", "ko",
                      "kop", "s", "de", "g", "lest", "x")}


EXPECTED = {"l": [2, 1], "lu": [1], "luk": [1], "luka": [1], "zol": [1], "t": [1],
            "tok": [1], "f": [2], "fin": [2], "k": [1], "ko": [1], "kop": [1], "s": [1],
            "de": [2], "g": [2], "lest": [2], "x": []}


def test_upgrade_on_a_server_adds_the_prefixes_and_keeps_the_data(pg_url):
    db = postgres.connect_postgres(pg_url)
    Runner(db, str(MIGRATIONS_DIR)).up(BEFORE)
    _fill(db)
    (doc,), = fetch_all(db, "SELECT doc::text FROM contact_fts WHERE rowid = 1")
    assert "'l'" not in doc  # the old document: whole words only
    db.close()

    with Store.open_url(pg_url) as store:
        (doc,), = fetch_all(store.db, "SELECT doc::text FROM contact_fts WHERE rowid = 1")
        assert "'luk':" in doc and "'l':" in doc and "'tok':" in doc
        (said,), = fetch_all(store.db, "SELECT doc::text FROM interaction_fts WHERE rowid = 1")
        assert "'ko':" in said and "'su':" in said
        assert _hits(store) == EXPECTED
        # names only (weight A): a prefix of a name, not of a company
        (named,), = fetch_all(store.db, "SELECT count(*) FROM contact_fts WHERE doc @@"
                                        " to_tsquery('simple', 'l:A')")
        (company,), = fetch_all(store.db, "SELECT count(*) FROM contact_fts WHERE doc @@"
                                          " to_tsquery('simple', 'tok:A')")
        assert (named, company) == (2, 0)
        assert store.check() == []


def test_upgrade_of_the_file_changes_nothing_but_the_step(data_dir):
    db = SqliteDatabase(str(data_dir.database), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up(BEFORE)
    _fill(db)
    db.close()

    with Store.open(data_dir) as store:
        (step,), = fetch_all(store.db, "SELECT count(*) FROM schema_migration"
                                       " WHERE name = '0012_search_prefixes'")
        assert step == 1
        assert _hits(store) == EXPECTED
        assert store.check() == []
