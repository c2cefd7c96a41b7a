"""The journal a schema step's test starts from: the schema before the step, with its
rows, made on the engine under test and then opened by the store (upgraded by every step
since, as a user's journal is on its first open)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from peewee import Database, SqliteDatabase

from netjournal.paths import DataDir
from netjournal.storage.postgres import connect_postgres
from netjournal.storage.store import Store


def upgraded_store(request: pytest.FixtureRequest, engine: str, data_dir: DataDir,
                   previous: Callable[[Database], None]) -> Store:
    """``previous(db)`` makes the journal before the step; the store then opens it."""
    if engine == "postgresql":
        url = request.getfixturevalue("pg_url")
        db: Database = connect_postgres(url)
        previous(db)
        db.close()
        return Store.open_url(url)
    db = SqliteDatabase(str(data_dir.database), pragmas={"foreign_keys": 1})
    previous(db)
    db.close()
    return Store.open(data_dir)
