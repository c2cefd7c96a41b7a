"""Several writers on one journal: a stale card is refused, others' writes are seen."""

from __future__ import annotations

import dataclasses

import pytest

from netjournal.paths import DataDir
from netjournal.storage.contacts import StaleEditError
from netjournal.storage.store import Store

pytestmark = pytest.mark.usefixtures("engine")


@pytest.fixture
def second(request: pytest.FixtureRequest, store: Store, data_dir: DataDir):  # type: ignore[no-untyped-def]
    """Another connection to the same journal (another window, another computer)."""
    other = (Store.open_url(request.getfixturevalue("pg_url")) if store.on_server
             else Store(data_dir.database, backup_dir=data_dir.backups))
    yield other
    other.close()


def _bind(store: Store) -> None:
    """The models follow the store about to be used (one binding per process)."""
    store.db.bind(__import__("netjournal.storage.models", fromlist=["MODELS"]).MODELS,
                  bind_refs=False, bind_backrefs=False)


def test_a_stale_card_is_refused_and_nothing_is_written(store, second):
    _bind(store)
    created = store.contacts.create("Budi Santoso", company="Tokopedia")
    # saved long ago (moments are whole seconds: a save in the same second looks fresh)
    store.db.execute_sql("UPDATE contact SET updated_at = '2020-01-01 07:02:00' "
                         f"WHERE id = {created.id}")
    mine = store.contacts.get(created.id)
    _bind(second)
    theirs = second.contacts.get(mine.id)
    second.contacts.save(dataclasses.replace(theirs, company="Gojek"),
                         read_at=theirs.updated_at)
    _bind(store)
    with pytest.raises(StaleEditError) as caught:
        store.contacts.save(dataclasses.replace(mine, title="PM"), read_at=mine.updated_at)
    assert caught.value.stored.company == "Gojek"
    assert "changed by someone else at" in str(caught.value)
    assert store.contacts.get(mine.id).title == ""  # nothing of the stale save
    # keep mine: saved over theirs on purpose
    kept = store.contacts.save(dataclasses.replace(mine, title="PM"), read_at=None)
    assert (kept.title, kept.company) == ("PM", "Tokopedia")


def test_a_save_within_the_second_of_the_one_read_is_still_seen(store, second):
    """Stamps are whole seconds: the other save below stamps the very second the card was
    read with, yet the stamp moves on and the stale save is refused."""
    _bind(store)
    created = store.contacts.create("Budi Santoso", company="Tokopedia")
    store.db.execute_sql("UPDATE contact SET updated_at = '2026-03-02 14:02:00' "
                         f"WHERE id = {created.id}")
    mine = store.contacts.get(created.id)
    second.db.execute_sql("UPDATE contact SET company = 'Gojek', "
                          f"updated_at = '2026-03-02 14:02:00' WHERE id = {created.id}")
    _bind(store)
    with pytest.raises(StaleEditError) as caught:
        store.contacts.save(dataclasses.replace(mine, title="PM"), read_at=mine.updated_at)
    assert caught.value.stored.company == "Gojek"
    assert store.contacts.get(mine.id).title == ""


def test_two_saves_right_after_each_other_are_told_apart(store, second):
    """The same race at full speed: they may well fall in one second."""
    _bind(store)
    mine = store.contacts.create("Sari Dewi")
    _bind(second)
    theirs = second.contacts.get(mine.id)
    second.contacts.save(dataclasses.replace(theirs, company="Gojek"),
                         read_at=theirs.updated_at)
    _bind(store)
    with pytest.raises(StaleEditError):
        store.contacts.save(dataclasses.replace(mine, title="PM"), read_at=mine.updated_at)


def test_a_fresh_card_saves_and_can_be_saved_again(store):
    card = store.contacts.create("Sari")
    saved = store.contacts.save(dataclasses.replace(card, title="CTO"), read_at=card.updated_at)
    again = store.contacts.save(dataclasses.replace(saved, company="X"),
                                read_at=saved.updated_at)
    assert (again.title, again.company) == ("CTO", "X")


def test_data_version_moves_on_others_writes_only(store, second):
    _bind(store)
    before = store.data_version()
    store.contacts.create("Mine")
    assert store.data_version() == before  # my own save
    _bind(second)
    second.contacts.create("Theirs")
    _bind(store)
    assert store.data_version() != before
