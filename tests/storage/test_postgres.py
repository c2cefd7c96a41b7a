"""The journal on a PostgreSQL server: the same schema, the same answers, errors in words."""

from __future__ import annotations

import datetime as dt

import pytest

from netjournal.demo import generator
from netjournal.domain.values import Channel, Interaction, day_only, is_day_only
from netjournal.storage import StorageError, postgres
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

pytestmark = pytest.mark.postgresql


def _columns(store: Store) -> dict[str, list[str]]:
    return {t: sorted(c.name for c in store.db.get_columns(t))
            for t in sorted(store.db.get_tables()) if t != "schema_migration"}


def test_the_schema_is_the_same_on_both_engines(store, pg_url):
    with Store.open_url(pg_url) as server:
        on_server = _columns(server)
    on_file = {t: cols for t, cols in _columns(store).items()
               if not t.startswith(("contact_fts", "interaction_fts"))}
    del on_server["journal_write"]  # the server's count of writes (migration 0013)
    for index in ("contact_fts", "interaction_fts"):  # the search tables: a document more
        assert index in on_server and "doc" in on_server[index]
        del on_server[index]
    assert on_server == on_file


def test_ids_given_by_a_copy_are_followed_by_new_ones(pg_url):
    with Store.open_url(pg_url) as server:
        generator.generate(server, contacts=30, seed=4)
        highest = max(server.search.contact_ids(limit=None))
        new = server.contacts.create("Someone New")
        assert new.id == highest + 1


def test_a_whole_day_meeting_keeps_its_day_and_last_contact_follows(pg_url):
    with Store.open_url(pg_url) as server:
        budi = server.contacts.create("Budi Santoso")
        server.interactions.save(Interaction(occurred_at=day_only(dt.date(2026, 3, 8)),
                                             participant_ids=(budi.id,),
                                             channel=Channel.IN_PERSON))
        last = server.contacts.get(budi.id).last_interaction_at
        assert is_day_only(last) and last.date() == dt.date(2026, 3, 8)
        assert server.check() == []


QUERIES = ["budi", "sant", "jose", "nunez", "lukasz", "fintech", "kopi", "a", "ja", "budi s",
           "o'brien", "smith", "🚀", "talk"]


def _answers(journal: Store) -> dict[str, tuple[list[int], list[int]]]:
    generator.generate(journal, contacts=150, seed=21)
    for name in ("José Núñez", "Łukasz Kowalski", "Conor O'Brien-Smith"):
        journal.contacts.create(name)
    return {q: (journal.search.contact_ids(ContactFilter(text=q), limit=None),
                journal.search.first_contact_ids(ContactFilter(text=q), 20)[0])
            for q in QUERIES}


def test_search_gives_the_same_hits_on_both_engines(store, pg_url):
    # one journal at a time: the models follow the store opened last
    on_file = _answers(store)
    with Store.open_url(pg_url) as server:
        on_server = _answers(server)
    for query in QUERIES:
        full, first = on_file[query]
        assert on_server[query][0] == full, query
        # the first page may be shorter on one engine (each has its own thresholds for a
        # quick first page), but it is always the start of the same answer, in order
        for page in (first, on_server[query][1]):
            assert page == [i for i in full if i in page][:len(page)], query
    assert all(on_file[q][0] for q in ("budi", "jose", "lukasz", "o'brien"))


def test_a_server_that_cannot_be_reached_is_said_in_words(pg_server):
    url = f"postgresql://netjournal:secret@127.0.0.1:{pg_server.port + 1}/nowhere"
    with pytest.raises(StorageError) as e:
        Store.open_url(url)
    assert "cannot reach the database postgresql://netjournal@127.0.0.1:" in str(e.value)
    assert "secret" not in str(e.value)


def test_a_url_without_a_database_is_refused(pg_server):
    with pytest.raises(StorageError, match="names no database"):
        Store.open_url(f"postgresql://netjournal@127.0.0.1:{pg_server.port}")


def test_passwords_never_show():
    assert postgres.shown_url("postgresql://ana:s3cr%40t@db.example:5433/journal?sslmode=require") \
        == "postgresql://ana@db.example:5433/journal?sslmode=require"
    assert postgres.is_postgres_url("postgres://h/db")
    assert not postgres.is_postgres_url("/home/ana/.local/share/netjournal")
