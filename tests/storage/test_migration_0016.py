"""Migration 0016: a card's stamp moves on when a write leaves it as it was (two saves in
one second), made from the schema before it; a write of another stamp keeps that one."""

from __future__ import annotations

import pytest
from playhouse.migrations import Runner

from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.sql import execute, fetch_all
from tests.storage.upgrading import upgraded_store

pytestmark = pytest.mark.usefixtures("engine")


def _previous_schema(db) -> None:  # type: ignore[no-untyped-def]
    Runner(db, str(MIGRATIONS_DIR)).up("0013_journal_writes")
    execute(db, "INSERT INTO contact (id, name, created_at, updated_at)"
                " VALUES (1, 'Dewi Lestari', '2026-01-01 08:00:00', '2026-03-02 14:02:59')")
    # before the step, a write of the same stamp leaves it as it was
    execute(db, "UPDATE contact SET title = 'CTO', updated_at = '2026-03-02 14:02:59'")
    assert _stamp(db) == "2026-03-02 14:02:59"


def _stamp(db) -> str:  # type: ignore[no-untyped-def]
    return str(fetch_all(db, "SELECT updated_at FROM contact WHERE id = 1")[0][0])


def test_an_unchanged_stamp_moves_on_after_the_upgrade(request, engine, data_dir):
    store = upgraded_store(request, engine, data_dir, _previous_schema)
    with store:
        execute(store.db, "UPDATE contact SET title = 'CEO', "
                          "updated_at = '2026-03-02 14:02:59' WHERE id = 1")
        assert _stamp(store.db) == "2026-03-02 14:03:00"  # across the minute, too
        execute(store.db, "UPDATE contact SET updated_at = '2020-01-01 00:00:00' WHERE id = 1")
        assert _stamp(store.db) == "2020-01-01 00:00:00"  # another stamp is kept
        execute(store.db, "UPDATE contact SET notes = 'met at JSConf' WHERE id = 1")
        assert _stamp(store.db) == "2020-01-01 00:00:00"  # a write that sets no stamp
        card = store.contacts.get(1)
        assert (card.title, card.notes) == ("CEO", "met at JSConf")
        assert store.check() == []
