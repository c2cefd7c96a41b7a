"""Bulk lookups, inserts and whole-journal rows for import and export."""

from __future__ import annotations

import pytest

from netjournal.domain.values import Contact, Detail, DetailKind, TieStrength
from netjournal.paths import DataDir
from netjournal.storage import StorageError, transfer
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def test_insert_contacts_writes_whole_cards_that_read_back_the_same(store):
    cards = [Contact(name=" Budi ", company="Gojek", tags=("#Fintech", "vc"), details=(
        Detail(DetailKind.EMAIL, "Budi@Gojek.com", "work"), Detail(DetailKind.PHONE, "  "),
        Detail(DetailKind.PHONE, "0812 3456 7890", "mobile"))),
        Contact(name="Sari", tie_strength=TieStrength.CLOSE, photo=b"\x89PNG")]
    with store.atomic():
        ids = transfer.insert_contacts(store, cards)
    budi, sari = (store.contacts.get(i) for i in ids)
    assert (budi.name, budi.company, budi.tags) == ("Budi", "Gojek", ("fintech", "vc"))
    assert [(d.value, d.label) for d in budi.details] == [("Budi@Gojek.com", "work"),
                                                         ("0812 3456 7890", "mobile")]
    assert (sari.tie_strength, sari.photo) == (TieStrength.CLOSE, b"\x89PNG")
    assert store.contacts.find_by_detail(DetailKind.PHONE, "+62 812-3456-7890") == [budi.id]
    assert store.search.contact_ids(ContactFilter(text="fintech")) == [budi.id]
    assert store.check() == []


@pytest.mark.parametrize("bad", [Contact(name="  "), Contact(name="X", id=7),
                                 Contact(name="X", tie_strength=TieStrength.DORMANT)])
def test_insert_contacts_checks_every_card_before_writing_any(store, bad):
    with pytest.raises(StorageError):
        transfer.insert_contacts(store, [Contact(name="Good"), bad])
    assert store.contacts.count() == 0


def test_lookups_find_live_contacts_by_normalised_detail_and_by_name(store):
    budi = store.contacts.save(Contact(name="Budi Santoso", company="Gojek", details=(
        Detail(DetailKind.EMAIL, "budi@gojek.com"),)))
    gone = store.contacts.save(Contact(name="BUDI SANTOSO", details=(
        Detail(DetailKind.EMAIL, "budi@gojek.com"),)))
    store.contacts.delete(gone.id)
    many = [("email", f"nobody{i}@x.id") for i in range(900)] + [("email", "budi@gojek.com")]
    assert transfer.live_ids_by_details(store, many) == {("email", "budi@gojek.com"): [budi.id]}
    assert transfer.live_contacts_named(store, ["budi santoso", "someone"]) == [
        (budi.id, "Budi Santoso", "Gojek")]


def test_add_details_appends_after_what_is_there(store):
    budi = store.contacts.save(Contact(name="Budi", details=(
        Detail(DetailKind.EMAIL, "a@x.id"),)))
    with store.atomic():
        transfer.add_details(store, budi.id, [Detail(DetailKind.PHONE, "0812 1111 2222", "m"),
                                              Detail(DetailKind.LINK, " ")])
    after = store.contacts.get(budi.id)
    assert [d.value for d in after.details] == ["a@x.id", "0812 1111 2222"]
    assert after.updated_at >= budi.updated_at


def test_restore_keeps_ids_and_refuses_a_journal_with_data(store, tmp_path):
    sari = store.contacts.save(Contact(name="Sari"))
    budi = store.contacts.save(Contact(name="Budi", introduced_by_id=sari.id, tags=("vc",)))
    store.contacts.save(Contact(name="Sari", id=sari.id, introduced_by_id=budi.id))
    rows = transfer.dump(store)
    rows["contact"][0]["column_of_the_future"] = 1  # ignored
    with pytest.raises(StorageError, match="empty"):
        transfer.restore(store, rows)
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        assert transfer.is_empty(fresh)
        transfer.restore(fresh, rows)
        assert not transfer.is_empty(fresh)
        assert fresh.contacts.get(sari.id).introduced_by_id == budi.id  # a later row
        assert fresh.contacts.get(budi.id).tags == ("vc",)
        del rows["contact"][0]["column_of_the_future"]
        assert transfer.dump(fresh) == rows


def test_a_restore_that_fails_writes_nothing(tmp_path):
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        rows = {"contact": [{"id": 1, "name": "A", "created_at": "2026-01-01 00:00:00",
                             "updated_at": "2026-01-01 00:00:00"},
                            {"id": 2, "name": None, "created_at": "x", "updated_at": "x"}]}
        with pytest.raises(StorageError, match="contact #2"):
            transfer.restore(fresh, rows)
        assert transfer.is_empty(fresh)
