"""One rule for naming a contact: an id, else an exact name, else the search."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netjournal.domain.details import fold
from netjournal.domain.values import Interaction
from netjournal.storage.lookup import MatchedBy, find_contact, named_exactly
from netjournal.storage.search import ContactFilter

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def test_an_id_with_or_without_the_hash(store):
    budi = store.contacts.create("Budi Santoso")
    for text in (str(budi.id), f"#{budi.id}", f" # {budi.id} "):
        found = find_contact(store, text)
        assert (found.by, found.contact_id, found.id_given) == (MatchedBy.ID, budi.id, budi.id)
    missing = find_contact(store, "#999")
    assert (missing.by, missing.contact_id, missing.id_given, missing.total) == (
        None, None, 999, 0)
    store.contacts.delete(budi.id)
    assert find_contact(store, str(budi.id)).contact_id is None  # a deleted card is gone


def test_an_exact_name_ignores_case_accents_and_spacing(store):
    segolene = store.contacts.create("Ségolène Lefèvre-Çelik")
    lukasz = store.contacts.create("Łukasz Żółkiewski")
    for text in ("segolene lefevre-celik", "SÉGOLÈNE   Lefèvre-Çelik"):
        found = find_contact(store, text)
        assert (found.by, found.contact_id) == (MatchedBy.NAME, segolene.id), text
    found = find_contact(store, "lukasz zolkiewski")
    assert (found.by, found.contact_id) == (MatchedBy.NAME, lukasz.id)
    assert named_exactly(store, "segolene lefevre") == []  # a part is not the name


def test_an_exact_name_wins_over_the_search(store):
    budi = store.contacts.create("Budi")
    store.contacts.create("Budi Santoso")
    store.contacts.create("Sari", notes="Budi's sister")
    found = find_contact(store, "budi")
    assert (found.by, found.contact_id) == (MatchedBy.NAME, budi.id)


def test_the_same_name_twice_lists_both_oldest_first(store):
    a = store.contacts.create("Dewi Lestari", company="Gojek")
    b = store.contacts.create("Dewi Lestari", company="Traveloka")
    found = find_contact(store, "dewi lestari")
    assert (found.by, found.ids, found.total, found.contact_id) == (
        MatchedBy.NAME, (a.id, b.id), 2, None)


def test_else_the_search_that_search_runs(store):
    evil = store.contacts.create('<b>Evil</b><img src="file:///etc/hostname">')
    budi = store.contacts.create("Budi Santoso", company="Tokopedia")
    found = find_contact(store, "Evil")
    assert (found.by, found.contact_id) == (MatchedBy.SEARCH, evil.id)
    assert find_contact(store, "budi toko").contact_id == budi.id  # prefixes, any field
    sari = store.contacts.create("Sari Wijaya")
    store.interactions.save(Interaction(occurred_at=dt.datetime.now(dt.UTC),
                                        participant_ids=(sari.id,),
                                        summary="talked about durian farms"))
    assert find_contact(store, "durian").contact_id == sari.id  # conversations too
    for text in ("Evil", "budi toko", "durian", "san"):
        assert list(find_contact(store, text).ids) == store.search.contact_ids(
            ContactFilter(text=text))


def test_several_search_hits_are_counted_and_the_first_listed(store):
    ids = [store.contacts.create(f"Budi {surname}").id
           for surname in ("Hartono", "Santoso", "Wijaya", "Gunawan", "Halim")]
    found = find_contact(store, "bud", limit=3)
    assert found.by == MatchedBy.SEARCH and found.contact_id is None
    assert found.total == 5 and len(found.ids) == 3 and set(found.ids) < set(ids)


def test_nothing_matches(store):
    store.contacts.create("Budi Santoso")
    for text in ("Nobody Here", "", "  ", "!!! ...", "#"):
        found = find_contact(store, text)
        assert (found.by, found.ids, found.total, found.id_given) == (None, (), 0, None), text


NAME_LETTERS = "abcdeghiklmnoprstuwyzABDGKMSTWéèëáàâäãåíïóöôõúüçñłøđßŁØ"
names = st.lists(st.text(NAME_LETTERS, min_size=1, max_size=8), min_size=1,
                 max_size=3).map(" ".join)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names, shout=st.booleans())
def test_a_contact_is_found_by_its_name_folded_or_not(store, name, shout):
    contact = store.contacts.create(name)
    typed = fold(name).upper() if shout else name
    found = find_contact(store, typed)
    assert found.by == MatchedBy.NAME and contact.id in found.ids
    store.contacts.delete(contact.id)
