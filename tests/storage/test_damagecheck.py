"""When the checks run: header and schema at every open, quick_check once a day."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat

import pytest

from netjournal.storage import damagecheck
from netjournal.storage.lock import WriterLock
from netjournal.storage.store import Store


@pytest.fixture
def journal(data_dir):
    with Store.open(data_dir) as s, s.atomic():
        for i in range(300):
            s.contacts.create(f"Person {i}", company="Tokopedia", notes="x" * 300)
    return data_dir


def _page_size(path):
    with sqlite3.connect(path) as con:
        return con.execute("PRAGMA page_size").fetchone()[0]


def _scribble(path, first_page, last_page):
    """Overwrite pages ``first_page`` (0-based) up to ``last_page`` with noise."""
    page = _page_size(path)
    data = bytearray(path.read_bytes())
    for i in range(first_page * page, min(last_page * page, len(data)), 3):
        data[i] = (i * 7919) % 251
    path.write_bytes(bytes(data))


def test_the_full_check_is_due_once_a_day_and_remembered(journal):
    assert damagecheck.full_check_due(journal)  # never checked
    assert damagecheck.routine_check(journal) is None
    state = damagecheck.state_path(journal)
    assert state.exists() and stat.S_IMODE(state.stat().st_mode) == 0o600
    assert not damagecheck.full_check_due(journal)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=23)
    assert not damagecheck.full_check_due(journal, now=later)
    assert damagecheck.full_check_due(journal, now=later + dt.timedelta(hours=2))
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)  # the clock went back
    assert damagecheck.full_check_due(journal, now=earlier)


def test_another_file_in_place_is_checked_in_full(journal, tmp_path):
    assert damagecheck.routine_check(journal) is None
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(journal.database, copy)
    os.replace(copy, journal.database)  # what a restore does: same bytes, another file
    assert damagecheck.full_check_due(journal)


def test_an_unreadable_state_file_means_a_full_check(journal):
    damagecheck.record_full_check(journal)
    damagecheck.state_path(journal).write_text("{not json")
    assert damagecheck.full_check_due(journal)


def test_a_log_left_by_a_dead_writer_is_a_crash_sign(journal):
    damagecheck.record_full_check(journal)
    con = sqlite3.connect(journal.database)  # a writer that never closes: its log stays
    con.execute("PRAGMA journal_mode=wal")
    con.execute("UPDATE contact SET notes = 'changed' WHERE id = 1")
    con.commit()
    try:
        assert os.path.getsize(str(journal.database) + "-wal") > 0
        assert damagecheck.crash_sign(journal)
        assert damagecheck.full_check_due(journal)
        with WriterLock(journal.app_lock):  # a live app holds it: its log, not a crash
            assert not damagecheck.crash_sign(journal)
            assert not damagecheck.full_check_due(journal)
    finally:
        con.close()
    assert not damagecheck.crash_sign(journal)  # the last close folded the log back


@pytest.mark.parametrize("where", ["header", "schema", "truncated"])
def test_the_cheap_check_catches_a_broken_header_schema_or_length(journal, where):
    damagecheck.record_full_check(journal)
    assert not damagecheck.full_check_due(journal)
    path = journal.database
    if where == "header":
        _scribble(path, 0, 1)
    elif where == "schema":  # the header stays, the schema's first page does not
        raw = bytearray(path.read_bytes())
        raw[100:_page_size(path)] = bytes((i * 7919) % 251 for i in range(100, len(
            raw[:_page_size(path)])))
        path.write_bytes(bytes(raw))
    else:
        with path.open("r+b") as fh:
            fh.truncate(path.stat().st_size // 2)
    damagecheck.record_full_check(journal)  # even a same-day record does not hide it
    assert damagecheck.routine_check(journal) is not None


def test_damaged_rows_wait_for_the_daily_check(journal):
    """The trade-off, shown: a page of rows scribbled over after today's check is not
    seen by the cheap check; the next full check (tomorrow, or `netjournal check`) sees it."""
    assert damagecheck.routine_check(journal) is None  # today's full check passed
    pages = journal.database.stat().st_size // _page_size(journal.database)
    _scribble(journal.database, pages * 7 // 10, pages * 8 // 10)
    assert damagecheck.routine_check(journal) is None  # cheap: header and schema only
    assert damagecheck.routine_check(journal, full=True) is not None
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1)
    assert damagecheck.full_check_due(journal, now=tomorrow)


def test_a_failed_full_check_is_not_remembered(journal):
    pages = journal.database.stat().st_size // _page_size(journal.database)
    _scribble(journal.database, pages * 7 // 10, pages * 8 // 10)
    assert damagecheck.routine_check(journal) is not None
    assert not damagecheck.state_path(journal).exists()
    assert damagecheck.full_check_due(journal)
