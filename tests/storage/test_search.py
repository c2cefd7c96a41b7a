"""Full-text search: diacritics, prefixes, every write path, filters and order."""

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netjournal.domain.values import FollowUp, FollowUpKind, Interaction, TieStrength
from netjournal.storage.search import ContactFilter, Order, fts_query

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def ids(store, text="", **kw):
    return store.search.contact_ids(ContactFilter(text=text, **kw))


def test_diacritics_folded_both_ways(store):
    c = store.contacts.create("Nguyễn Văn An")
    z = store.contacts.create("Zoe Muller")
    assert ids(store, "nguyen") == [c.id]
    assert ids(store, "Nguyễn van") == [c.id]
    assert ids(store, "zoë müller") == [z.id]


def test_prefix_and_every_word(store):
    budi = store.contacts.create("Budi Santoso", company="Tokopedia", title="Product Manager")
    store.contacts.create("Budi Halim", company="Gojek")
    assert ids(store, "sant") == [budi.id]
    assert ids(store, "budi toko") == [budi.id]
    assert ids(store, "product man") == [budi.id]
    assert len(ids(store, "bu")) == 2


def test_every_field_and_write_path_is_indexed(store):
    c = store.contacts.create("Dewi", interests="batik", family="twins", remember="halal",
                              notes="met in Bandung", how_met="hackathon", tags=("fintech",))
    for word in ("batik", "twins", "halal", "bandung", "hackathon", "fintech"):
        assert ids(store, word) == [c.id], word
    store.contacts.set_tags(c.id, ["climate"])
    assert ids(store, "fintech") == [] and ids(store, "climate") == [c.id]
    store.contacts.save(dataclasses.replace(store.contacts.get(c.id), interests="wayang"))
    assert ids(store, "batik") == [] and ids(store, "wayang") == [c.id]
    store.db.execute_sql("UPDATE tag SET name = 'iklim' WHERE name = 'climate'")
    assert ids(store, "iklim") == [c.id]


def test_interaction_text_finds_participants_until_deleted(store):
    a, b = store.contacts.create("A"), store.contacts.create("B")
    it = store.interactions.save(Interaction(occurred_at=dt.datetime.now(dt.UTC),
                                             participant_ids=(a.id, b.id),
                                             learned="collects vinyl records"))
    assert ids(store, "vinyl") == [a.id, b.id]
    assert store.search.interaction_ids("vinyl") == [it.id]
    store.interactions.delete(it.id)
    assert ids(store, "vinyl") == []


def test_deleted_contacts_are_not_found(store):
    c = store.contacts.create("Hendra")
    store.contacts.delete(c.id)
    assert ids(store, "hendra") == []


def test_punctuation_is_never_fts_syntax(store):
    c = store.contacts.create('O\'Brien "AND" (NEAR)')
    for text in ['o\'brien', '"', 'AND', '(NEAR', '*', 'o"b', 'NOT', '-', '^x']:
        ids(store, text)  # never raises
    assert ids(store, "o'brien") == [c.id]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fts_query_is_always_valid(text):
    q = fts_query(text)
    assert q == "" or q.endswith("*")


def test_filters_and_orders(store):
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    close = store.contacts.create("Ani", tie_strength=TieStrength.CLOSE, tags=("mentor",))
    weak = store.contacts.create("Bima", tie_strength=TieStrength.WEAK)
    fresh = store.contacts.create("Cici", tie_strength=TieStrength.REGULAR)
    store.interactions.save(Interaction(occurred_at=now - dt.timedelta(days=40),
                                        participant_ids=(close.id, weak.id)))
    store.interactions.save(Interaction(occurred_at=now - dt.timedelta(days=1),
                                        participant_ids=(fresh.id,)))
    store.followups.save(FollowUp(contact_id=weak.id, due_on=now.date(),
                                  kind=FollowUpKind.MANUAL))
    assert ids(store, tag="#Mentor") == [close.id]
    assert ids(store, tie=TieStrength.WEAK) == [weak.id]
    assert ids(store, due_by=now.date()) == [weak.id]
    assert ids(store, due_by=now.date() - dt.timedelta(days=1)) == []
    assert ids(store, dormant_at=now) == [close.id]  # 40 days > 30; weak allows 90
    assert ids(store, order=Order.LAST_CONTACT) == [fresh.id, weak.id, close.id]
    assert ids(store) == [close.id, weak.id, fresh.id]
    assert store.search.count(ContactFilter(tie=TieStrength.CLOSE)) == 1
