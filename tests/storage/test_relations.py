"""Connection requests and introductions through the store API."""

import dataclasses
import datetime as dt

import pytest

from netjournal.domain.values import (
    ConnectionRequest,
    Detail,
    DetailKind,
    Interaction,
    Introduction,
    IntroductionDirection,
    IntroductionOutcome,
    RequestDecision,
    RequestDirection,
)
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage.relations import RequestView

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

MAY = dt.date(2026, 5, 4)


def log(store, name="Rina Kusuma", **fields):
    return store.requests.save(ConnectionRequest(name=name, **{"received_on": MAY, **fields}))


def test_accepting_creates_the_contact_with_how_we_met_and_the_profile(store):
    r = log(store, message="We met at JakartaJS, loved your talk!",
            profile_url="https://www.linkedin.com/in/rina-k/", network="LinkedIn")
    result = store.requests.accept(r.id)
    assert result.created
    c = result.contact
    assert (c.name, c.how_met, c.met_on) == ("Rina Kusuma", r.message, MAY)
    assert c.details == (Detail(DetailKind.LINK, "https://www.linkedin.com/in/rina-k/",
                                "linkedin", id=c.details[0].id),)
    saved = store.requests.get(r.id)
    assert saved.decision == RequestDecision.ACCEPTED and saved.contact_id == c.id
    assert saved.decided_at is not None
    assert store.contacts.count() == 1


def test_accepting_links_a_contact_with_the_same_profile(store):
    known = store.contacts.create("Rina K.", how_met="", details=(
        Detail(DetailKind.LINK, "linkedin.com/in/rina-k"),))
    r = log(store, message="Hello again", profile_url="https://id.linkedin.com/in/Rina-K")
    result = store.requests.accept(r.id)
    assert not result.created and result.contact.id == known.id
    assert result.contact.how_met == "Hello again"
    assert len(result.contact.details) == 1  # the same link is not added twice
    assert store.contacts.count() == 1


def test_accepting_links_the_only_contact_with_that_name_and_keeps_how_we_met(store):
    known = store.contacts.create("rina kusuma", how_met="Classmate at ITB")
    r = log(store, message="Hi!", profile_url="linkedin.com/in/rk")
    result = store.requests.accept(r.id)
    assert result.contact.id == known.id and result.contact.how_met == "Classmate at ITB"
    assert [d.value for d in result.contact.details] == ["linkedin.com/in/rk"]


def test_a_namesake_with_another_profile_on_that_site_is_not_linked(store):
    known = store.contacts.create("Rina Kusuma", details=(
        Detail(DetailKind.LINK, "https://www.linkedin.com/in/rina-kusuma-itb"),
        Detail(DetailKind.LINK, "https://github.com/rinak"),))
    result = store.requests.accept(log(store, profile_url="linkedin.com/in/rina-kusuma-88").id)
    assert result.created and result.contact.id != known.id
    assert [d.value for d in store.contacts.get(known.id).details_of(DetailKind.LINK)] == [
        "https://www.linkedin.com/in/rina-kusuma-itb", "https://github.com/rinak"]


def test_two_contacts_with_the_name_make_a_new_one(store):
    store.contacts.create("Rina Kusuma")
    store.contacts.create("Rina Kusuma")
    result = store.requests.accept(log(store).id)
    assert result.created and store.contacts.count() == 3


def test_accept_with_own_words_and_a_chosen_contact(store):
    other = store.contacts.create("Somebody Else")
    r = log(store)
    result = store.requests.accept(r.id, how_met="Connected on LinkedIn", contact_id=other.id)
    assert result.contact.id == other.id and result.contact.how_met == "Connected on LinkedIn"
    with pytest.raises(NotFoundError):
        store.requests.accept(log(store).id, contact_id=9999)


def test_a_failed_accept_leaves_nothing_behind(store):
    r = log(store, direction=RequestDirection.OUTGOING)
    with pytest.raises(StorageError, match="incoming"):
        store.requests.accept(r.id)
    assert store.contacts.count() == 0
    assert store.requests.get(r.id).decision == RequestDecision.PENDING


