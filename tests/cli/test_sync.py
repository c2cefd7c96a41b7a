"""``netjournal sync``: the folder remembered, the report in words and JSON."""

from __future__ import annotations

import dataclasses
import json

import pytest

from netjournal import settings as settings_mod

pytestmark = pytest.mark.usefixtures("engine")


def _journal(open_journal, n: int = 3) -> None:  # type: ignore[no-untyped-def]
    with open_journal() as store:
        for i in range(n):
            store.contacts.create(f"Person {i}", company="Gojek")


def test_the_first_sync_remembers_the_folder_and_later_ones_need_no_argument(
        cli, data_dir, open_journal, tmp_path):
    _journal(open_journal)
    folder = tmp_path / "cards"
    result = cli("sync", "--vdir", str(folder))
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == (
        f"synced with {folder}: written 3, read 0, new 0, updated 0, archived 0, "
        "conflicts 0, unreadable 0")
    assert len(list(folder.glob("*.vcf"))) == 3
    assert settings_mod.load(data_dir.settings).vdir_folder == str(folder)
    again = cli("sync", "--json")
    assert again.code == 0, again.err
    report = again.json()
    assert report["written"] == 0 and report["read"] == 0 and report["folder"] == str(folder)


def test_without_a_folder_the_command_says_how_to_give_one(cli, data_dir, open_journal):
    _journal(open_journal)
    result = cli("sync")
    assert result.code == 1 and result.out == ""
    assert "give one with --vdir DIR" in result.err and len(result.err.splitlines()) == 1


def test_a_remembered_folder_that_went_missing_is_named(cli, data_dir, open_journal,
                                                        tmp_path):
    _journal(open_journal)
    folder = tmp_path / "cards"
    assert cli("sync", "--vdir", str(folder)).code == 0
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    result = cli("sync")
    assert result.code == 1
    assert f"the address-book folder {folder} does not exist" in result.err


def test_deleted_unreadable_and_restored_cards_are_reported_by_name(
        cli, data_dir, open_journal, tmp_path):
    _journal(open_journal, 2)
    folder = tmp_path / "cards"
    cli("sync", "--vdir", str(folder))
    with open_journal() as store:
        uid = store.addressbook.uid_of(1)
    (folder / f"{uid}.vcf").unlink()
    (folder / "bad.vcf").write_bytes(b"BEGIN:VCARD\r\nFN:x")
    result = cli("sync")
    assert result.code == 2
    assert "  archived: Person 0 (#1): the card was deleted from the address book" in result.out
    assert "  unreadable: bad.vcf: the card never ends" in result.out
    (folder / "bad.vcf").unlink()
    restored = cli("sync", "--restore", "1", "--json")
    assert restored.code == 0, restored.err
    assert restored.json()["written"] == 1 and (folder / f"{uid}.vcf").exists()
    assert cli("sync", "--restore", "2").code == 1  # not archived


def test_json_lists_conflicts(cli, data_dir, open_journal, tmp_path):
    _journal(open_journal, 1)
    folder = tmp_path / "cards"
    cli("sync", "--vdir", str(folder))
    with open_journal() as store:
        store.contacts.save(dataclasses.replace(store.contacts.get(1), company="Grab"))
    path = next(folder.glob("*.vcf"))
    path.write_text(path.read_text().replace("ORG:Gojek", "ORG:Tokopedia"))
    result = cli("sync", "--json")
    report = json.loads(result.out)
    assert report["conflicts"] == [{"id": 1, "name": "Person 0", "field": "company",
                                    "kept": "Grab", "other": "Tokopedia"}]
