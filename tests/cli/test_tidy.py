"""A tidy command line: one-line errors, grouped help, cut lists that say so, PDF names,
and a demo summary that counts what it wrote."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from netjournal.cli import COMMAND_GROUPS, build_parser
from netjournal.paths import DataDir
from netjournal.storage.lock import WriterLock
from tests.conftest import run_netjournal

pytest.importorskip("netjournal.ui.resources_rc", reason="run `make resources` first")

ENGLISH = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}


@pytest.fixture(scope="module")
def journal(tmp_path_factory) -> Path:
    """A journal with five people called Budi (one of them met at JakartaJS)."""
    folder = tmp_path_factory.mktemp("tidy") / "data"
    lines = ["Budi Santoso (Tokopedia, PM) @JakartaJS #fintech likes dogs",
             "Budi Hartono (Gojek)", "Budi Wijaya (OVO)", "Budi Setiawan (Grab)",
             "Budi Permana (Traveloka)"]
    for line in lines:
        proc = run_netjournal("add", line, "--new", "--data-dir", str(folder), env=ENGLISH)
        assert proc.returncode == 0, proc.stderr
    return folder


def _run(folder: Path, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return run_netjournal(*args, "--data-dir", str(folder), env={**ENGLISH, **(env or {})})


FAILING = [
    ("add", "Budi (Tokopedia !xyz likes"),  # two problems in the line
    ("add", "Budi Santos likes cats"),  # close to a contact: the candidates
    ("add", "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech likes dogs"),  # a repeat
    ("search", "  "),
    ("print", "budi", "-o", "out.pdf"),  # several people: listed
    ("print", "1", "-o", "summary.txt"),
    ("print", "#999", "-o", "out.pdf"),
    ("import", "missing.vcf"),
    ("import", "notes.txt"),  # a file of no known kind
    ("restore", "missing.sqlite3"),
    ("export", "--format", "vcard", "-o", "no/such/folder/out.vcf"),
    ("due", "--no-such-option"),  # a usage error
]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_error_is_one_line_headline_first(journal, tmp_path, lang) -> None:
    (tmp_path / "notes.txt").write_text("just some notes\n", encoding="utf-8")
    os.chdir(tmp_path)
    for args in FAILING:
        proc = _run(journal, *args, "--lang", lang)
        assert proc.returncode != 0, (args, proc.stdout)
        lines = proc.stderr.splitlines()
        assert len(lines) == 1, (args, proc.stderr)
        assert re.match(rf"netjournal( {args[0]})?: \S", lines[0]), (args, lines)
        assert "Traceback" not in proc.stderr
    assert not (tmp_path / "summary.txt").exists()


def test_a_busy_journal_and_a_damaged_one_are_one_line(journal, tmp_path) -> None:
    folder = DataDir(journal)
    with WriterLock(folder.lock).held_while():
        proc = _run(journal, "add", "Rina Kusuma", env={"NETJOURNAL_LOCK_TIMEOUT": "1.5"})
    assert proc.returncode == 1
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert "kept the journal busy" in proc.stderr
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "netjournal.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    proc = _run(damaged, "due")
    assert proc.returncode == 3
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert proc.stderr.startswith("netjournal due: the journal ")


def test_verbose_adds_the_details_under_the_headline(journal) -> None:
    quiet = _run(journal, "add", "Budi Santos likes cats")
    loud = _run(journal, "add", "Budi Santos likes cats", "--verbose")
    assert quiet.returncode == loud.returncode == 1
    lines = loud.stderr.splitlines()
    assert lines[0] == quiet.stderr.rstrip("\n")  # the headline first, unchanged
    assert len(lines) > 1 and all(line.startswith("  #") for line in lines[1:])
    assert any("Budi Santoso (PM, Tokopedia): last met " in line for line in lines[1:])
    # before the command too
    assert _run(journal, "--verbose", "add", "Budi Santos likes cats").stderr == loud.stderr


def test_print_refuses_a_name_that_is_not_pdf(journal, tmp_path) -> None:
    for name, lang, words in (("summary.txt", "en", "is not a .pdf name"),
                              ("summary", "id", "bukan nama .pdf")):
        target = tmp_path / name
        proc = _run(journal, "print", "1", "-o", str(target), "--lang", lang)
        assert proc.returncode == 1
        assert words in proc.stderr and str(tmp_path / "summary.pdf") in proc.stderr
        assert not target.exists() and not (tmp_path / "summary.pdf").exists()
    upper = tmp_path / "SUMMARY.PDF"
    assert _run(journal, "print", "1", "-o", str(upper)).returncode == 0
    assert upper.read_bytes().startswith(b"%PDF")


def test_a_cut_list_says_how_many_more_matched(journal) -> None:
    found = _run(journal, "search", "budi", "--json")
    total = len(re.findall(r'"id":', found.stdout))
    assert total == 5
    for lang, more in (("en", "and %d more"), ("id", "dan %d lainnya")):
        out = _run(journal, "search", "budi", "--limit", "3", "--lang", lang).stdout
        contacts = out.split("\n\n")[0].splitlines()
        assert len(contacts) == 4 and contacts[-1].strip() == more % (total - 3)
    whole = _run(journal, "search", "budi").stdout
    assert "more" not in whole


def test_help_groups_the_commands(tmp_path) -> None:
    proc = run_netjournal("--help")
    assert proc.returncode == 0
    text = proc.stdout
    headings = [f"  {title}:" for title, names in COMMAND_GROUPS if names]
    where = [text.index(h + "\n") for h in headings]
    assert where == sorted(where)
    sub = build_parser()._subparsers._group_actions[0]  # type: ignore[union-attr]
    listed = re.findall(r"^    (\S+)  ", text, re.M)
    assert sorted(listed) == sorted(sub.choices)  # every command once
    for title, names in COMMAND_GROUPS:
        for name in names:  # under its own heading: the nearest one above it
            line = text.index(f"\n    {name}  ")
            nearest = max((text.rfind(h + "\n", 0, line + 1), h) for h in headings)
            assert nearest[1] == f"  {title}:", name


def test_the_demo_summary_counts_what_the_journal_holds(tmp_path) -> None:
    folder = tmp_path / "demo"
    proc = run_netjournal("demo", "--contacts", "40", "--seed", "8", "--data-dir", str(folder),
                          env=ENGLISH)
    assert proc.returncode == 0, proc.stderr
    said = re.match(r"created (\d+) contacts, (\d+) interactions, (\d+) events and (\d+) "
                    r"open follow-ups in ", proc.stdout)
    assert said is not None, proc.stdout
    con = sqlite3.connect(f"file:{folder / 'netjournal.sqlite3'}?mode=ro", uri=True)
    try:
        counts = [con.execute(sql).fetchone()[0] for sql in (
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL",
            "SELECT count(*) FROM interaction WHERE deleted_at IS NULL",
            "SELECT count(*) FROM event",
            "SELECT count(*) FROM follow_up WHERE status = 'open'")]
    finally:
        con.close()
    assert [int(n) for n in said.groups()] == counts
    assert counts[0] == 40


def test_an_import_report_speaks_indonesian_to_the_last_reason(journal, tmp_path) -> None:
    vcf = tmp_path / "people.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Budi Santoso\r\nORG:Tokopedia\r\n"
                   "TITLE:PM\r\nEMAIL:budi@tokopedia.test\r\nCATEGORIES:fintech,payments\r\n"
                   "END:VCARD\r\n", encoding="utf-8")
    english = _run(journal, "import", str(vcf), "--dry-run")
    indonesian = _run(journal, "import", str(vcf), "--dry-run", env={"LANG": "id_ID.UTF-8"})
    assert english.returncode == indonesian.returncode == 2  # one record rejected
    assert "rejected card 1 (line 1): it has no name, organisation, email or phone" in (
        english.stdout)
    assert "merged card 2 (line 5) (Budi Santoso) into #1: same name" in english.stdout
    assert "ditolak kartu 1 (baris 1): tidak ada nama, organisasi, email, atau telepon" in (
        indonesian.stdout)
    merged = [line for line in indonesian.stdout.splitlines() if "Budi Santoso" in line]
    assert merged == ["  kartu 2 (baris 5) (Budi Santoso) digabungkan ke #1: nama sama, dan "
                      "tidak ada yang bertentangan di kedua sisi; menambahkan 1 detail, 1 tag"]
    for english_words in ("rejected", "merged", "card", "line", "adds", "same name"):
        assert english_words not in indonesian.stdout
    # JSON stays English whatever the language
    assert _run(journal, "import", str(vcf), "--dry-run", "--json",
                env={"LANG": "id_ID.UTF-8"}).stdout == _run(
        journal, "import", str(vcf), "--dry-run", "--json").stdout
