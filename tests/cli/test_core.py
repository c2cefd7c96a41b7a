"""The command line over a real data folder: demo, search, check, damage."""

import json
import os
import sqlite3
import stat
from collections import Counter

import pytest

from netjournal.demo import clock as demo_clock
from netjournal.demo import words as demo_data
from netjournal.domain.details import fold
from netjournal.storage import damagecheck
from netjournal.storage.store import Store
from tests.conftest import run_netjournal


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    proc = run_netjournal("demo", "--contacts", "500", "--seed", "3", "--data-dir", str(folder))
    assert proc.returncode == 0, proc.stderr
    assert "created 500 contacts" in proc.stdout
    return folder


def test_demo_is_realistic(demo_dir):
    with Store(demo_dir / "netjournal.sqlite3") as store:
        db = store.db
        interactions = db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
        assert 8 <= interactions / 500 <= 12  # about ten per contact
        channels = {r[0] for r in db.execute_sql("SELECT DISTINCT channel FROM interaction")}
        assert len(channels) == 7
        span = db.execute_sql("SELECT julianday(max(occurred_at)) - julianday(min(occurred_at))"
                              " FROM interaction").fetchone()[0]
        assert span > 365 * 2.5  # three years of history
        for table in ("offer", "exchange", "introduction", "event", "connection_request"):
            assert db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
        assert db.execute_sql("SELECT count(*) FROM follow_up WHERE status = 'open'"
                              ).fetchone()[0] > 0
        names = [r[0] for r in db.execute_sql("SELECT name FROM contact")]
        assert any(n.endswith("Santoso") or n.endswith("Wijaya") for n in names)
        assert any(not n.isascii() for n in names)  # accents and CJK
        assert store.check() == []


def test_demo_is_deterministic(tmp_path, demo_dir):
    proc = run_netjournal("demo", "--contacts", "500", "--seed", "3",
                          "--data-dir", str(tmp_path / "again"))
    assert proc.returncode == 0

    def dump(folder):
        with sqlite3.connect(folder / "netjournal.sqlite3") as con:
            return con.execute("SELECT id, name, company, title, how_met FROM contact"
                               " ORDER BY id").fetchall()
    assert dump(tmp_path / "again") == dump(demo_dir)


def test_demo_refuses_a_journal_with_data(demo_dir):
    proc = run_netjournal("demo", "--contacts", "5", "--data-dir", str(demo_dir))
    assert proc.returncode == 1
    assert proc.stderr.startswith("netjournal demo: demo data only goes into an empty journal")
    assert "Traceback" not in proc.stderr


def test_search_finds_a_generated_surname(demo_dir):
    with sqlite3.connect(demo_dir / "netjournal.sqlite3") as con:
        named = {r[0] for r in con.execute("SELECT id FROM contact WHERE name LIKE '% Halim'")}
        # others say it somewhere on their card ("Introduced by Agus Halim") or timeline
        mentioned = {r[0] for r in con.execute(
            "SELECT id FROM contact WHERE name || company || title || how_met || interests"
            " || family || remember || notes LIKE '%Halim%' UNION"
            " SELECT p.contact_id FROM participant p JOIN interaction i"
            " ON i.id = p.interaction_id WHERE i.deleted_at IS NULL"
            " AND i.summary || i.goal || i.learned LIKE '%Halim%'")}
    assert named
    proc = run_netjournal("search", "Halim", "--json", "--limit", "1000",
                          "--data-dir", str(demo_dir))
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    found = {r["id"] for r in rows}
    assert named <= found <= mentioned | named
    assert set(rows[0]) >= {"id", "name", "company", "title", "tags"}


def test_search_without_diacritics_finds_names_with_them(demo_dir):
    with sqlite3.connect(demo_dir / "netjournal.sqlite3") as con:
        names = [r[0] for r in con.execute("SELECT DISTINCT name FROM contact")]
    accented = [n for n in names if not n.isascii() and fold(n).isascii()]
    assert len(accented) >= 5  # Zoë Müller, Łukasz Wójcik, Nguyễn Văn An and the like
    for name in accented[:5]:
        with sqlite3.connect(demo_dir / "netjournal.sqlite3") as con:
            expected = {r[0] for r in con.execute("SELECT id FROM contact WHERE name = ?",
                                                  (name,))}
        proc = run_netjournal("search", fold(name), "--json", "--limit", "1000",
                              "--data-dir", str(demo_dir))
        found = {r["id"]: r["name"] for r in json.loads(proc.stdout)}
        assert expected <= set(found), name
        assert all(fold(name) in fold(n) for n in found.values()), name


def test_demo_names_are_varied(demo_dir):
    with sqlite3.connect(demo_dir / "netjournal.sqlite3") as con:
        names = [r[0] for r in con.execute("SELECT name FROM contact")]
    assert max(Counter(names).values()) <= 5  # few exact namesakes among 500
    international = [n for n in names if fold(n).split()[-1] not in {
        fold(w) for w in demo_data.LAST_ID}]
    assert len(international) > 50 and len(set(international)) > 0.7 * len(international)


def test_demo_greets_people_by_their_given_name():
    assert demo_clock.given_name("Nguyễn Văn An") == "Văn An"
    assert demo_clock.given_name("王芳") == "芳"
    assert demo_clock.given_name("Budi Santoso") == "Budi"


