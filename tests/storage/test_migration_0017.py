"""Migration 0017: on PostgreSQL each contact's search row holds its name order and
whether it is in the trash, filled from the schema before it and kept on every write; the
SQLite file is left as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest
from playhouse.migrations import Runner

from netjournal.domain.values import Contact
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.dialect import follow_given_ids
from netjournal.storage.search import ContactFilter, SearchRepository
from netjournal.storage.sql import execute, fetch_all
from tests.storage.upgrading import upgraded_store

pytestmark = pytest.mark.usefixtures("engine")

NOW = "2026-11-20 03:04:05"
PEOPLE = ((1, "Rina Kopi", None), (2, "ayu Kopi", None), (3, "Zed Kopi", NOW),
          (4, "Budi Kopi", None))


def _previous_schema(db) -> None:  # type: ignore[no-untyped-def]
    Runner(db, str(MIGRATIONS_DIR)).up("0016_save_stamps")
    for cid, name, deleted in PEOPLE:
        execute(db, "INSERT INTO contact (id, name, created_at, updated_at, deleted_at)"
                    " VALUES (?, ?, ?, ?, ?)", (cid, name, NOW, NOW, deleted))


def test_the_search_rows_learn_the_name_order_and_the_trash(request, engine, data_dir,
                                                            monkeypatch):
    store = upgraded_store(request, engine, data_dir, _previous_schema)
    monkeypatch.setattr(SearchRepository, "DENSE", 1)
    with store:
        if engine == "postgresql":
            assert fetch_all(store.db, "SELECT rowid, sort_name, live FROM contact_fts"
                                       " ORDER BY rowid") == [
                (1, "rina kopi", True), (2, "ayu kopi", True), (3, "zed kopi", False),
                (4, "budi kopi", True)]
        flt = ContactFilter(text="kop")
        assert store.search.contact_ids(flt) == [2, 4, 1]
        assert store.search.first_contact_ids(flt, 2) == ([2, 4], False)
        # kept on every write: a rename, the trash both ways, a new contact
        store.contacts.save(replace(store.contacts.get(1), name="Ani Kopi"))
        store.contacts.restore(3)
        store.contacts.delete(2)
        follow_given_ids(store.db, "contact")  # the rows before gave their ids
        store.contacts.save(Contact(name="Adi Kopi"))
        assert store.search.contact_ids(flt)[:3] == [5, 1, 4]
        assert store.search.first_contact_ids(flt, 3) == ([5, 1, 4], False)
        assert store.check() == []
