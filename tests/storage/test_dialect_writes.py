"""The dialect's writes that SQLite says in one word: the same result on both engines."""

from __future__ import annotations

import pytest

from netjournal.storage.dialect import insert_or_replace, random_uuid, update_or_ignore
from netjournal.storage.sql import execute, fetch_all

pytestmark = pytest.mark.usefixtures("engine")


def test_update_or_ignore_leaves_the_row_that_would_repeat_a_unique_key(store):
    execute(store.db, "CREATE TABLE pair (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL,"
                      " thing TEXT NOT NULL, UNIQUE (owner, thing))")
    for rid, owner, thing in ((1, 1, "pen"), (2, 1, "cup"), (3, 2, "pen"), (4, 2, "hat")):
        execute(store.db, "INSERT INTO pair (id, owner, thing) VALUES (?, ?, ?)",
                [rid, owner, thing])
    with store.atomic():
        update_or_ignore(store.db, "pair", "owner = ?", "owner = ?", [2, 1], "id", [1, 2])
    rows = fetch_all(store.db, "SELECT id, owner, thing FROM pair ORDER BY id")
    assert [tuple(r) for r in rows] == [(1, 1, "pen"), (2, 2, "cup"), (3, 2, "pen"),
                                        (4, 2, "hat")]


def test_insert_or_replace_and_random_uuids(store):
    sql = insert_or_replace(store.db, "note", ("key", "text"), "key")
    execute(store.db, "CREATE TABLE note (key TEXT PRIMARY KEY, text TEXT NOT NULL)")
    execute(store.db, sql, ["a", "first"])
    execute(store.db, sql, ["a", "second"])
    assert [tuple(r) for r in fetch_all(store.db, "SELECT key, text FROM note")] == [
        ("a", "second")]
    uuids = {r[0] for r in fetch_all(store.db, f"SELECT {random_uuid(store.db)} FROM note"
                                               " UNION ALL SELECT "
                                               f"{random_uuid(store.db)}")}
    assert len(uuids) == 2 and all(len(u) == 36 and u[14] == "4" for u in uuids)
