"""The safety net's storage: verified backups, listing, pruning, damage (putting one back:
test_backup_restore.py)."""

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netjournal.domain.retention import Retention
from netjournal.storage import backups
from netjournal.storage.db import find_damage
from netjournal.storage.store import Store

T0 = dt.datetime(2026, 3, 8, 9, 0, tzinfo=dt.UTC)


def _journal(data_dir, names=("Dewi Lestari", "Budi Santoso", "Rina Kusuma")):
    with Store.open(data_dir) as store:
        for name in names:
            store.contacts.create(name)
    return data_dir.database


def _names(path):
    with Store(path, migrate=False) as store:
        return sorted(c.name for c in store.contacts.summaries(
            [r[0] for r in store.db.execute_sql("SELECT id FROM contact")]).values())


def test_a_backup_is_private_verified_and_counted(data_dir):
    journal = _journal(data_dir)
    info = backups.take(journal, data_dir.backups, now=T0)
    assert info.verified and info.contacts == 3 and info.taken_at == T0
    assert stat.S_IMODE(os.stat(data_dir.backups).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(info.path).st_mode) == 0o600
    assert info.bytes == info.path.stat().st_size > 0
    assert _names(info.path) == ["Budi Santoso", "Dewi Lestari", "Rina Kusuma"]
    assert backups.list_backups(data_dir.backups) == [info]
    assert [p.name for p in data_dir.backups.iterdir()
            if p.name.endswith((".part", "-journal"))] == []


def test_backups_in_the_same_second_never_overwrite_one_another(data_dir):
    journal = _journal(data_dir)
    first = backups.take(journal, data_dir.backups, now=T0)
    with Store.open(data_dir) as store:
        store.contacts.create("Agus Utami")
    second = backups.take(journal, data_dir.backups, now=T0)
    assert first.path != second.path
    assert (first.contacts, second.contacts) == (3, 4)
    assert len(backups.list_backups(data_dir.backups)) == 2


def test_a_backup_of_a_damaged_journal_is_deleted_and_reported(data_dir):
    journal = _journal(data_dir, [f"person {i}" for i in range(400)])
    _scribble(journal)
    with pytest.raises(backups.StorageError):
        backups.take(journal, data_dir.backups, now=T0)
    assert backups.list_backups(data_dir.backups) == []
    assert list(data_dir.backups.iterdir()) == []


def test_a_read_only_backups_folder_skips_the_backup_and_leaves_the_journal(data_dir):
    journal = _journal(data_dir)
    before = journal.read_bytes()
    data_dir.backups.mkdir(mode=0o500)
    try:
        if os.access(data_dir.backups, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(backups.BackupSkippedError):
            backups.take(journal, data_dir.backups, now=T0)
    finally:
        data_dir.backups.chmod(0o700)
    assert journal.read_bytes() == before
    assert list(data_dir.backups.iterdir()) == []


def test_pruning_follows_the_retention_and_only_verified_copies(data_dir):
    journal = _journal(data_dir)
    taken = [T0 - dt.timedelta(hours=h) for h in (0, 5, 30, 80, 81, 200, 2000, 9000)]
    for when in taken:
        backups.take(journal, data_dir.backups, now=when)
    removed = backups.prune(data_dir.backups, Retention(all_days=2, daily=3, weekly=0,
                                                        monthly=0), now=T0)
    left = sorted(b.taken_at for b in backups.list_backups(data_dir.backups))
    # all of the last 2 days; one per day for 3 more days (80 h and 81 h share a day)
    assert left == sorted(taken[:4])
    assert len(removed) == 4
    assert not any(p.exists() for p in removed)


def test_damage_is_found_without_writing(data_dir):
    journal = _journal(data_dir, [f"person {i}" for i in range(400)])
    assert find_damage(journal) is None
    _scribble(journal)
    damaged = journal.read_bytes()
    assert find_damage(journal)
    assert journal.read_bytes() == damaged


@pytest.mark.parametrize("how", ["truncate", "header"])
def test_truncated_or_overwritten_header_is_damage(data_dir, how):
    journal = _journal(data_dir, [f"person {i}" for i in range(400)])
    data = journal.read_bytes()
    if how == "truncate":
        journal.write_bytes(data[:len(data) // 2])
    else:
        journal.write_bytes(os.urandom(100) + data[100:])
    assert find_damage(journal)


def test_new_journals_carry_netjournals_application_id(data_dir):
    journal = _journal(data_dir)
    con = sqlite3.connect(journal)
    assert con.execute("PRAGMA application_id").fetchone()[0] == backups.APPLICATION_ID
    con.close()


def _scribble(path):
    """Random bytes in the middle of the file, as a failing disk might leave."""
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    data[mid:mid + 40 * 1024] = os.urandom(min(40 * 1024, len(data) - mid))
    path.write_bytes(bytes(data))


def test_parts_left_by_a_killed_backup_are_cleared_by_the_next(data_dir):
    journal = _journal(data_dir)
    data_dir.backups.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = data_dir.backups / f"netjournal-20260101-000000.sqlite3.{dead}.part"
    stale.write_bytes(b"half a copy")
    Path(str(stale) + "-journal").write_bytes(b"x")
    backups.take(journal, data_dir.backups, now=T0)
    assert sorted(p.suffix for p in data_dir.backups.iterdir()) == [".json", ".sqlite3"]
