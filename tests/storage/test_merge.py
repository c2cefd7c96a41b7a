"""Merging two contacts in the store: every related row moves, and undo puts it back."""

from __future__ import annotations

import datetime as dt

import pytest

from netjournal.domain.duplicates import Why
from netjournal.domain.mergecard import Side, combine
from netjournal.domain.values import (
    Channel,
    ConnectionRequest,
    Detail,
    DetailKind,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    FollowUp,
    FollowUpKind,
    Interaction,
    Introduction,
    Offer,
    TieStrength,
)
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage.search import ContactFilter
from netjournal.storage.sql import fetch_all

pytestmark = pytest.mark.usefixtures("engine")

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
TABLES = {"participant": "contact_id", "offer": "contact_id", "exchange": "contact_id",
          "follow_up": "contact_id", "introduction": "person_id",
          "connection_request": "contact_id"}


def counts(store, contact_id: int) -> dict[str, int]:
    return {t: fetch_all(store.db, f"SELECT count(*) FROM {t} WHERE {c} = ?",
                         [contact_id])[0][0] for t, c in TABLES.items()}


def fill(store, contact_id: int, word: str, when: dt.datetime, other: int) -> None:
    """A bit of everything for one contact."""
    store.interactions.save(Interaction(occurred_at=when, participant_ids=(contact_id,),
                                        channel=Channel.CALL, summary=f"talked {word}"))
    store.offers.save(Offer(contact_id=contact_id, text=f"offer {word}"))
    store.exchanges.save(Exchange(contact_id=contact_id, direction=ExchangeDirection.GIVEN,
                                  kind=ExchangeKind.ADVICE, description=word))
    store.followups.save(FollowUp(contact_id=contact_id, due_on=when.date(),
                                  kind=FollowUpKind.MANUAL, reason=word))
    store.introductions.save(Introduction(person_id=contact_id, introducer_id=other))
    store.requests.save(ConnectionRequest(name=word, contact_id=contact_id))


@pytest.fixture
def pair(store):
    first = store.contacts.create(
        "Budi Santoso", company="Tokopedia", tags=("fintech",),
        details=(Detail(DetailKind.EMAIL, "budi@tokopedia.com"),))
    second = store.contacts.create(
        "budi santoso", title="PM", notes="likes durian", tags=("jakarta", "fintech"),
        cadence_days=30, details=(Detail(DetailKind.PHONE, "0812 3456 789"),
                                  Detail(DetailKind.EMAIL, "BUDI@tokopedia.com")))
    third = store.contacts.create("Sari Dewi", introduced_by_id=second.id)
    fill(store, first.id, "payments", T0, third.id)
    fill(store, second.id, "durian", T0 + dt.timedelta(days=10), third.id)
    both = store.interactions.save(Interaction(occurred_at=T0 - dt.timedelta(days=1),
                                               participant_ids=(first.id, second.id),
                                               summary="lunch together"))
    return first, second, third, both


def test_the_store_finds_the_pair(store, pair):
    first, second, _, _ = pair
    groups = store.merges.duplicate_groups()
    assert [g.ids for g in groups] == [(first.id, second.id)]
    assert groups[0].reasons[0].why == Why.EMAIL