def test_search_and_check_in_process(cli, store):
    store.contacts.create("Łukasz Wójcik", company="Siemens", tags=("data",))
    res = cli("search", "lukasz", "--json")
    assert res.code == 0 and res.json()[0]["name"] == "Łukasz Wójcik"
    assert res.json()[0]["tags"] == ["data"]
    res = cli("search", "nobody-here")
    assert res.code == 0 and "nothing matches" in res.out
    res = cli("check")
    assert res.code == 0 and res.out.startswith("ok:")


def test_backup_and_restore(cli, store, data_dir, tmp_path):
    store.contacts.create("Before Backup")
    res = cli("backup", "-o", str(tmp_path / "b.sqlite3"))
    assert res.code == 0 and stat.S_IMODE(os.stat(tmp_path / "b.sqlite3").st_mode) == 0o600
    store.contacts.create("After Backup")
    store.close()
    res = cli("restore", str(tmp_path / "b.sqlite3"))
    assert res.code == 0, res.err
    with Store.open(data_dir) as again:
        names = {c.name for c in again.contacts.summaries(
            again.search.contact_ids()).values()}
    assert names == {"Before Backup"}
    assert "the journal it replaced is kept as" in res.out
    assert "a verified copy is in" in res.out


def test_restore_refuses_a_file_that_is_not_a_backup(cli, tmp_path, store):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    res = cli("restore", str(bogus))
    assert res.code == 1 and "cannot be read as a journal" in res.err
    assert "the journal was not changed" in res.err
    assert store.check() == []


@pytest.mark.parametrize("args", [
    ["search", "x", "--data-dir", "/proc/nope/deeper"],
    ["check", "--data-dir", "/dev/null/x"],
])
def test_errors_are_one_line_without_traceback(args):
    proc = run_netjournal(*args)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"netjournal {args[0]}: ")


def test_database_newer_than_code_is_one_clear_line(data_dir):
    Store.open(data_dir).close()
    with sqlite3.connect(data_dir.database) as con:
        con.execute("INSERT INTO schema_migration (name, applied) VALUES ('0999_x', '2030')")
    proc = run_netjournal("check", "--data-dir", str(data_dir.root))
    assert proc.returncode == 1
    assert "newer version of NetJournal" in proc.stderr and "Traceback" not in proc.stderr


def _damage(path, where):
    """Scribble over ``path``: from its header or its second page to the end, or a stretch
    of its data pages (the schema still reads, the rows do not)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    pages = len(data) // page
    start, end = {"header": (0, pages), "schema": (1, pages),
                  "data": (pages * 7 // 10, pages * 8 // 10)}[where]
    for i in range(start * page, end * page, 3):
        data[i] = (i * 7919) % 251
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(data_dir):
    with Store.open(data_dir) as s, s.atomic():
        for i in range(200):
            s.contacts.create(f"Person {i}", company="Tokopedia", notes="x" * 200)
    return data_dir


def test_check_reports_a_damaged_database_in_words(damaged, cli):
    _damage(damaged.database, "data")
    res = cli("check")
    assert res.code == 3
    assert "is damaged" in res.err and "there is no verified backup" in res.err
    assert res.err.startswith("netjournal check: ") and res.err.count("\n") == 1


@pytest.mark.parametrize("where", ["header", "schema", "data"])
def test_commands_on_a_damaged_database_fail_in_one_line(damaged, where):
    _damage(damaged.database, where)
    for args in (["check"], ["search", "person"], ["export", "--format", "json", "-o",
                                                   str(damaged.root / "out.json")]):
        proc = run_netjournal(*args, "--data-dir", str(damaged.root))
        assert proc.returncode == 3, (args, proc.stdout)
        assert "Traceback" not in proc.stderr, proc.stderr
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(f"netjournal {args[0]}: ")


def test_check_runs_the_full_check_even_when_the_daily_one_passed(damaged, cli):
    assert cli("search", "person").code == 0  # the day's full check passes and is kept
    assert not damagecheck.full_check_due(damaged)
    _damage(damaged.database, "data")
    res = cli("check")
    assert res.code == 3 and "is damaged" in res.err


def test_file_that_is_not_a_database_is_one_line(data_dir):
    data_dir.database.write_text("my shopping list\n")
    proc = run_netjournal("check", "--data-dir", str(data_dir.root))
    assert proc.returncode == 3
    assert proc.stderr.count("\n") == 1 and "file is not a database" in proc.stderr


@pytest.mark.parametrize("where", ["header", "schema", "data"])
def test_restore_replaces_a_damaged_journal_and_keeps_it(cli, damaged, tmp_path, where):
    assert cli("backup", "-o", str(tmp_path / "good.sqlite3")).code == 0
    _damage(damaged.database, where)
    broken = damaged.database.read_bytes()
    res = cli("restore", str(tmp_path / "good.sqlite3"))
    assert res.code == 0, res.err
    assert cli("check").out.startswith("ok:")
    assert cli("search", "person", "--json", "--limit", "500").json().__len__() == 200
    kept = list(damaged.root.glob("netjournal.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == broken
    assert "the journal it replaced is kept as" in res.out
