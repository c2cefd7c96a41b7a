"""A restore (copy-to, the JSON full backup) writes in bulk with the derived-data triggers
held off, then rebuilds that data: it must be what the journal written row by row through
the triggers holds, on both engines, and a failed restore must leave nothing."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterator

import pytest

from netjournal import demo
from netjournal.domain.values import Contact, Interaction
from netjournal.paths import DataDir
from netjournal.storage import StorageError, transfer
from netjournal.storage.search import ContactFilter
from netjournal.storage.sql import fetch_all
from netjournal.storage.store import Store

pytestmark = pytest.mark.usefixtures("engine")

QUERIES = ("budi", "sari", "a", "ko", "tok", "fin", "jakarta", "kopi", "lukasz", "soren",
           "dew", "x", "zz")
_fresh = itertools.count(1)


@pytest.fixture
def empty(request: pytest.FixtureRequest, tmp_path) -> Iterator[Callable[[], Store]]:  # type: ignore[no-untyped-def]
    """Opens a second, empty journal on the test's engine (the models follow the journal
    opened last: open it once the first one is written and read)."""
    opened: list[Store] = []
    dropped: list[Callable[[], None]] = []

    def open_empty() -> Store:
        if request.getfixturevalue("engine") == "postgresql":
            server = request.getfixturevalue("pg_server")
            name = f"restored_{os.getpid()}_{next(_fresh)}"
            opened.append(Store.open_url(server.create_database(name)))
            dropped.append(lambda: server.drop_database(name))
        else:
            opened.append(Store.open(DataDir(tmp_path / "restored").ensure()))
        return opened[-1]

    yield open_empty
    for s in opened:
        s.close()
    for drop in dropped:
        drop()


def _written_row_by_row(store: Store) -> None:
    """A demo journal (every write through the triggers), with the odd cases added:
    folded letters, a contact and an interaction in the bin, an introducer added later."""
    demo.generate(store, 40, seed=5, today=dt.date(2026, 4, 20))
    lukasz = store.contacts.save(Contact(name="Łukasz Søren", company="Kopi Kenangan",
                                         tags=("fintech", "jakarta", "new-tag")))
    gone = store.contacts.save(Contact(name="Dewi Gone", introduced_by_id=lukasz.id))
    talk = store.interactions.save(Interaction(
        occurred_at=dt.datetime(2026, 10, 1, 9, tzinfo=dt.UTC),
        participant_ids=(lukasz.id, gone.id), summary="kopi susu di Tokopedia"))
    binned = store.interactions.save(Interaction(
        occurred_at=dt.datetime(2026, 10, 20, 9, tzinfo=dt.UTC),
        participant_ids=(lukasz.id,), summary="zzgone"))
    store.interactions.delete(binned.id)
    store.contacts.delete(gone.id)
    assert talk.id is not None


def _derived(store: Store) -> dict[str, object]:
    """Everything the triggers keep, in a form both ways of writing must agree on."""
    db = store.db
    words = ("SELECT rowid, tsvector_to_array(doc) FROM {t} ORDER BY rowid"
             if store.on_server else "SELECT rowid, * FROM {t} ORDER BY rowid")
    fts = {t: [(r[0], sorted(" ".join(str(v) for v in r[1:]).split())
                if not store.on_server else sorted(r[1]))
               for r in fetch_all(db, words.format(t=t))]
           for t in ("contact_fts", "interaction_fts")}
    return {
        "search": {q: (store.search.contact_ids(ContactFilter(text=q)),
                       store.search.interaction_ids(q))
                   for q in QUERIES},
        "fts": fts,
        "last": fetch_all(db, "SELECT id, last_interaction_at, uid FROM contact ORDER BY id"),
        "gaps": fetch_all(db, "SELECT contact_id, occurred_at, interaction_id, prev_at, back,"
                              " next_at, cadence FROM tie_gap ORDER BY 1, 2, 3"),
        "tags": fetch_all(db, "SELECT t.name, ct.contact_id FROM contact_tag ct JOIN tag t"
                              " ON t.id = ct.tag_id ORDER BY 1, 2"),
        # a server's search rows also hold the name order and the trash (migration 0017)
        "order": fetch_all(db, "SELECT rowid, sort_name, live FROM contact_fts ORDER BY 1")
                 if store.on_server else [],
    }


def test_a_restore_holds_what_the_row_by_row_writes_hold(store, empty):
    open_empty = empty
    _written_row_by_row(store)
    rows = transfer.dump(store)
    want = _derived(store)
    store.close()
    empty = open_empty()
    transfer.restore(empty, rows)
    assert transfer.dump(empty) == rows
    got = _derived(empty)
    assert got["search"] == want["search"]
    assert got["search"]["lukasz"][0] and got["search"]["zz"] == ([], [])  # not vacuous
    assert got == want
    assert empty.check() == []
    # the triggers are back: the next writes keep the derived data as before
    added = empty.contacts.save(Contact(name="Zulkifli Baru", tags=("fintech",)))
    empty.interactions.save(Interaction(occurred_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
                                        participant_ids=(added.id,), summary="quokka"))
    assert empty.search.contact_ids(ContactFilter(text="zulk")) == [added.id]
    assert empty.search.interaction_ids("quokka")
    assert empty.check() == []
    (gaps,), = fetch_all(empty.db, "SELECT count(*) FROM tie_gap WHERE contact_id = ?",
                         [added.id])
    assert gaps == 1


def test_a_restore_that_fails_late_leaves_the_journal_empty_and_its_triggers(store, empty):
    _written_row_by_row(store)
    rows = transfer.dump(store)
    store.close()
    empty = empty()
    triggers = _triggers(empty)
    rows["follow_up"].append({**rows["follow_up"][0], "id": 10_000,
                              "contact_id": 999_999})  # points at no one
    with pytest.raises(StorageError, match="follow_up #"):
        transfer.restore(empty, rows)
    assert transfer.is_empty(empty)
    assert fetch_all(empty.db, "SELECT count(*) FROM contact_detail") == [(0,)]
    assert _triggers(empty) == triggers
    added = empty.contacts.save(Contact(name="Budi After"))
    assert empty.search.contact_ids(ContactFilter(text="budi")) == [added.id]
    assert empty.check() == []


def _triggers(store: Store) -> list[tuple[object, ...]]:
    if store.on_server:
        return fetch_all(store.db, "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger"
                                   " WHERE NOT tgisinternal ORDER BY 1")
    return fetch_all(store.db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                               " ORDER BY name")


def test_a_bad_value_is_named_by_its_row(empty):
    empty = empty()
    rows = {"contact": [{"id": 1, "name": "A", "created_at": "2026-01-01 00:00:00",
                         "updated_at": "2026-01-01 00:00:00", "details": [
                             {"kind": "email", "value": "a@x.id"}]},
                        {"id": 2, "name": "B", "created_at": "2026-01-01 00:00:00",
                         "updated_at": "2026-01-01 00:00:00",
                         "details": [{"kind": "fax", "value": "1"}]}]}
    with pytest.raises(StorageError, match="contact #2"):
        transfer.restore(empty, rows)
    assert transfer.is_empty(empty)


def test_a_restore_cleans_control_characters_and_keeps_the_lines_of_notes(empty):
    empty = empty()
    stamp = "2026-01-01 00:00:00"
    rows = {"contact": [{"id": 1, "name": "Budi\x1b[31m\tSantoso\u2028", "created_at": stamp,
                         "updated_at": stamp, "notes": "line one\r\nline\x00 two\x85",
                         "company": "Kopi\u00a0Kenangan"}]}
    transfer.restore(empty, rows)
    budi = empty.contacts.get(1)
    assert (budi.name, budi.notes, budi.company) == (
        "Budi[31m Santoso ", "line one\nline two\n", "Kopi\u00a0Kenangan")
    assert empty.search.contact_ids(ContactFilter(text="santoso")) == [1]
