"""Migration 0018: the reconnect suggestions' two indexes (contacts on their tie's default
cadence by the reference's day, contacts on their own cadence by the day it runs out),
made on a journal of the schema before it, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from playhouse.migrations import Runner

from netjournal.domain.ties import Cadences
from netjournal.storage.db import MIGRATIONS_DIR
from netjournal.storage.sql import execute, fetch_all
from tests.storage.upgrading import upgraded_store

pytestmark = pytest.mark.usefixtures("engine")

START = dt.datetime(2026, 12, 4, 17, 0, tzinfo=dt.UTC)
NOW = "2026-11-20 03:04:05"
# id, name, tie, own cadence, added on (never in touch since), in the bin since
PEOPLE = ((1, "Dewi Lestari", "close", None, "2026-09-01 10:00:00", None),
          (2, "Budi Santoso", "close", 7, "2026-11-01 10:00:00", None),
          (3, "Sari Wulandari", "regular", None, "2026-01-10T12:00:00", None),
          (4, "Agus Pangaribuan", "close", None, "2026-08-01 10:00:00", NOW),
          (5, "Rina Kopi", "weak", 400, "2026-06-01 10:00:00", None))


def _previous_schema(db) -> None:  # type: ignore[no-untyped-def]
    Runner(db, str(MIGRATIONS_DIR)).up("0017_search_name_order")
    for cid, name, tie, cadence, added, deleted in PEOPLE:
        execute(db, "INSERT INTO contact (id, name, tie_strength, cadence_days, created_at,"
                    " updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (cid, name, tie, cadence, added, NOW, deleted))


def test_the_suggestions_read_the_new_indexes_after_the_upgrade(request, engine, data_dir):
    store = upgraded_store(request, engine, data_dir, _previous_schema)
    with store:
        if engine == "postgresql":
            names = {r[0] for r in fetch_all(
                store.db, "SELECT indexname FROM pg_indexes WHERE tablename = 'contact'")}
        else:
            names = {r[0] for r in fetch_all(
                store.db, "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"contact_reconnect_default", "contact_reconnect_own"} <= names
        found = store.followups.reconnect_candidates(
            START, Cadences(close=30, regular=90, weak=180), 10)
        # Budi's own week ran out on Nov 8 (26 days past), Dewi's month on Oct 1 (64):
        # Dewi first; Sari's day-only reference counts; Agus is in the bin; Rina's 400
        # days have not run out
        assert [c.contact_id for c in found] == [1, 2, 3]
        assert [c.cadence_days for c in found] == [30, 7, 90]
        assert store.check() == []
