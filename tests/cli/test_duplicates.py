"""``netjournal duplicates`` and ``netjournal merge``."""

from __future__ import annotations

from pathlib import Path

import pytest

from netjournal.interop import serverbackups
from netjournal.paths import DataDir
from netjournal.storage import backups
from tests.conftest import run_netjournal

pytestmark = pytest.mark.usefixtures("engine")

CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Budi,Santoso,https://www.linkedin.com/in/budi-santoso-1a2b3c/,,Tokopedia,"
    "Senior Product Manager,22 Dec 2025\r\n"
    "Sari,Wijaya,https://www.linkedin.com/in/sariw,sari.wijaya@gmail.com,Gojek,"
    "Head of Design,03 Jan 2024\r\n")


def _budis(cli, tmp_path: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    csv = tmp_path / "Connections.csv"
    csv.write_text(CONNECTIONS, encoding="utf-8")
    assert cli("import", str(csv), "--format", "linkedin").code == 0
    first = cli("search", "Budi", "--json").json()[0]["id"]
    r = cli("add", f"#{first} coffee about the payments team", "--json")
    assert r.code == 0, r.err
    r = cli("add", "--new", "Budi Santoso (Tokopedia) asked about durian startups", "--json")
    assert r.code == 0, r.err
    second = r.json()["contact_id"]
    assert second != first
    return first, second


def test_a_duplicate_budi_is_listed_and_merged_with_both_timelines(  # type: ignore[no-untyped-def]
        cli, tmp_path: Path, open_journal) -> None:
    first, second = _budis(cli, tmp_path)
    r = cli("duplicates", "--json")
    assert r.code == 0, r.err
    groups = r.json()
    assert [g["ids"] for g in groups] == [[first, second]]
    assert [c["name"] for c in groups[0]["contacts"]] == ["Budi Santoso", "Budi Santoso"]
    assert groups[0]["reasons"] == [{"why": "name", "value": "budi santoso"}]

    r = cli("merge", str(first), str(second))
    assert r.code == 0, r.err
    assert f"#{second} Budi Santoso into #{first} Budi Santoso" in r.out
    assert "2 interactions" not in r.out and "1 interaction" in r.out
    found = cli("search", "Budi", "--json").json()
    assert [c["id"] for c in found] == [first]
    with open_journal() as store:
        said = {i.summary or i.learned or i.goal for i in store.interactions.for_contact(first)}
        budi = store.contacts.get(first)
    assert said == {"coffee about the payments team", "asked about durian startups"}
    assert [d.value for d in budi.details] == [
        "https://www.linkedin.com/in/budi-santoso-1a2b3c/"]
    assert cli("duplicates", "--json").json() == []


def test_merge_takes_a_backup_first_and_says_so(  # type: ignore[no-untyped-def]
        cli, tmp_path: Path, data_dir: DataDir, engine: str, request) -> None:
    if engine == "postgresql":
        _merge_on_a_server_takes_a_json_backup_first(cli, tmp_path, data_dir, request)
        return
    first, second = _budis(cli, tmp_path)
    r = cli("merge", str(first), str(second))
    assert r.code == 0, r.err
    taken = [b for b in backups.list_backups(data_dir.backups)
             if b.path.name.startswith("before-merge-")]
    assert len(taken) == 1 and taken[0].verified and str(taken[0].path) in r.out
    # the backup holds both Budis: restoring it undoes the merge
    assert cli("restore", str(taken[0].path)).code == 0
    assert len(cli("search", "Budi", "--json").json()) == 2


def _merge_on_a_server_takes_a_json_backup_first(  # type: ignore[no-untyped-def]
        cli, tmp_path: Path, data_dir: DataDir, request) -> None:
    first, second = _budis(cli, tmp_path)
    r = cli("merge", str(first), str(second))
    assert r.code == 0, r.err
    taken = [b for b in serverbackups.list_backups(data_dir.backups)
             if b.path.name.startswith("before-merge-")]
    assert len(taken) == 1 and taken[0].verified and taken[0].kind == serverbackups.Kind.JSON
    assert str(taken[0].path) in r.out and "into an empty database" in r.out
    # the backup holds both Budis: restored into an empty database, the merge is undone
    server = request.getfixturevalue("pg_server")
    name = f"{tmp_path.name}_empty".lower()[-60:]
    empty = server.create_database(name)
    try:
        restored = cli("restore", str(taken[0].path), "--database", empty)
        assert restored.code == 0, restored.err
        assert len(cli("search", "Budi", "--json", "--database", empty).json()) == 2
    finally:
        server.drop_database(name)
    assert len(cli("search", "Budi", "--json").json()) == 1


def test_human_output_names_the_reasons(  # type: ignore[no-untyped-def]
        cli, tmp_path: Path, data_dir: DataDir) -> None:
    first, _ = _budis(cli, tmp_path)
    r = cli("duplicates")
    assert r.code == 0, r.err
    assert f"{first:>7}  Budi Santoso (Tokopedia)" in r.out
    assert "the same name" in r.out and "1 group;" in r.out
    # in a process of its own: Indonesian stays out of this session's Qt
    proc = run_netjournal("duplicates", "--lang", "id", "--data-dir", str(data_dir.root))
    assert proc.returncode == 0, proc.stderr
    assert "nama yang sama" in proc.stdout and "1 kelompok;" in proc.stdout


def test_nothing_to_find(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "Rina Kusuma coffee").code == 0
    r = cli("duplicates")
    assert (r.code, r.out.strip()) == (0, "no duplicates found")


def test_merge_refuses_in_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, _ = _budis(cli, tmp_path)
    for args, words in (((first, first), "both ids are contact"),
                        ((first, 999), "there is no contact #999"),
                        ((999, first), "there is no contact #999")):
        r = cli("merge", *map(str, args))
        assert r.code == 1 and r.out == ""
        assert words in r.err and r.err.count("\n") == 1 and "nothing was merged" in r.err
    with pytest.raises(SystemExit) as exit_info:
        cli("merge", "abc", "2")
    assert exit_info.value.code == 2
    assert len(cli("search", "Budi", "--json").json()) == 2
