"""Putting a backup back in the journal's place: checked first, the journal it replaces
kept beside it, a held journal never swapped."""

import sqlite3

import pytest

from netjournal.storage import backup_restore, backups
from netjournal.storage.db import find_damage
from netjournal.storage.lock import WriterLock
from netjournal.storage.store import Store
from tests.storage.test_backups import T0, _journal, _names, _scribble


def test_restore_brings_a_backup_back_and_keeps_the_damaged_file(data_dir):
    journal = _journal(data_dir, [f"person {i}" for i in range(400)])
    info = backups.take(journal, data_dir.backups, now=T0)
    _scribble(journal)
    damaged = journal.read_bytes()
    result = backup_restore.restore(data_dir, info.path)
    assert result.contacts == 400 and result.safety is None
    assert result.kept is not None and result.kept.read_bytes() == damaged
    assert result.kept.name.startswith("netjournal.sqlite3.damaged-")
    assert find_damage(journal) is None
    assert len(_names(journal)) == 400
    assert not [p for p in data_dir.root.iterdir() if p.name.startswith(".restore-")]


def test_a_foreign_sqlite_file_is_refused_and_the_journal_still_works(data_dir, tmp_path):
    journal = _journal(data_dir)
    before = journal.read_bytes()
    foreign = tmp_path / "f.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(backup_restore.RefusedError, match="not a NetJournal journal"):
        backup_restore.restore(data_dir, foreign)
    assert journal.read_bytes() == before
    assert _names(journal) == ["Budi Santoso", "Dewi Lestari", "Rina Kusuma"]
    assert sorted(p.name for p in data_dir.root.iterdir()
                  if p.name.startswith((".restore", "netjournal.sqlite3.damaged"))) == []


def test_a_newer_journal_is_refused(data_dir, tmp_path):
    journal = _journal(data_dir)
    newer = tmp_path / "newer.sqlite3"
    backups.copy_journal(journal, newer)
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '')")
    con.commit()
    con.close()
    with pytest.raises(backup_restore.RefusedError, match="newer version"):
        backup_restore.restore(data_dir, newer)


def test_restore_waits_for_no_one_it_refuses_a_held_journal(data_dir):
    journal = _journal(data_dir)
    info = backups.take(journal, data_dir.backups, now=T0)
    before = journal.read_bytes()
    with WriterLock(data_dir.lock), pytest.raises(backups.StorageError):
        backup_restore.restore(data_dir, info.path)
    assert journal.read_bytes() == before


def test_a_healthy_journal_replaced_by_restore_gets_a_verified_copy(data_dir):
    journal = _journal(data_dir)
    info = backups.take(journal, data_dir.backups, now=T0)
    with Store.open(data_dir) as store:
        store.contacts.create("Agus Utami")
    result = backup_restore.restore(data_dir, info.path)
    assert result.safety is not None and result.safety.verified
    assert result.safety.contacts == 4
    assert len(_names(journal)) == 3
