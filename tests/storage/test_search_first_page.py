"""The quick first page of search as you type, and reading on a worker thread."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netjournal.domain.values import Interaction
from netjournal.storage.search import ContactFilter, Order, SearchRepository

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def crowd(store):  # type: ignore[no-untyped-def]
    """Twenty-four people; "kopi" is in some names' notes and in many conversations."""
    ids = []
    for i in range(24):
        c = store.contacts.create(f"{'Budi' if i % 3 else 'Dewi'} Person{i:02d}",
                                  company="Kopi Kenangan" if i % 4 == 0 else "Gojek",
                                  notes="likes coffee" if i % 5 == 0 else "")
        ids.append(c.id)
        if i % 2:
            store.interactions.save(Interaction(
                occurred_at=NOW - dt.timedelta(days=i), participant_ids=(c.id,),
                summary="ngopi, kopi susu and plans"))
    return ids


def is_ordered_subset(part: list[int], whole: list[int]) -> bool:
    positions = [whole.index(i) for i in part if i in whole]
    return len(positions) == len(part) and positions == sorted(positions)


def test_no_text_is_a_limited_query(store, crowd):
    ids, complete = store.search.first_contact_ids(ContactFilter(), 10)
    assert (ids, complete) == (store.search.contact_ids(ContactFilter())[:10], False)
    ids, complete = store.search.first_contact_ids(ContactFilter(), 100)
    assert complete and ids == store.search.contact_ids(ContactFilter())


def test_rare_words_give_the_exact_answer(store, crowd):
    flt = ContactFilter(text="kopi")
    ids, complete = store.search.first_contact_ids(flt, 5)
    assert complete
    assert ids == store.search.contact_ids(flt)  # all of them, even past the limit
    assert len(ids) > 5


@pytest.mark.parametrize(("walk", "walk_matches"), [(3, 10_000), (10_000, 10_000), (10_000, 2)],
                         ids=["walk-in-order", "sort-the-matches", "walk-against-the-matches"])
@pytest.mark.parametrize("order", list(Order))
def test_common_words_give_a_first_page_of_the_full_answer(store, crowd, monkeypatch, walk,
                                                           walk_matches, order):
    monkeypatch.setattr(SearchRepository, "DENSE", 2)
    monkeypatch.setattr(SearchRepository, "WALK", walk)
    monkeypatch.setattr(SearchRepository, "WALK_MATCHES", walk_matches)
    for text in ("kop", "b", "kopi", "budi ko", "dew"):
        flt = ContactFilter(text=text, order=order)
        ids, complete = store.search.first_contact_ids(flt, 4)
        full = store.search.contact_ids(flt)
        assert not complete
        assert len(ids) <= 4
        assert is_ordered_subset(ids, full), text


def test_other_filters_apply_to_the_first_page(store, crowd, monkeypatch):
    monkeypatch.setattr(SearchRepository, "DENSE", 2)
    store.contacts.add_tags(crowd[4], ["mentor"])
    ids, _ = store.search.first_contact_ids(ContactFilter(text="kopi", tag="mentor"), 10)
    assert ids == [crowd[4]]


@given(st.text(alphabet="abdekoipunsv ", max_size=6), st.integers(1, 30))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_first_page_is_always_an_ordered_part_of_the_answer(store, crowd, text, limit):
    flt = ContactFilter(text=text)
    ids, complete = store.search.first_contact_ids(flt, limit)
    full = store.search.contact_ids(flt)
    if complete:
        assert ids == full
    else:
        assert is_ordered_subset(ids, full) and len(ids) <= limit


def test_a_worker_thread_reads_on_its_own_connection(store, crowd):
    found: list[list[int]] = []

    def work() -> None:
        store.search.interrupter()  # opens this thread's connection
        found.append(store.search.contact_ids(ContactFilter(text="budi")))
        store.search.release_thread()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert found == [store.search.contact_ids(ContactFilter(text="budi"))]
    assert not store.db.is_closed()  # this thread's connection is untouched


