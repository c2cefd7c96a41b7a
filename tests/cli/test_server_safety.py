"""The safety net on a PostgreSQL server: backups in the data folder (pg_dump's checked
archive, or the JSON full export), their list, restore into an empty database only, and a
check of what applies there."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from netjournal.interop import serverbackups
from tests.conftest import run_netjournal

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_journal(cli, pg_url, monkeypatch):  # type: ignore[no-untyped-def]
    """The test's commands on its server database, holding two contacts."""
    monkeypatch.setenv("NETJOURNAL_DATABASE", pg_url)
    for line in ("Budi Santoso (Tokopedia) #fintech", "Sari Wijaya (Gojek)"):
        assert cli("add", line, "--new").code == 0
    return pg_url


def _without_pg_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     pg_dump: str | None = None) -> None:
    """PATH without PostgreSQL's programs; ``pg_dump``: a script standing in for it."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    if pg_dump is not None:
        for name, body in (("pg_dump", pg_dump), ("pg_restore", "exit 0")):
            path = folder / name
            path.write_text(f"#!/bin/sh\n{body}\n")
            path.chmod(path.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(folder))


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")
def test_backup_writes_pg_dumps_checked_archive_when_it_is_installed(cli, server_journal,
                                                                      data_dir):
    done = cli("backup")
    assert done.code == 0, done.err
    assert "pg_dump archive checked with pg_restore --list" in done.out and done.err == ""
    (found,) = serverbackups.list_backups(data_dir.backups)
    assert found.kind == serverbackups.Kind.ARCHIVE and found.verified
    assert found.contacts == 2 and str(found.path) in done.out
    assert found.path.read_bytes().startswith(b"PGDMP")
    assert stat.S_IMODE(os.stat(found.path).st_mode) == 0o600


def test_without_pg_dump_the_backup_is_json_and_says_why(cli, server_journal, data_dir,
                                                        tmp_path, monkeypatch):
    _without_pg_dump(tmp_path, monkeypatch)
    done = cli("backup")
    assert done.code == 0, done.err
    assert "warning: pg_dump is not installed: a JSON full export was written instead" \
        in done.err
    assert "a verified JSON full export" in done.out
    _without_pg_dump(tmp_path, monkeypatch, 'echo "pg_dump: error: aborting because of '
                                            'server version mismatch" >&2; exit 1')
    failed = cli("backup")
    assert failed.code == 0, failed.err
    assert "pg_dump did not work (pg_dump failed: pg_dump: error: aborting because of " \
           "server version mismatch)" in failed.err
    found = serverbackups.list_backups(data_dir.backups)
    assert [b.kind for b in found] == [serverbackups.Kind.JSON] * 2
    assert all(b.verified and b.contacts == 2 for b in found)
    assert found[0].path != found[1].path
    assert not [p for p in data_dir.backups.iterdir() if p.name.startswith(".")]


def test_backups_lists_both_kinds(cli, server_journal, data_dir, tmp_path, monkeypatch):
    assert cli("backup", "--format", "json").code == 0
    if shutil.which("pg_dump"):
        assert cli("backup", "--format", "pg_dump").code == 0
    rows = cli("backups", "--json").json()
    assert {r["kind"] for r in rows} == ({"json", "pg_dump"} if shutil.which("pg_dump")
                                         else {"json"})
    assert all(set(r) == {"path", "taken_at", "bytes", "contacts", "verified", "kind",
                          "database"} for r in rows)
    assert all(r["verified"] and r["contacts"] == 2 and "@127.0.0.1" in r["database"]
               for r in rows)
    text = cli("backups").out.splitlines()
    assert len(text) == len(rows) and "JSON" in "".join(text)


def test_restore_brings_a_json_backup_into_an_empty_database_only(
        cli, server_journal, pg_server, data_dir, tmp_path):
    backup = tmp_path / "journal.json"
    assert cli("backup", "-o", str(backup)).code == 0
    before = cli("search", "a", "--json").json()
    # into the same database: it holds a journal, so nothing is changed
    refused = cli("restore", str(backup))
    assert refused.code == 1 and "already holds a journal" in refused.err
    assert refused.err.count("\n") == 1
    name = f"{tmp_path.name}_restore".lower()[-60:]
    empty = pg_server.create_database(name)
    try:
        done = cli("restore", str(backup), "--database", empty)
        assert done.code == 0, done.err
        assert "(2 contacts)" in done.out
        assert cli("search", "a", "--json", "--database", empty).json() == before
        assert "ok:" in cli("check", "--database", empty).out
    finally:
        pg_server.drop_database(name)


def test_restore_refuses_an_archive_a_journal_file_and_other_files_in_words(
        cli, server_journal, pg_server, data_dir, tmp_path):
    name = f"{tmp_path.name}_other".lower()[-60:]
    empty = pg_server.create_database(name)
    archive = tmp_path / "journal.pgdump"
    archive.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 64)
    sqlite_file = tmp_path / "netjournal.sqlite3"
    sqlite_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    other = tmp_path / "notes.json"
    other.write_text(json.dumps({"hello": "world"}))
    try:
        for path, words in ((archive, "is a pg_dump archive: restore it with pg_restore"),
                            (sqlite_file, "is a SQLite journal: `netjournal copy-to URL"),
                            (other, "is not a NetJournal JSON backup"),
                            (tmp_path / "missing.json", "cannot be read")):
            refused = cli("restore", str(path), "--database", empty)
            assert refused.code == 1 and words in refused.err, refused.err
            assert refused.err.count("\n") == 1 and "was not changed" in refused.err
        assert cli("search", "a", "--json", "--database", empty).json() == []
    finally:
        pg_server.drop_database(name)


def test_restore_latest_takes_the_newest_json_backup_of_this_database(
        cli, server_journal, pg_server, data_dir):
    assert cli("backup", "--format", "json").code == 0
    before = cli("search", "a", "--json").json()
    name = server_journal.rsplit("/", 1)[1]
    pg_server.drop_database(name)  # the database is lost, and made again empty
    pg_server.create_database(name)
    done = cli("restore", "--latest")
    assert done.code == 0, done.err
    assert cli("search", "a", "--json").json() == before


def test_check_says_what_it_looked_at_on_a_server(cli, server_journal):
    done = cli("check")
    assert done.code == 0, done.err
    assert "ok:" in done.out and "the search index against its rows" in done.out


def test_the_server_lines_speak_indonesian(server_journal, data_dir, tmp_path, monkeypatch):
    _without_pg_dump(tmp_path, monkeypatch)
    done = run_netjournal("backup", "--lang", "id", "--data-dir", str(data_dir.root))
    assert done.returncode == 0, done.stderr
    assert "pg_dump tidak terpasang" in done.stderr and "ekspor lengkap JSON" in done.stdout
    refused = run_netjournal("restore", str(tmp_path / "missing.json"), "--lang", "id",
                             "--data-dir", str(data_dir.root))
    assert refused.returncode == 1 and "basis data tidak diubah" in refused.stderr
