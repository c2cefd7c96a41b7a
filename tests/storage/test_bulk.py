"""Changing several contacts at once: one transaction each, and undo."""

from __future__ import annotations

import datetime as dt

import pytest

from netjournal.domain.values import FollowUp, FollowUpKind, FollowUpStatus, TieStrength
from netjournal.storage import StorageError
from netjournal.storage.search import ContactFilter

pytestmark = pytest.mark.usefixtures("engine")

DAY = dt.date(2026, 6, 1)


@pytest.fixture
def people(store):
    a = store.contacts.create("Andi", tags=("mentor",), tie_strength=TieStrength.CLOSE)
    b = store.contacts.create("Budi", tags=("fintech", "mentor"), cadence_days=20)
    c = store.contacts.create("Citra")
    return [a.id, b.id, c.id]


def state(store, ids):
    return [(c.tags, c.tie_strength, c.cadence_days)
            for c in (store.contacts.get(i) for i in ids)]


def test_add_and_remove_tags(store, people):
    before = state(store, people)
    record = store.bulk.add_tags(people, ["#Jakarta", "mentor"])
    assert record.changed == 3
    assert [store.contacts.get(i).tags for i in people] == [
        ("jakarta", "mentor"), ("fintech", "jakarta", "mentor"), ("jakarta", "mentor")]
    assert store.search.contact_ids(ContactFilter(tag="jakarta")) == people
    assert store.search.contact_ids(ContactFilter(text="jakarta")) == people  # indexed
    store.bulk.restore(record)
    assert state(store, people) == before
    record = store.bulk.remove_tags(people, ["mentor"])
    assert record.changed == 2
    assert [store.contacts.get(i).tags for i in people] == [(), ("fintech",), ()]
    store.bulk.restore(record)
    assert state(store, people) == before


def test_tie_strength_and_cadence(store, people):
    before = state(store, people)
    record = store.bulk.set_tie_strength(people, TieStrength.WEAK)
    assert record.changed == 1  # two were weak already
    store.bulk.restore(record)
    record = store.bulk.set_tie_strength(people, TieStrength.REGULAR)
    assert record.changed == 3
    assert {store.contacts.get(i).tie_strength for i in people} == {TieStrength.REGULAR}
    store.bulk.restore(record)
    record = store.bulk.set_cadence(people, 45)
    assert [store.contacts.get(i).cadence_days for i in people] == [45, 45, 45]
    store.bulk.restore(record)
    assert state(store, people) == before
    record = store.bulk.set_cadence(people, None)
    assert record.changed == 1 and [store.contacts.get(i).cadence_days for i in people] == [
        None, None, None]


def test_refusals(store, people):
    before = state(store, people)
    with pytest.raises(StorageError):
        store.bulk.set_tie_strength(people, TieStrength.DORMANT)
    with pytest.raises(StorageError):
        store.bulk.set_cadence(people, 0)
    with pytest.raises(StorageError):
        store.bulk.add_tags(people, ["  #  "])
    assert state(store, people) == before


def test_let_go_of_follow_ups(store, people):
    open_a = store.followups.save(FollowUp(contact_id=people[0], due_on=DAY,
                                           kind=FollowUpKind.MANUAL))
    snoozed = store.followups.save(FollowUp(contact_id=people[1], due_on=DAY,
                                            kind=FollowUpKind.MANUAL,
                                            status=FollowUpStatus.SNOOZED))
    done = store.followups.save(FollowUp(contact_id=people[1], due_on=DAY,
                                         kind=FollowUpKind.MANUAL))
    done = store.followups.close(done.id, FollowUpStatus.DONE)
    record = store.bulk.let_go_follow_ups(people)
    assert record.changed == 2
    assert store.followups.get(open_a.id).status == FollowUpStatus.LET_GO
    assert store.followups.get(snoozed.id).status == FollowUpStatus.LET_GO
    assert store.followups.get(done.id) == done
    store.bulk.restore(record)
    assert store.followups.get(open_a.id).status == FollowUpStatus.OPEN
    assert store.followups.get(open_a.id).closed_at is None
    assert store.followups.get(snoozed.id).status == FollowUpStatus.SNOOZED


def test_contacts_in_the_bin_are_left_alone(store, people):
    store.contacts.delete(people[2])
    record = store.bulk.add_tags(people, ["x"])
    assert record.contact_ids == tuple(people[:2])
    assert store.contacts.get(people[2], include_deleted=True).tags == ()


def test_many_contacts_in_one_go(store):
    ids = [store.contacts.create(f"P{i}").id for i in range(520)]
    record = store.bulk.add_tags(ids, ["event"])
    assert record.changed == 520
    assert store.search.count(ContactFilter(tag="event")) == 520
    store.bulk.restore(record)
    assert store.search.count(ContactFilter(tag="event")) == 0