def test_decide_and_undo(store):
    r = log(store)
    assert store.requests.decide(r.id, RequestDecision.DECLINED).decided_at is not None
    back = store.requests.decide(r.id, RequestDecision.PENDING)
    assert back.decision == RequestDecision.PENDING and back.decided_at is None
    with pytest.raises(StorageError):
        store.requests.decide(r.id, RequestDecision.ACCEPTED)


def test_lists_put_pending_first_and_keep_the_history(store):
    old = log(store, "Old", received_on=dt.date(2026, 1, 1))
    new = log(store, "New", received_on=dt.date(2026, 6, 1))
    declined = log(store, "Declined", received_on=dt.date(2026, 7, 1))
    store.requests.decide(declined.id, RequestDecision.DECLINED)
    out = log(store, "Sent", direction=RequestDirection.OUTGOING)
    assert store.requests.ids() == [new.id, old.id, declined.id]
    assert store.requests.ids(RequestView.PENDING) == [new.id, old.id]
    assert store.requests.ids(RequestView.DECIDED) == [declined.id]
    assert store.requests.ids(direction=RequestDirection.OUTGOING) == [out.id]
    assert store.requests.count() == 2
    assert set(store.requests.many([old.id, 999])) == {old.id}
    store.requests.delete(old.id)
    with pytest.raises(NotFoundError):
        store.requests.delete(old.id)


def test_record_fills_introduced_by_once(store):
    sari, budi, andi = (store.contacts.create(n) for n in ("Sari", "Budi", "Andi"))
    intro = store.introductions.record(Introduction(
        person_id=budi.id, introducer_id=sari.id, made_on=MAY))
    assert store.contacts.get(budi.id).introduced_by_id == sari.id
    store.introductions.record(Introduction(person_id=budi.id, introducer_id=andi.id))
    assert store.contacts.get(budi.id).introduced_by_id == sari.id
    assert store.introductions.ids()[0] == intro.id  # dated ones first, newest first
    assert set(store.introductions.many([intro.id])) == {intro.id}


@pytest.mark.parametrize("fields", [
    {"introducer_id": None},
    {"direction": IntroductionDirection.MADE, "introducer_id": None},
    {"to_contact_id": "person"},
])
def test_record_refuses_what_makes_no_sense(store, fields):
    sari, budi = store.contacts.create("Sari"), store.contacts.create("Budi")
    values = {"person_id": budi.id, "introducer_id": sari.id, **fields}
    if values.get("to_contact_id") == "person":
        values["to_contact_id"] = budi.id
    with pytest.raises(StorageError):
        store.introductions.record(Introduction(**values))
    assert store.introductions.ids() == []


def test_record_refuses_deleted_contacts(store):
    sari, budi = store.contacts.create("Sari"), store.contacts.create("Budi")
    store.contacts.delete(sari.id)
    with pytest.raises(NotFoundError):
        store.introductions.record(Introduction(person_id=budi.id, introducer_id=sari.id))


def test_know_each_other(store):
    a, b, c, d = (store.contacts.create(n) for n in "ABCD")
    assert not store.introductions.know_each_other(a.id, b.id)
    meeting = store.interactions.save(Interaction(
        occurred_at=dt.datetime(2026, 5, 1, tzinfo=dt.UTC), participant_ids=(a.id, b.id)))
    assert store.introductions.know_each_other(b.id, a.id)
    store.interactions.delete(meeting.id)
    assert not store.introductions.know_each_other(a.id, b.id)
    store.contacts.save(dataclasses.replace(store.contacts.get(c.id), introduced_by_id=a.id))
    assert store.introductions.know_each_other(a.id, c.id)
    store.introductions.record(Introduction(person_id=d.id, to_contact_id=b.id,
                                            direction=IntroductionDirection.MADE,
                                            outcome=IntroductionOutcome.ACCEPTED))
    assert store.introductions.know_each_other(b.id, d.id)
    assert not store.introductions.know_each_other(c.id, d.id)
