"""``netjournal import`` and ``netjournal export`` over a real data folder."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from netjournal.paths import DataDir
from netjournal.storage import journal, transfer
from netjournal.storage.store import Store
from tests.conftest import SHARED, run_netjournal
from tests.interop.test_csv_read import LINKEDIN

NEST = SHARED / "interop" / "vcard" / "aosp" / "v21_nest.vcf"
BROKEN = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Budi Santoso\r\nEMAIL:budi@x.id\r\nEND:VCARD\r\n"
          b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
          b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sari\r\n")


def test_import_prints_the_report_with_each_rejection_and_its_place(cli, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_bytes(BROKEN)
    result = cli("import", str(path))
    assert result.code == 2, result.err  # saved less than it read: the others are listed
    lines = result.out.splitlines()
    assert lines[0] == "imported 1, merged 0, rejected 2"
    assert lines[1] == ("  rejected card 2 (line 6): it has no name, organisation, "
                        "email or phone")
    assert lines[2].startswith("  rejected card 3 (line 10): the card never ends")


def test_import_json_report_and_merging_on_the_second_run(cli, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN, encoding="utf-8")
    first = cli("import", str(path), "--json")
    assert first.code == 2  # one row of the file is rejected
    assert first.json() == {
        "imported": 3, "merged": 0, "unchanged": 0,
        "rejected": [{"where": "line 7", "reason": "it has no name, organisation, email "
                                                   "or phone"}],
        "merges": [], "warnings": []}
    second = cli("import", str(path), "--format", "linkedin", "--json").json()
    assert (second["imported"], second["merged"], second["unchanged"]) == (0, 3, 3)
    assert sorted(m["reason"].split(" ", 2)[1] for m in second["merges"]) == [
        "LinkedIn", "email", "name,"]
    third = cli("import", str(path))
    lines = third.out.splitlines()
    assert lines[:2] == [
        "imported 0, merged 3, rejected 1",
        "  of the merged, 3 people already had everything the file holds"]
    # every merge is listed with its reason
    merged = [line for line in lines if line.startswith("  merged ")]
    assert len(merged) == 3
    assert all(re.fullmatch(r"  merged line \d+ \(.+\) into #\d+: same (LinkedIn profile "
                            r"linkedin\.com/in/\S+|email \S+|name, .+); nothing new", line)
               for line in merged)


def test_dry_run_changes_nothing(cli, data_dir):
    result = cli("import", str(NEST), "--dry-run")
    assert result.code == 0
    assert result.out.startswith("dry run, nothing was changed: imported 3, merged 0")
    assert "note card 1 (line 1): it held 2 card(s)" in result.out
    with Store.open(data_dir) as store:
        assert store.contacts.count() == 0


def test_unreadable_or_unknown_files_exit_non_zero_with_a_reason(cli, tmp_path):
    missing = cli("import", str(tmp_path / "nope.vcf"))
    assert missing.code == 1
    assert missing.err.strip() == f"netjournal import: {tmp_path / 'nope.vcf'}: the file does " \
                                  "not exist"
    (tmp_path / "notes.txt").write_text("just some notes\n")
    unknown = cli("import", str(tmp_path / "notes.txt"))
    assert unknown.code == 1 and "cannot tell what kind of file this is" in unknown.err
    assert "Traceback" not in unknown.err


def test_export_every_format_and_the_backup_round_trip(cli, tmp_path, data_dir):
    cli("import", str(NEST))
    for fmt, name in (("vcard", "a.vcf"), ("csv", "a.csv"), ("json", "a.json"),
                      ("ics", "a.ics")):
        result = cli("export", "--format", fmt, "-o", str(tmp_path / name))
        assert result.code == 0, result.err
        what = "calendar entries" if fmt == "ics" else "contacts"
        assert result.out == f"exported {0 if fmt == 'ics' else 3} {what} to {tmp_path / name}\n"
    assert cli("export", "--format", "vcard", "--vcard-version", "3.0", "-o",
               str(tmp_path / "b.vcf")).code == 0
    assert b"VERSION:3.0" in (tmp_path / "b.vcf").read_bytes()

    other = DataDir(tmp_path / "other")
    proc = run_netjournal("import", str(tmp_path / "a.json"), "--data-dir", str(other.root))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("imported 3, merged 0, rejected 0")
    proc = run_netjournal("export", "--format", "json", "-o", str(tmp_path / "again.json"),
                          "--data-dir", str(other.root))
    assert proc.returncode == 0, proc.stderr
    first, again = (json.loads((tmp_path / n).read_text()) for n in ("a.json", "again.json"))
    first.pop("exported_at"), again.pop("exported_at")
    assert first == again
    with Store.open(other) as store:
        assert len(transfer.live_contact_ids(store)) == 3


def test_export_needs_a_format_and_a_file(cli):
    with pytest.raises(SystemExit):
        cli("export", "-o", "x.vcf")


def test_a_backup_import_counts_the_other_records_in_words(cli, store, tmp_path):
    budi = store.contacts.create("Budi Santoso").id
    journal.add_follow_up(store, budi, dt.date(2026, 3, 2), "Send the deck")
    journal.add_follow_up(store, budi, dt.date(2026, 3, 9), "Ask how the launch went")
    journal.log_outreach(store, budi, "Coffee next week?", when=dt.datetime(
        2026, 2, 20, 9, tzinfo=dt.UTC))
    assert cli("export", "--format", "json", "-o", str(tmp_path / "a.json")).code == 0
    backup = json.loads((tmp_path / "a.json").read_text())
    backup["follow_ups"][0]["due_on"] = "soon"
    (tmp_path / "a.json").write_text(json.dumps(backup))
    other = DataDir(tmp_path / "other").ensure()
    with Store.open(other) as elsewhere:  # a journal with data: merged record by record
        elsewhere.contacts.create("Sari Wijaya")
    result = cli("import", str(tmp_path / "a.json"), "--data-dir", str(other.root), data=False)
    assert result.code == 2, result.err
    lines = result.out.splitlines()
    assert lines[0] == "imported 1, merged 0, rejected 1"
    assert lines[1].startswith("  rejected follow-up 1 (id ")
    assert lines[-1] == "also added: 1 interaction, 2 follow-ups"
    assert "follow up" not in result.out


@pytest.mark.parametrize(("command", "name"), [
    (("export", "--format", "json"), "journal.json"),
    (("export", "--format", "ics"), "follow-ups.ics"),
    (("print", "Budi Santoso"), "budi.pdf"),
])
def test_writing_into_a_folder_that_does_not_exist_fails_in_words(tmp_path, command, name):
    # in a subprocess: printing makes a QGuiApplication, which the Qt tests cannot share
    data = ("--data-dir", str(tmp_path / "data"))
    assert run_netjournal("add", "Budi Santoso (Tokopedia)", *data).returncode == 0
    target = tmp_path / "no such folder" / name
    result = run_netjournal(*command, "-o", str(target), *data)
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        f"{target} cannot be written: No such file or directory")
    assert not target.parent.exists()  # a typo in a path makes no new folders


def test_a_data_folder_that_is_a_file_is_named_as_such(tmp_path):
    (tmp_path / "journal").write_text("not a folder")
    result = run_netjournal("search", "budi", "--data-dir", str(tmp_path / "journal"))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"netjournal search: cannot use the data folder "
                                     f"{tmp_path / 'journal'}: it is a file, not a folder")