def test_merge_moves_every_related_row(store, pair):
    first, second, third, both = pair
    before_first, before_second = counts(store, first.id), counts(store, second.id)
    assert before_second == {t: 1 for t in TABLES} | {"participant": 2}
    record = store.merges.merge(combine(first, second), second.id)

    after = counts(store, first.id)
    for table in TABLES:
        expected = before_first[table] + before_second[table]
        if table == "participant":
            expected -= 1  # the lunch they both were at stays one entry
        assert after[table] == expected, table
    assert counts(store, second.id) == {t: 0 for t in TABLES}
    assert record.counts["participant"] == 1 and record.shared == (both.id,)
    assert store.contacts.get(third.id).introduced_by_id == first.id

    kept = store.contacts.get(first.id)
    assert (kept.name, kept.company, kept.title, kept.notes) == (
        "Budi Santoso", "Tokopedia", "PM", "likes durian")
    assert kept.cadence_days == 30 and set(kept.tags) == {"fintech", "jakarta"}
    assert sorted(d.value for d in kept.details) == ["0812 3456 789", "budi@tokopedia.com"]
    assert kept.last_interaction_at == T0 + dt.timedelta(days=10)  # the second's last call
    assert not store.contacts.exists(second.id)
    assert store.contacts.get(second.id, include_deleted=True).notes == "likes durian"
    assert len(store.interactions.for_contact(first.id)) == 3
    assert store.merges.duplicate_groups() == []
    assert store.check() == []


def test_search_finds_the_merged_text(store, pair):
    first, second, _, _ = pair
    store.merges.merge(combine(first, second), second.id)
    for words in ("durian", "talked durian", "PM"):
        assert store.search.contact_ids(ContactFilter(text=words)) == [first.id], words


def test_fields_are_chosen_one_by_one(store, pair):
    first, second, _, _ = pair
    card = combine(first, second, {"name": Side.SECOND, "notes": Side.FIRST,
                                   "cadence_days": Side.FIRST})
    store.merges.merge(card, second.id)
    kept = store.contacts.get(first.id)
    assert (kept.name, kept.notes, kept.cadence_days) == ("budi santoso", "", None)


def test_undo_puts_everything_back(store, pair):
    first, second, third, both = pair
    before = (counts(store, first.id), counts(store, second.id))
    card_before = store.contacts.get(first.id)
    record = store.merges.merge(combine(first, second), second.id)
    restored = store.merges.unmerge(record)
    assert restored.id == second.id and store.contacts.exists(second.id)
    assert (counts(store, first.id), counts(store, second.id)) == before
    kept = store.contacts.get(first.id)
    assert (kept.title, kept.notes, kept.tags, kept.cadence_days) == (
        card_before.title, card_before.notes, card_before.tags, None)
    assert [d.value for d in kept.details] == ["budi@tokopedia.com"]
    assert store.contacts.get(third.id).introduced_by_id == second.id
    assert set(store.interactions.get(both.id).participant_ids) == {first.id, second.id}
    assert store.contacts.get(second.id).last_interaction_at == T0 + dt.timedelta(days=10)
    assert store.contacts.get(first.id).last_interaction_at == T0
    assert store.search.contact_ids(ContactFilter(text="durian")) == [second.id]
    assert store.check() == []


def test_an_introduction_between_the_two_loses_its_self_link_and_gets_it_back(store, pair):
    first, second, _, _ = pair
    intro = store.introductions.save(Introduction(person_id=second.id, introducer_id=first.id))
    record = store.merges.merge(combine(first, second), second.id)
    merged = store.introductions.get(intro.id)
    assert (merged.person_id, merged.introducer_id) == (first.id, None)
    store.merges.unmerge(record)
    back = store.introductions.get(intro.id)
    assert (back.person_id, back.introducer_id) == (second.id, first.id)


def test_refusals_change_nothing(store, pair):
    first, second, _, _ = pair
    first = store.contacts.get(first.id)
    with pytest.raises(StorageError):
        store.merges.merge(first, first.id)
    with pytest.raises(NotFoundError):
        store.merges.merge(first, 9999)
    store.contacts.delete(second.id)
    with pytest.raises(NotFoundError):
        store.merges.merge(first, second.id)
    assert store.contacts.get(first.id) == first


def test_tie_strength_stays_the_firsts_by_default(store):
    a = store.contacts.create("Rina", tie_strength=TieStrength.CLOSE)
    b = store.contacts.create("Rina", tie_strength=TieStrength.REGULAR)
    store.merges.merge(combine(a, b), b.id)
    assert store.contacts.get(a.id).tie_strength == TieStrength.CLOSE
