"""The JSON backup: lossless round trip, restore into an empty journal, merge into a full one."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest

from netjournal import demo
from netjournal.domain.values import (
    Contact,
    Detail,
    DetailKind,
    ExchangeDirection,
    ExchangeKind,
    FollowUp,
    FollowUpKind,
    Interaction,
    Offer,
)
from netjournal.interop import InteropError, fullexport
from netjournal.interop.files import ExportFormat, export_file, import_file
from netjournal.interop.model import Action
from netjournal.paths import DataDir
from netjournal.storage import transfer
from netjournal.storage.store import Store

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

NOW = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)
PNG = b"\x89PNG\r\n\x1a\n\x00\x01\x02"


@pytest.fixture
def full_store(store):
    """A journal with a bit of everything, bin included."""
    demo.generate(store, 40, seed=5, today=dt.date(2026, 4, 20))
    photo = store.contacts.save(Contact(
        name="Putri Photo", photo=PNG, birthday=dt.date(1990, 2, 28), tags=("kopi",),
        details=(Detail(DetailKind.EMAIL, "putri@x.id", "work"),), introduced_by_id=3))
    binned = store.contacts.create("In The Bin")
    store.contacts.delete(binned.id)
    talk = store.interactions.save(Interaction(
        occurred_at=dt.datetime(2026, 4, 1, 3, 0, tzinfo=dt.UTC),
        participant_ids=(photo.id, 1), summary="Kopi at Tanamera", awaiting_reply=True))
    store.interactions.delete(store.interactions.save(Interaction(
        occurred_at=dt.datetime(2026, 4, 2, tzinfo=dt.UTC), participant_ids=(1,),
        summary="deleted")).id)
    store.followups.save(FollowUp(contact_id=photo.id, due_on=dt.date(2026, 4, 10),
                                  kind=FollowUpKind.OUTREACH, attempt=1,
                                  origin_interaction_id=talk.id))
    store.offers.save(Offer(contact_id=photo.id, text="Intro to a VC"))
    return store


def export(store, path, now=NOW):
    export_file(store, path, ExportFormat.JSON, now=now)
    return path.read_bytes()


def test_export_import_export_is_identical_apart_from_the_timestamp(full_store, tmp_path):
    first = export(full_store, tmp_path / "first.json")
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        report = import_file(fresh, tmp_path / "first.json")
        assert report.imported == len(json.loads(first)["contacts"]) and not report.rejected
        second = export(fresh, tmp_path / "second.json", now=NOW + dt.timedelta(hours=5))
        assert fresh.check() == []
    a, b = json.loads(first), json.loads(second)
    assert a.pop("exported_at") != b.pop("exported_at")
    assert a == b
    assert first.replace(b"2026-05-01T09:30:00Z", b"") == second.replace(
        b"2026-05-01T14:30:00Z", b"")


def test_the_backup_holds_everything(full_store, tmp_path):
    content = json.loads(export(full_store, tmp_path / "b.json"))
    assert (content["format"], content["version"], content["exported_at"]) == (
        fullexport.FORMAT, fullexport.VERSION, "2026-05-01T09:30:00Z")
    assert all(content[key] for key in fullexport.SECTIONS), "every table has rows"
    putri = next(c for c in content["contacts"] if c["name"] == "Putri Photo")
    assert base64.b64decode(putri["photo"]) == PNG
    assert (putri["birthday"], putri["introduced_by_id"], putri["tags"]) == (
        "1990-02-28", 3, ["kopi"])
    assert putri["details"] == [{"kind": "email", "label": "work", "value": "putri@x.id"}]
    assert putri["created_at"].endswith("Z") and "T" in putri["created_at"]
    assert any(c["deleted_at"] for c in content["contacts"])
    assert any(i["deleted_at"] for i in content["interactions"])
    talk = next(i for i in content["interactions"] if i["summary"] == "Kopi at Tanamera")
    assert talk["awaiting_reply"] is True and talk["participant_ids"] == [1, putri["id"]]


def test_a_restore_keeps_every_id_and_timestamp(full_store, tmp_path):
    export(full_store, tmp_path / "b.json")
    before = fullexport.build(full_store, NOW)
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        import_file(fresh, tmp_path / "b.json")
        after = fullexport.build(fresh, NOW)
        last_contact = {c: fresh.contacts.get(c).last_interaction_at
                        for c in transfer.live_contact_ids(fresh)}
    assert after == before
    assert last_contact == {c: full_store.contacts.get(c).last_interaction_at
                            for c in transfer.live_contact_ids(full_store)}


def test_into_a_journal_with_data_people_merge_and_the_rest_is_added_once(full_store, tmp_path):
    export(full_store, tmp_path / "b.json")
    with Store.open(DataDir(tmp_path / "other")) as other:
        mine = other.contacts.save(Contact(name="Putri (mine)", notes="my note", details=(
            Detail(DetailKind.EMAIL, "PUTRI@x.id"),)))
        report = import_file(other, tmp_path / "b.json")
        live = len(transfer.live_contact_ids(full_store))
        assert (report.imported, report.merged) == (live - 1, 1)
        assert not report.rejected
        assert "1 contact(s) in its bin" in report.warnings[0].reason
        putri = other.contacts.get(mine.id)
        assert (putri.name, putri.notes, putri.photo) == ("Putri (mine)", "my note", PNG)
        assert putri.introduced_by_id is not None
        talks = other.interactions.for_contact(mine.id)
        assert [t.summary for t in talks] == ["Kopi at Tanamera"]
        assert len(talks[0].participant_ids) == 2
        (follow_up,) = other.followups.for_contact(mine.id)
        assert follow_up.origin_interaction_id == talks[0].id
        assert report.records["interactions"] > 100 and report.records["offers"] >= 1

        before = transfer.dump(other)
        again = import_file(other, tmp_path / "b.json")
        assert (again.imported, again.records) == (0, {})
        assert transfer.dump(other) == before
        assert other.check() == []


def test_a_dry_run_of_a_backup_changes_nothing(full_store, tmp_path):
    export(full_store, tmp_path / "b.json")
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        report = import_file(fresh, tmp_path / "b.json", dry_run=True)
        assert report.imported > 0 and report.dry_run
        assert transfer.is_empty(fresh)


def test_a_damaged_record_is_rejected_and_the_rest_restored(full_store, tmp_path):
    content = json.loads(export(full_store, tmp_path / "b.json"))
    del content["contacts"][0]["name"]
    content["exchanges"].append({"id": 999, "contact_id": 2, "direction": "sideways",
                                 "kind": ExchangeKind.HELP.value})
    content["exchanges"].append({"id": 1000, "contact_id": 2,
                                 "direction": ExchangeDirection.GIVEN.value, "kind": "help",
                                 "description": "moved house"})
    (tmp_path / "d.json").write_text(json.dumps(content))
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        report = import_file(fresh, tmp_path / "d.json")
        assert "merged record by record" in report.warnings[0].reason
        first, *others = report.rejected
        assert (first.where, first.reason) == ("contact 1 (id 1)", "it has no 'name'")
        bad = next(p for p in others if p.where.endswith("(id 999)"))
        assert bad.where.startswith("exchange ") and "sideways" in bad.reason
        # What belonged to the rejected contact alone cannot go in either, and says so.
        assert all(p.reason in ("its contact is not in the journal",
                                "none of its participants is in the journal")
                   for p in others if p is not bad)
        assert report.imported == len(transfer.live_contact_ids(full_store)) - 1
        assert any(x.description == "moved house" for x in fresh.exchanges.for_contact(
            next(o.contact_id for o in report.outcomes if o.where == "contact 2 (id 2)")))


@pytest.mark.parametrize("text, message", [
    ('{"format": "netjournal-backup", "version": 99}', "newer NetJournal"),
    ('{"format": "something-else"}', "not a NetJournal full export"),
    ('{"format": "netjournal-backup", "version": 1, "contacts": {}}', "not a list"),
    ('{"format": "netjournal-backup", "version": 1, "contacts": [', "cannot be read"),
])
def test_files_that_are_not_backups_we_can_read_are_refused(store, tmp_path, text, message):
    (tmp_path / "x.json").write_text(text)
    with pytest.raises(InteropError, match=message):
        import_file(store, tmp_path / "x.json", backup_format())
    assert transfer.is_empty(store)


def backup_format():
    from netjournal.interop.model import Format

    return Format.JSON


def test_a_restored_backup_reports_each_contact(full_store, tmp_path):
    export(full_store, tmp_path / "b.json")
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        report = import_file(fresh, tmp_path / "b.json")
    assert report.outcomes[0].where == "contact 1 (id 1)"
    assert {o.action for o in report.outcomes} == {Action.CREATE}
    assert report.records["interactions"] > 100


def test_namesakes_in_a_backup_stay_two_people_when_merged_into_a_journal(store, tmp_path):
    """Two people with the same name and company are two records of the backup, not one."""
    first = store.contacts.create("Budi Santoso", company="Tokopedia")
    second = store.contacts.create("Budi Santoso", company="Tokopedia")
    for person, said in ((first, "Talked about payments"), (second, "Talked about logistics")):
        store.interactions.save(Interaction(occurred_at=NOW, participant_ids=(person.id,),
                                            summary=said))
    export(store, tmp_path / "budis.json")

    with Store.open(DataDir(tmp_path / "other")) as other:
        other.contacts.create("Sari Dewi")  # not empty: the backup is merged, not restored
        report = import_file(other, tmp_path / "budis.json")
        assert (report.imported, report.merged) == (2, 0)
        budis = other.contacts.find_by_name("Budi Santoso", "Tokopedia")
        assert len(budis) == 2
        said = sorted(i.summary for b in budis for i in other.interactions.for_contact(b))
        assert said == ["Talked about logistics", "Talked about payments"]

        again = import_file(other, tmp_path / "budis.json")  # the same file again
        assert again.imported == 0
        assert other.contacts.find_by_name("Budi Santoso", "Tokopedia") == budis
        assert sorted(i.summary for b in budis
                      for i in other.interactions.for_contact(b)) == said


@pytest.mark.parametrize(("section", "column", "bad"), [
    ("follow_ups", "due_on", "not a date"),
    ("contacts", "birthday", "1990-02-30"),
    ("interactions", "occurred_at", "yesterday"),
    ("contacts", "met_on", 20240101),
])
def test_a_bad_date_in_a_backup_is_rejected_even_into_an_empty_journal(
        full_store, tmp_path, section, column, bad):  # type: ignore[no-untyped-def]
    content = json.loads(export(full_store, tmp_path / "b.json"))
    content[section][0][column] = bad
    (tmp_path / "bad.json").write_text(json.dumps(content), encoding="utf-8")
    with Store.open(DataDir(tmp_path / "empty")) as fresh:
        report = import_file(fresh, tmp_path / "bad.json")
        assert any(column in p.reason for p in report.rejected), report.rejected
        assert fresh.check() == []
        assert report.warnings  # it says the backup could not be restored as it was
