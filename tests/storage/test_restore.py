"""A restore (copy-to, the JSON full backup) writes in bulk with the derived-data triggers
held off, then rebuilds that data: it must be what the journal written row by row through
the triggers holds, on both engines, and a failed restore must leave nothing."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from netjournal.domain.values import Contact, Interaction
from netjournal.paths import DataDir
from netjournal.storage import StorageError, transfer
from netjournal.storage.search import ContactFilter
from netjournal.storage.sql import fetch_all
from netjournal.storage.store import Store
from tests.storage.rowwise import demo_rows, derived, write_through_triggers

pytestmark = pytest.mark.usefixtures("engine")

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


def _written_row_by_row(store: Store, scratch: Path) -> None:
    """A demo journal written through the triggers, row by row (the demo itself is made
    in bulk in ``scratch``), with the odd cases added: folded letters, a contact and an
    interaction in the bin, an introducer added later."""
    write_through_triggers(store, demo_rows(scratch, 40, 5, dt.date(2026, 4, 20), store))
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


def test_a_restore_holds_what_the_row_by_row_writes_hold(store, empty, tmp_path):
    open_empty = empty
    _written_row_by_row(store, tmp_path)
    rows = transfer.dump(store)
    want = derived(store)
    store.close()
    empty = open_empty()
    transfer.restore(empty, rows)
    assert transfer.dump(empty) == rows
    got = derived(empty)
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


def test_a_restore_that_fails_late_leaves_the_journal_empty_and_its_triggers(
        store, empty, tmp_path):
    _written_row_by_row(store, tmp_path)
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