def test_the_set_of_matches_is_walked_in_name_order(store, crowd, monkeypatch):
    """Where the engine builds a set of matches quickly (SQLite), a long prefix matching
    many contacts gives the first page by walking the name order against that set: the
    same contacts, in the same order, as the full answer starts with."""
    monkeypatch.setattr(SearchRepository, "DENSE", 2)
    monkeypatch.setattr(SearchRepository, "WALK_MATCHES", 2)
    statements: list[str] = []
    real = store.search._ids
    monkeypatch.setattr(store.search, "_ids",
                        lambda sql, params: statements.append(sql) or real(sql, params))
    for text in ("gojek", "person1", "budi gojek"):
        flt = ContactFilter(text=text)
        ids, complete = store.search.first_contact_ids(flt, 3)
        assert not complete
        assert ids == store.search.contact_ids(flt)[:3], text
    walked = [s for s in statements
              if "c.id IN (SELECT rowid FROM contact_fts" in s and s.endswith("LIMIT 3")]
    if store.search._limits.walk_matches is None:  # a server sorts the matches instead
        assert not walked
    else:
        assert len(walked) == 3


def test_every_server_statement_is_planned_for_its_own_words(store, crowd, engine):
    """On a server, psycopg prepares a statement run five times and the server may then
    keep one plan for all later words; a search's plan depends on its words, so every
    connection (a worker thread's too) plans each statement for its own parameters."""
    if engine != "postgresql":
        pytest.skip("the SQLite file plans each statement as it runs")
    db = store.search._db
    assert db.execute_sql("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
    seen: list[str] = []

    def work() -> None:
        store.search.interrupter()  # opens this thread's connection
        seen.append(db.execute_sql("SHOW plan_cache_mode").fetchone()[0])
        store.search.release_thread()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == ["force_custom_plan"]
    for text in ("budi", "dewi", "kopi", "budi p", "gojek", "dewi person", "budi person1"):
        flt = ContactFilter(text=text)  # run past psycopg's threshold for preparing
        assert store.search.first_contact_ids(flt, 100) == (store.search.contact_ids(flt),
                                                            True)


def test_a_search_is_stopped_from_another_thread(store, engine):
    """The GUI thread stops the worker's query without waiting (on a server the cancel is
    sent from a thread of its own); the worker's query ends with SearchInterruptedError."""
    import time

    from netjournal.storage.search import SearchInterruptedError

    stops: list = []
    outcome: list[str] = []
    started = threading.Event()

    def work() -> None:
        stops.append(store.search.interrupter())
        started.set()
        try:
            store.search._ids(_SLOW[engine], [])
            outcome.append("finished")
        except SearchInterruptedError:
            outcome.append("stopped")
        finally:
            store.search.release_thread()

    worker = threading.Thread(target=work)
    worker.start()
    assert started.wait(10)
    time.sleep(0.3)  # the query is under way (it would take many seconds)
    stops[0]()
    worker.join(30)
    assert outcome == ["stopped"]


_SLOW = {  # a query that takes many seconds on each engine
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
              " WHERE i < 300000000) SELECT count(*) FROM n",
    "postgresql": "SELECT 1 FROM pg_sleep(30)",
}


@pytest.mark.parametrize("text", ["pers", "person0", "budi per"])
def test_matches_sorted_in_the_search_table_follow_renames_and_the_trash(store, crowd,
                                                                         monkeypatch, text):
    """On a server the search table holds each contact's name order and whether it is in
    the trash (migration 0017), and a first page of a few hundred to a few thousand
    matches is sorted there: it stays the start of the full answer when a contact is
    renamed, moved to the trash and back, whatever letter the names start with."""
    monkeypatch.setattr(SearchRepository, "DENSE", 2)
    statements: list[str] = []
    real = store.search._ids
    monkeypatch.setattr(store.search, "_ids",
                        lambda sql, params: statements.append(sql) or real(sql, params))
    flt = ContactFilter(text=text)

    def first_page() -> list[int]:
        ids, complete = store.search.first_contact_ids(flt, 3)
        assert not complete
        assert ids == store.search.contact_ids(flt)[:3]
        return ids

    before = first_page()
    renamed = store.contacts.get(crowd[-3])
    store.contacts.save(replace(renamed, name="aaron budi person03"))  # first by its name
    assert first_page()[0] == renamed.id
    store.contacts.delete(renamed.id)
    assert first_page() == before
    store.contacts.restore(renamed.id)
    assert first_page()[0] == renamed.id
    pages = [s for s in statements if s.endswith("LIMIT 3")]
    sorted_there = [s for s in pages if "ORDER BY sort_name" in s]
    if store.search._limits.sorted_in_index:
        assert len(sorted_there) == len(pages) == 4
    else:  # SQLite reads its own index
        assert not sorted_there
