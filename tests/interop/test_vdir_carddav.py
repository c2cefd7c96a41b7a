"""The address-book sync end to end: the journal, its card folder, the real vdirsyncer and a
real CardDAV server (Radicale), with a phone's edits made over HTTP."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from netjournal.domain.values import DetailKind
from netjournal.storage.store import Store
from tests.interop.carddav import AddressBook, Vdirsyncer, radicale


@pytest.fixture
def book(tmp_path: Path) -> Iterator[AddressBook]:
    folder = tmp_path / "radicale"
    folder.mkdir()
    with radicale(folder) as server:
        yield server


@pytest.fixture
def vdir(tmp_path: Path) -> Path:
    return tmp_path / "cards"


def _uids(cards) -> list[str]:
    out = []
    for c in cards:
        match = re.search(r"^UID:(.*?)\r?$", c.text, re.M)
        assert match, c.text
        out.append(match.group(1))
    return out


def _sync(cli) -> dict:
    result = cli("sync", "--json")
    assert result.code == 0, result.err
    return result.json()


def _mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def _with_lines(card: str, *lines: str) -> str:
    end = card.rindex("END:VCARD")
    return card[:end] + "".join(line + "\r\n" for line in lines) + card[end:]


def test_done_when_120_demo_contacts_go_round_a_real_address_book(
        cli, data_dir, book, vdir, tmp_path):
    assert cli("demo", "--contacts", "120", "--seed", "8", "-q").code == 0
    first = cli("sync", "--vdir", str(vdir), "--json")
    assert first.code == 0, first.err
    assert first.json()["written"] == 120
    files = sorted(vdir.glob("*.vcf"))
    assert len(files) == 120
    for f in files:  # each card carries its UID and is named by it
        assert f"\r\nUID:{f.stem}\r\n".encode() in f.read_bytes()

    sync_tool = Vdirsyncer(tmp_path, vdir, book)
    sync_tool.sync()
    assert len(book.hrefs()) == 120

    before = _mtimes(vdir)  # nothing changed: no card rewritten, none read
    again = _sync(cli)
    assert again["written"] == 0 and again["read"] == 0 and _mtimes(vdir) == before

    with Store.open(data_dir) as store:
        live = store.db.execute_sql("SELECT id FROM contact WHERE deleted_at IS NULL")
        uid_of = {r[0]: store.addressbook.uid_of(r[0]) for r in live}
        edited_id, deleted_id, company_id = sorted(uid_of)[:3]
        deleted_timeline = store.interactions.count_for_contact(deleted_id)
        assert deleted_timeline > 0
        deleted_name = store.contacts.get(deleted_id).name
    by_uid = {re.search(r"^UID:(.*?)\r?$", c.text, re.M).group(1): c for c in book.cards()}

    # the phone: an edit (new phone and email), an addition, a deletion
    edited = by_uid[uid_of[edited_id]]
    book.put(edited.href, _with_lines(edited.text, "TEL;TYPE=cell:+62 811 2233 4455",
                                      "EMAIL;TYPE=home:phone.edit@example.id"), edited.etag)
    book.put("wayan-new.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:wayan-new\r\n"
             "FN:Wayan Sudarma\r\nN:Sudarma;Wayan;;;\r\nEMAIL:wayan@bali.example\r\n"
             "TEL:+62 361 555 0101\r\nEND:VCARD\r\n")
    book.delete(by_uid[uid_of[deleted_id]].href)
    sync_tool.sync()
    report = _sync(cli)
    assert [p["name"] for p in report["new"]] == ["Wayan Sudarma"]
    assert [p["id"] for p in report["archived"]] == [deleted_id]
    assert [(u["id"], sorted(u["fields"])) for u in report["updated"]] == [
        (edited_id, ["emails", "phones"])]
    assert report["conflicts"] == [] and report["unreadable"] == []

    with Store.open(data_dir) as store:
        assert store.contacts.count() == 120  # 120 - 1 archived + 1 new: no duplicate
        assert len(store.contacts.find_by_name("Wayan Sudarma")) == 1
        person = store.contacts.get(edited_id)
        assert "+62 811 2233 4455" in [d.value for d in person.details_of(DetailKind.PHONE)]
        assert "phone.edit@example.id" in [d.value for d in person.details_of(DetailKind.EMAIL)]
        gone = store.contacts.get(deleted_id, include_deleted=True)  # archived, journal kept
        assert gone.name == deleted_name and not store.contacts.exists(deleted_id)
        assert store.interactions.count_for_contact(deleted_id) == deleted_timeline
        # an edit made in the journal
        store.contacts.save(dataclasses.replace(store.contacts.get(company_id),
                                                company="Koperasi Kopi Nusantara"))
    out = _sync(cli)
    assert out["written"] == 1 and out["new"] == [] and out["archived"] == []
    sync_tool.sync()

    cards = book.cards()
    uids = _uids(cards)
    assert len(uids) == len(set(uids)) == 120  # no duplicate card on the server
    assert uid_of[deleted_id] not in uids  # the deleted card did not come back
    company_card = next(c for c in cards if f"UID:{uid_of[company_id]}" in c.text)
    assert "ORG:Koperasi Kopi Nusantara" in company_card.text

    # and it stays so: another round changes nothing anywhere
    settled = _sync(cli)
    assert settled["written"] == 0 and settled["new"] == [] and settled["archived"] == []
    sync_tool.sync()
    assert len(book.hrefs()) == 120 and len(list(vdir.glob("*.vcf"))) == 120
    assert _sync(cli)["written"] == 0


def test_an_edit_on_both_sides_keeps_the_journal_everywhere_and_records_the_phone(
        cli, data_dir, book, vdir, tmp_path):
    with Store.open(data_dir) as store:
        budi = store.contacts.create("Budi Santoso", company="Gojek", title="PM")
        uid = store.addressbook.uid_of(budi.id)
    cli("sync", "--vdir", str(vdir))
    sync_tool = Vdirsyncer(tmp_path, vdir, book)
    sync_tool.sync()
    card = book.cards()[0]
    book.put(card.href, card.text.replace("ORG:Gojek", "ORG:Tokopedia")
             .replace("TITLE:PM", "TITLE:VP Product"), card.etag)
    with Store.open(data_dir) as store:
        store.contacts.save(dataclasses.replace(store.contacts.get(budi.id), company="Grab"))
    sync_tool.sync()  # the phone's card comes into the folder
    report = _sync(cli)
    assert [(c["field"], c["kept"], c["other"]) for c in report["conflicts"]] == [
        ("company", "Grab", "Tokopedia")]
    assert [u["fields"] for u in report["updated"]] == [["title"]]  # one side only: taken
    with Store.open(data_dir) as store:
        after = store.contacts.get(budi.id)
        assert (after.company, after.title) == ("Grab", "VP Product")
        assert [(h.field, h.kept, h.other) for h in store.addressbook.history(budi.id)] == [
            ("company", "Grab", "Tokopedia")]
    sync_tool.sync()
    server = book.cards()
    assert len(server) == 1 and f"UID:{uid}" in server[0].text
    assert "ORG:Grab" in server[0].text and "TITLE:VP Product" in server[0].text


@pytest.mark.slow
def test_1000_contacts_sync_and_stay_still(cli, data_dir, book, vdir, tmp_path):
    assert cli("demo", "--contacts", "1000", "--seed", "3", "-q").code == 0
    assert cli("sync", "--vdir", str(vdir)).code == 0
    sync_tool = Vdirsyncer(tmp_path, vdir, book)
    sync_tool.sync()
    assert len(book.hrefs()) == 1000
    before = _mtimes(vdir)
    for _ in range(3):
        report = _sync(cli)
        assert report["written"] == 0 and report["read"] == 0
        assert not (report["new"] or report["updated"] or report["archived"]
                    or report["removed"])
        sync_tool.sync()
    assert _mtimes(vdir) == before
    uids = _uids(book.cards())
    assert len(uids) == len(set(uids)) == 1000
