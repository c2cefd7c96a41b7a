"""Contacts, details and tags through the store API."""

import dataclasses
import datetime as dt

import pytest

from netjournal.domain.values import Contact, Detail, DetailKind, Interaction, TieStrength
from netjournal.storage import NotFoundError, StorageError

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def test_round_trip_of_a_whole_card(store):
    event = store.events.save(store.events.find_or_create("JakartaJS", dt.date(2026, 5, 1)))
    sari = store.contacts.create("Sari Wijaya")
    card = Contact(
        name="  Budi Santoso ", company="Tokopedia", title="PM", photo=b"\x89PNG...",
        how_met="Met at the booth", met_on=dt.date(2026, 5, 1), met_at_event_id=event.id,
        introduced_by_id=sari.id, tie_strength=TieStrength.REGULAR, cadence_days=45,
        interests="dogs, kopi", family="two kids", remember="vegetarian", notes="likes Go",
        birthday=dt.date(1990, 2, 28),
        details=(Detail(DetailKind.EMAIL, "budi@tokopedia.com", "work"),
                 Detail(DetailKind.PHONE, "0812 3456 789", "mobile"),
                 Detail(DetailKind.LINK, "https://www.linkedin.com/in/budi", "linkedin"),
                 Detail(DetailKind.EMAIL, "   ")),
        tags=("#Fintech", "fintech", " go lang "))
    saved = store.contacts.save(card)
    assert saved.id is not None and saved.name == "Budi Santoso"
    assert saved.tags == ("fintech", "go lang")
    assert [(d.kind, d.value) for d in saved.details] == [
        (DetailKind.EMAIL, "budi@tokopedia.com"), (DetailKind.PHONE, "0812 3456 789"),
        (DetailKind.LINK, "https://www.linkedin.com/in/budi")]
    ignore = {"id", "name", "details", "tags", "created_at", "updated_at"}
    for f in dataclasses.fields(Contact):
        if f.name not in ignore:
            assert getattr(saved, f.name) == getattr(card, f.name), f.name


def test_update_replaces_details_and_tags(store):
    c = store.contacts.create("Dewi", details=(Detail(DetailKind.EMAIL, "a@x.id"),), tags=("a",))
    c2 = store.contacts.save(dataclasses.replace(
        c, company="Grab", details=(Detail(DetailKind.EMAIL, "b@x.id"),), tags=("b",)))
    assert c2.company == "Grab" and c2.tags == ("b",)
    assert [d.value for d in c2.details] == ["b@x.id"]
    assert store.contacts.all_tags() == [("b", 1)]


def test_find_by_normalised_detail_and_name(store):
    c = store.contacts.create("Agus Halim", company="BCA",
                              details=(Detail(DetailKind.PHONE, "+62 812-1111-2222"),))
    assert store.contacts.find_by_detail(DetailKind.PHONE, "0812 1111 2222") == [c.id]
    assert store.contacts.find_by_name("agus halim", "bca") == [c.id]
    assert store.contacts.find_by_name("Agus Halim", "Gojek") == []


def test_add_details_skips_ones_already_there(store):
    c = store.contacts.create("Eko", details=(Detail(DetailKind.EMAIL, "eko@x.id"),))
    added = store.contacts.add_details(c.id, [Detail(DetailKind.EMAIL, "EKO@x.id"),
                                              Detail(DetailKind.PHONE, "0811")])
    assert added == 1
    assert len(store.contacts.get(c.id).details) == 2


def test_delete_and_restore(store):
    c = store.contacts.create("Putri")
    store.contacts.delete(c.id)
    assert store.contacts.count() == 0
    with pytest.raises(NotFoundError):
        store.contacts.get(c.id)
    assert store.contacts.restore(c.id).name == "Putri"
    assert store.contacts.count() == 1


def test_bad_cards_are_refused_in_words(store):
    with pytest.raises(StorageError, match="needs a name"):
        store.contacts.create("   ")
    with pytest.raises(StorageError, match="derived"):
        store.contacts.create("X", tie_strength=TieStrength.DORMANT)
    with pytest.raises(NotFoundError):
        store.contacts.save(Contact(name="Ghost", id=999))


def test_last_contact_follows_the_timeline(store):
    a, b = store.contacts.create("A"), store.contacts.create("B")
    t1 = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)
    t2 = dt.datetime(2026, 2, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    first = store.interactions.save(Interaction(occurred_at=t1, participant_ids=(a.id, b.id)))
    second = store.interactions.save(Interaction(occurred_at=t2, participant_ids=(a.id,)))
    assert store.contacts.get(a.id).last_interaction_at == t2
    assert store.contacts.get(b.id).last_interaction_at == t1
    store.interactions.delete(second.id)
    assert store.contacts.get(a.id).last_interaction_at == t1
    store.interactions.restore(second.id)
    assert store.contacts.get(a.id).last_interaction_at == t2
    store.interactions.save(dataclasses.replace(first, participant_ids=(a.id,)))
    assert store.contacts.get(b.id).last_interaction_at is None


def test_interaction_needs_live_participants(store):
    with pytest.raises(StorageError):
        store.interactions.save(Interaction(occurred_at=dt.datetime.now(dt.UTC),
                                            participant_ids=()))
    with pytest.raises(NotFoundError):
        store.interactions.save(Interaction(occurred_at=dt.datetime.now(dt.UTC),
                                            participant_ids=(42,)))
