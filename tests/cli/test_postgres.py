"""The command line on a PostgreSQL server: the same answers as on the SQLite file, a
lossless copy either way, and writers that never lose each other's work."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import run_netjournal
from tests.report.helpers import pdf_pages, pdf_text

pytestmark = pytest.mark.postgresql

QUERIES = ["budi", "sari", "tokopedia", "fintech", "jakarta", "kopi", "a"]


def _names(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [c["name"] for c in result.json()]


def _full_export(cli, tmp_path: Path, name: str, *where: str) -> dict:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    assert cli("export", "--format", "json", "-o", str(out), *where).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    del data["exported_at"]
    return data


def test_the_same_demo_answers_the_same_on_both_engines(cli, pg_url, tmp_path):
    server = ("--database", pg_url)
    for where in ((), server):
        assert cli("demo", "--contacts", "400", "--seed", "21", *where).code == 0
    for query in QUERIES:
        on_file = cli("search", query, "--json", "--limit", "500")
        on_server = cli("search", query, "--json", "--limit", "500", *server)
        assert on_file.code == on_server.code == 0
        assert _names(on_server) == _names(on_file), query
    assert cli("due", "--json", *server).json() == cli("due", "--json").json()
    for fmt in ("vcard", "csv", "json"):
        counts = [cli("export", "--format", fmt, "-o", str(tmp_path / f"{n}.{fmt}"),
                      *where).out for n, where in (("file", ()), ("server", server))]
        assert counts[0] == counts[1].replace(str(tmp_path / "server"),
                                              str(tmp_path / "file")), fmt
    pdf = tmp_path / "budi.pdf"
    printed = cli("print", "1", "-o", str(pdf), *server)
    assert printed.code == 0, printed.err
    assert pdf_pages(pdf) == 1 and pdf_text(pdf).strip()
    assert "ok:" in cli("check", *server).out


def test_copy_to_a_server_and_back_is_lossless(cli, pg_url, tmp_path):
    assert cli("demo", "--contacts", "60", "--seed", "3").code == 0
    before = _full_export(cli, tmp_path, "before.json")
    copied = cli("copy-to", pg_url)
    assert copied.code == 0, copied.err
    assert "copied 60 contacts" in copied.out and "@127.0.0.1" in copied.out
    assert _full_export(cli, tmp_path, "server.json", "--database", pg_url) == before
    back = tmp_path / "back"
    assert cli("copy-to", str(back), "--database", pg_url).code == 0
    assert cli("export", "--format", "json", "-o", str(tmp_path / "b.json"), "--data-dir",
               str(back), data=False).code == 0
    again = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    del again["exported_at"]
    assert again == before
    # a journal is never copied over another one
    refused = cli("copy-to", pg_url)
    assert refused.code == 1 and "already holds a journal" in refused.err
    assert len(refused.err.strip().splitlines()) == 1


def test_two_writers_on_a_server_keep_every_contact(pg_url, tmp_path):
    env = {"NETJOURNAL_DATABASE": pg_url, "NETJOURNAL_DATA_DIR": str(tmp_path / "data")}
    assert run_netjournal("add", "First Person", env=env).returncode == 0

    def writer(k: int) -> list[int]:
        codes = []
        for n in range(15):
            done = subprocess.run([sys.executable, "-m", "netjournal", "add",
                                   f"Writer{k} Person{n:02}", "--new"],
                                  capture_output=True, text=True, check=False,
                                  env={**__import__("os").environ, **env})
            codes.append(done.returncode)
        return codes

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(writer, (1, 2)))
    assert all(code == 0 for codes in results for code in codes)
    found = run_netjournal("search", "writer", "--json", "--limit", "100", env=env)
    names = {c["name"] for c in json.loads(found.stdout)}
    assert len(names) == 30


def test_safety_commands_say_what_applies_on_a_server(cli, pg_url, tmp_path):
    server = ("--database", pg_url)
    assert cli("add", "Budi Santoso (Tokopedia)", *server).code == 0
    backed = cli("backup", "-o", str(tmp_path / "server.json"), *server)
    assert backed.code == 0 and "JSON full export" in backed.out
    restored = cli("import", str(tmp_path / "server.json"), "--data-dir",
                   str(tmp_path / "fresh"), data=False)
    assert restored.code == 0, restored.err
    for command in (("restore", "--latest"), ("backups",)):
        refused = cli(*command, *server)
        assert refused.code == 1 and "not on a PostgreSQL server" in refused.err
        assert len(refused.err.strip().splitlines()) == 1


def test_a_url_that_is_not_postgresql_is_refused_in_words(cli):
    wrong = cli("search", "budi", "--database", "mysql://ana@db/journal")
    assert wrong.code == 1 and "is not a PostgreSQL URL" in wrong.err
    gone = cli("search", "budi", "--database", "postgresql://ana:pw@127.0.0.1:1/journal")
    assert gone.code == 1 and "cannot reach the database" in gone.err and "pw" not in gone.err


def test_the_app_never_opens_the_file_when_a_server_was_asked_for(tmp_path):
    from tests.pgserver import free_port

    done = run_netjournal("--database", f"postgresql://ana@127.0.0.1:{free_port()}/journal",
                          "--data-dir", str(tmp_path / "data"), "--quit-when-ready",
                          env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1
    assert "cannot reach the database server 127.0.0.1:" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "data" / "netjournal.sqlite3").exists()


def test_commands_not_ready_for_a_server_refuse_and_change_nothing(cli, pg_url):
    for command in (("duplicates",), ("merge", "1", "2"), ("sync", "--vdir", "x")):
        refused = cli(*command, "--database", pg_url)
        assert refused.code == 1 and "not on a PostgreSQL server" in refused.err


def test_encryption_on_a_server_is_the_servers_own(cli, pg_url):
    refused = cli("encrypt", "--database", pg_url)
    assert refused.code == 1 and "sslmode=require" in refused.err
