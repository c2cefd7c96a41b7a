"""Migration 0011: the sync state's card sizes and times in 64 bits, made from the schema
before it (on a server its 32-bit columns could not hold a time in nanoseconds)."""

from __future__ import annotations

import time

import pytest
from peewee import DataError
from playhouse.migrations import Runner

from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.dialect import is_postgres
from netjournal.storage.sql import execute
from tests.storage.upgrading import upgraded_store

pytestmark = pytest.mark.usefixtures("engine")

STATE = ("INSERT INTO vdir_state (uid, folder, contact_id, file_name, size, mtime_ns,"
         " content_hash, synced_at) VALUES (?, '/cards', 1, ?, 10, ?, 'h', '2026-01-01')")


def _previous_schema(db) -> None:  # type: ignore[no-untyped-def]
    Runner(db, str(MIGRATIONS_DIR)).up("0009_startup_index")
    execute(db, "INSERT INTO contact (id, name, created_at, updated_at)"
                " VALUES (1, 'Dewi Lestari', '2026-01-01', '2026-01-01')")
    if is_postgres(db):  # the 32-bit column of the schema before
        with pytest.raises(DataError), db.atomic():
            execute(db, STATE, ["u0", "u0.vcf", time.time_ns()])


def test_a_card_time_in_nanoseconds_fits_after_the_upgrade(request, engine, data_dir):
    now_ns = time.time_ns()
    store = upgraded_store(request, engine, data_dir, _previous_schema)
    with store:
        execute(store.db, STATE, ["u1", "u1.vcf", now_ns])
        assert store.addressbook.stats("/cards") == {("u1.vcf", 10, now_ns)}
        assert store.contacts.get(1).name == "Dewi Lestari"
        assert store.check() == []
