"""The safety net's side on a server: check finds what can go wrong there, and pg_dump's
archive is made and verified (or its failure said in words)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from netjournal.demo import generator
from netjournal.storage import StorageError, serversafety
from netjournal.storage.sql import execute
from netjournal.storage.store import Store

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server(pg_url):  # type: ignore[no-untyped-def]
    with Store.open_url(pg_url) as store:
        generator.generate(store, contacts=20, seed=5)
        yield store


def test_a_healthy_journal_has_no_problems(server):
    assert server.check() == []


def test_a_search_document_that_missed_a_change_is_found(server):
    # a document kept while its text changed: the trigger that rebuilds it is bypassed
    execute(server.db, "ALTER TABLE contact_fts DISABLE TRIGGER USER")
    execute(server.db, "UPDATE contact_fts SET notes = 'zanzibar' WHERE rowid = 1")
    execute(server.db, "ALTER TABLE contact_fts ENABLE TRIGGER USER")
    assert server.check() == ["search index contact_fts: 1 documents out of step with "
                              "their text"]


def test_a_search_row_that_missed_a_rename_or_the_trash_is_found(server):
    # the contact's trigger bypassed: its search row keeps the old name and the old flag
    execute(server.db, "ALTER TABLE contact DISABLE TRIGGER USER")
    execute(server.db, "UPDATE contact SET name = 'Zanzibar' WHERE id = 1")
    execute(server.db, "UPDATE contact SET deleted_at = '2026-01-01 00:00:00' WHERE id = 2")
    execute(server.db, "ALTER TABLE contact ENABLE TRIGGER USER")
    problems = server.check()
    assert "search index contact_fts: 2 rows out of step with their contact's name or " \
        "trash" in problems


def test_a_row_pointing_at_no_contact_and_an_unknown_step_are_found(server):
    execute(server.db, "ALTER TABLE offer DROP CONSTRAINT offer_contact_id_fkey")
    execute(server.db, "INSERT INTO offer (contact_id, text, status, created_at, updated_at)"
                       " VALUES (99999, 'an intro', 'idea', '2026-01-01', '2026-01-01')")
    execute(server.db, "INSERT INTO schema_migration (name, applied)"
                       " VALUES ('0999_from_the_future', '2026-01-01')")
    problems = server.check()
    assert "foreign key offer.contact_id: not enforced by the server" in problems
    assert "foreign key offer.contact_id: 1 rows point at no contact" in problems
    assert "schema: steps from a newer NetJournal (0999_from_the_future)" in problems


def test_pg_dump_writes_an_archive_that_pg_restore_lists(server, tmp_path):
    dest = tmp_path / "journal.pgdump"
    serversafety.dump_archive(server.db, dest)
    assert dest.read_bytes().startswith(serversafety.ARCHIVE_MAGIC)


def _program(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def test_a_missing_or_failing_pg_dump_is_said_and_leaves_nothing(server, tmp_path,
                                                                 monkeypatch):
    dest = tmp_path / "journal.pgdump"
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(StorageError, match="pg_dump is not installed"):
        serversafety.dump_archive(server.db, dest)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _program(bin_dir, "pg_dump", 'echo "pg_dump: error: server version: 99.0" >&2; exit 1')
    _program(bin_dir, "pg_restore", "exit 0")
    monkeypatch.setenv("PATH", str(bin_dir) + os.pathsep + "/bin")
    with pytest.raises(StorageError, match="pg_dump failed: pg_dump: error: server version"):
        serversafety.dump_archive(server.db, dest)
    assert not dest.exists()
