"""The safety net on the command line: automatic backups, the list, restore, damage."""

import datetime as dt
import json
import os
import stat

from netjournal.settings import Settings, save
from netjournal.storage import backups
from tests.conftest import run_netjournal


def test_a_command_that_writes_leaves_a_verified_private_backup(cli, data_dir):
    assert cli("add", "Dewi Lestari (Gojek, PM) #fintech").code == 0
    found = backups.list_backups(data_dir.backups)
    assert len(found) == 1 and found[0].verified and found[0].contacts == 1
    assert stat.S_IMODE(os.stat(found[0].path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(data_dir.backups).st_mode) == 0o700
    # within the interval a second write takes no second backup; reading never does
    assert cli("add", "Budi Santoso").code == 0
    assert cli("search", "budi").code == 0
    assert len(backups.list_backups(data_dir.backups)) == 1


def test_the_interval_comes_from_the_settings(cli, data_dir):
    save(data_dir.settings, Settings(backup_interval_minutes=1))
    assert cli("add", "Dewi Lestari").code == 0
    first = backups.list_backups(data_dir.backups)[0]
    meta = first.path.with_name(first.path.name + ".json")  # taken_at is recorded here
    data = json.loads(meta.read_text())
    data["taken_at"] = (first.taken_at - dt.timedelta(minutes=2)).isoformat()
    meta.write_text(json.dumps(data))
    assert cli("add", "Budi Santoso").code == 0
    assert [b.contacts for b in backups.list_backups(data_dir.backups)] == [2, 1]


def test_backups_json_has_exactly_the_documented_keys(cli, data_dir):
    cli("add", "Dewi Lestari")
    assert cli("backup").code == 0
    res = cli("backups", "--json")
    rows = json.loads(res.out)
    assert len(rows) == 2
    assert all(set(r) == {"path", "taken_at", "bytes", "contacts", "verified"} for r in rows)
    assert rows[0]["taken_at"] >= rows[1]["taken_at"]
    assert rows[0]["verified"] is True and rows[0]["contacts"] == 1
    assert rows[0]["path"] != rows[1]["path"]  # same second, two files
    text = cli("backups").out.splitlines()
    assert len(text) == 2 and "verified" in text[0]


def test_damage_exits_3_naming_the_backup_and_restore_latest_brings_it_back(cli, data_dir):
    for i in range(60):
        assert cli("add", f"Zed{i} Person #crew", "--new").code == 0
    names = {r["name"] for r in cli("search", "crew", "--json", "--limit", "500").json()}
    assert cli("backup").code == 0
    data = bytearray(data_dir.database.read_bytes())
    data[:100] = os.urandom(100)
    data_dir.database.write_bytes(bytes(data))
    proc = run_netjournal("search", "person", "--data-dir", str(data_dir.root))
    assert proc.returncode == 3 and proc.stderr.count("\n") == 1
    assert f"with {len(names)} contacts" in proc.stderr
    assert "netjournal restore --latest" in proc.stderr
    assert data_dir.database.read_bytes() == bytes(data)
    res = cli("restore", "--latest")
    assert res.code == 0, res.err
    kept = list(data_dir.root.glob("netjournal.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    assert {r["name"] for r in cli("search", "crew", "--json", "--limit", "500").json()} == names


def test_restore_latest_without_a_backup_is_one_line(cli):
    res = cli("restore", "--latest")
    assert res.code == 1 and "there is no verified backup" in res.err
