"""The same journal on the SQLite file and on a PostgreSQL server: the same hits for the
same query (names, companies, tags, notes, conversations; accents folded; prefixes match),
and every write keeps the server's short prefixes in step."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netjournal.domain.values import Interaction
from netjournal.paths import DataDir
from netjournal.storage.dialect import tsquery
from netjournal.storage.search import ContactFilter, SearchRepository, fts_query
from netjournal.storage.store import Store

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
LETTERS = "abdeknostuzéèüñçå"
NAME_LETTERS = LETTERS + "øłßæ"
"""The letters with no decomposition (``ł``, ``ø``...) are folded by hand in names and
companies only on the file (migration 0002), and by ``unaccent`` everywhere on a server:
the two engines agree on them in names and companies."""
_databases = itertools.count(1)
ANSWERS = dict[str, tuple[list[int], list[int]]]


@dataclasses.dataclass(frozen=True)
class Person:
    name: str
    company: str
    tag: str
    notes: str
    said: str


words = st.text(alphabet=LETTERS, min_size=1, max_size=7)
phrases = st.lists(words, min_size=0, max_size=3).map(" ".join)
names = st.lists(st.text(alphabet=NAME_LETTERS, min_size=1, max_size=7), min_size=1,
                 max_size=3).map(" ".join)
people = st.builds(Person, name=names, company=names | st.just(""),
                   tag=st.text(alphabet="abdeknost", max_size=5), notes=phrases, said=phrases)
queries = st.lists(st.text(alphabet=NAME_LETTERS, min_size=1, max_size=4), min_size=1,
                   max_size=2).map(" ".join)


def _write(store: Store, crowd: list[Person]) -> None:
    for n, p in enumerate(crowd):
        c = store.contacts.create(p.name, company=p.company, notes=p.notes,
                                  tags=(p.tag,) if p.tag else ())
        if p.said:
            store.interactions.save(Interaction(occurred_at=NOW - dt.timedelta(days=n),
                                                participant_ids=(c.id,), summary=p.said))


def _answers(store: Store, texts: list[str]) -> dict[str, tuple[list[int], list[int]]]:
    return {t: (store.search.contact_ids(ContactFilter(text=t)),
                store.search.first_contact_ids(ContactFilter(text=t), 3)[0]) for t in texts}


@pytest.fixture
def journals(pg_server) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A function that answers the queries on a new file and a new server database,
    each holding the same people."""
    made: list[str] = []

    def answer(crowd: list[Person], texts: list[str]) -> tuple[ANSWERS, ANSWERS]:
        name = f"engines_{next(_databases)}"
        made.append(name)
        url = pg_server.create_database(name)
        # one journal at a time: the models follow the store opened last
        with tempfile.TemporaryDirectory() as folder, \
                Store.open(DataDir(Path(folder)).ensure()) as on_file:
            _write(on_file, crowd)
            from_file = _answers(on_file, texts)
        with Store.open_url(url) as on_server:
            _write(on_server, crowd)
            from_server = _answers(on_server, texts)
        return from_file, from_server

    yield answer
    for name in made:
        pg_server.drop_database(name)


@pytest.mark.postgresql
@given(crowd=st.lists(people, min_size=1, max_size=8), texts=st.lists(queries, min_size=1,
                                                                       max_size=6))
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
def test_both_engines_find_the_same_contacts(journals, monkeypatch, crowd, texts):
    monkeypatch.setattr(SearchRepository, "DENSE", 2)  # the first page's quick paths too
    monkeypatch.setattr(SearchRepository, "WALK", 3)
    from_file, from_server = journals(crowd, texts)
    assert from_server == from_file


@pytest.mark.postgresql
def test_short_prefixes_with_accents_find_the_same_contacts(journals):
    crowd = [Person("Élodie Ñúñez", "Søren & Co", "", "", ""),
             Person("Zoë Łukasz", "", "eko", "çatal", "Über kopi"),
             Person("Te Ao", "aß", "", "", "")]
    texts = ["é", "e", "el", "élo", "ñ", "nu", "so", "sø", "z", "zo", "zoe", "zoë", "l", "łu",
             "ek", "ç", "ca", "u", "üb", "ub", "k", "te", "t a", "a", "ab", "ss", "s", "o"]
    from_file, from_server = journals(crowd, texts)
    assert from_server == from_file
    assert from_file["é"][0] and from_file["sø"][0] and from_file["łu"][0]


def test_short_prefixes_are_asked_as_words():
    assert tsquery(fts_query("t")) == "'t'"
    assert tsquery(fts_query("Bud S")) == "'bud' & 's'"
    assert tsquery(fts_query("budi")) == "'budi':*"
    assert tsquery(fts_query("é")) == "'é'"  # unaccent folds it to one letter
    assert tsquery(f"name : ({fts_query('bu')})") == "'bu':A"
    assert tsquery(f"name : ({fts_query('budi')})") == "'budi':*A"
    assert tsquery(fts_query("Ω")) == "'ω':*"  # not folded to one ASCII letter: the prefix
    assert tsquery(fts_query("a_b")) == "('a':* <-> 'b':*)"  # a phrase keeps its form



@pytest.mark.usefixtures("engine")
def test_every_write_path_keeps_short_prefixes_in_step(store):
    def ids(text: str) -> list[int]:
        return store.search.contact_ids(ContactFilter(text=text))

    c = store.contacts.create("Dewi", interests="batik", notes="met in Bandung",
                              tags=("fintech",))
    for text in ("ba", "b", "fi", "me", "de"):
        assert ids(text) == [c.id], text
    store.contacts.save(dataclasses.replace(store.contacts.get(c.id), name="Wulan",
                                            interests="wayang", notes=""))
    assert ids("de") == [] and ids("ba") == [] and ids("wu") == [c.id] and ids("wa") == [c.id]
    store.contacts.set_tags(c.id, ["climate"])
    assert ids("fi") == [] and ids("cl") == [c.id]
    store.db.execute_sql("UPDATE tag SET name = 'iklim' WHERE name = 'climate'")
    assert ids("ik") == [c.id] and ids("cl") == []
    it = store.interactions.save(Interaction(occurred_at=NOW, participant_ids=(c.id,),
                                             summary="ngopi"))
    assert ids("ng") == [c.id]
    store.interactions.save(dataclasses.replace(store.interactions.get(it.id),
                                                summary="makan"))
    assert ids("ng") == [] and ids("ma") == [c.id]
    store.interactions.delete(it.id)
    assert ids("ma") == []
    store.contacts.delete(c.id)
    assert ids("wu") == []
    assert store.check() == []
