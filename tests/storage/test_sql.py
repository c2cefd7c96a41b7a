"""The database errors the app catches: SQLite's always, SQLCipher's once its driver is in.

A journal that is not encrypted never loads SQLCipher (a few milliseconds at every start);
an encrypted one does, and from then on its errors are caught wherever SQLite's are.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import peewee
import pytest

from netjournal.storage import keyed
from netjournal.storage.sql import database_errors, file_or_sql_errors, sql_errors

BEFORE_THE_DRIVER = """
import sqlite3, sys
import peewee
from netjournal.storage import sql
from netjournal.storage.store import Store
assert "sqlcipher3" not in sys.modules, "the store loaded SQLCipher for a plain journal"
assert sql.database_errors() == (peewee.DatabaseError, sqlite3.DatabaseError)
assert sql.sql_errors() == (sqlite3.Error,)
assert sql.file_or_sql_errors() == (OSError, sqlite3.Error)
"""


def test_a_plain_journal_never_loads_sqlcipher_and_catches_sqlites_errors() -> None:
    done = subprocess.run([sys.executable, "-c", BEFORE_THE_DRIVER], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not keyed.available(), reason="SQLCipher is not installed")
def test_once_sqlcipher_is_loaded_its_errors_are_caught_too() -> None:
    driver = keyed.driver()
    assert driver.DatabaseError in database_errors()
    assert peewee.DatabaseError in database_errors()
    assert sqlite3.DatabaseError in database_errors()
    assert set(sql_errors()) == {sqlite3.Error, driver.Error}
    assert set(file_or_sql_errors()) == {OSError, sqlite3.Error, driver.Error}
    connection = driver.connect(":memory:")
    with pytest.raises(database_errors()):  # a statement SQLCipher refuses, caught as SQLite's
        connection.execute("SELECT * FROM no_such_table")
