"""Importing into a real journal: create, merge, never duplicate, never overwrite, dry runs."""

from __future__ import annotations

import datetime as dt

import pytest

from netjournal.domain.values import Contact, Detail, DetailKind, TieStrength
from netjournal.interop.csv_read import read_google, read_linkedin
from netjournal.interop.engine import run_import
from netjournal.interop.model import Action, Candidate, Problem, ReadResult
from netjournal.interop.vcard_read import read_vcards
from netjournal.storage import transfer
from netjournal.storage.search import ContactFilter
from tests.interop.test_csv_read import GOOGLE, LINKEDIN

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


VCARDS = (card("FN:Budi Santoso", "ORG:Tokopedia", "EMAIL:budi@tokopedia.com",
               "TEL;TYPE=CELL:+62 812 1111 2222", "CATEGORIES:fintech")
          + card("FN:Sari Wijaya", "URL:https://www.linkedin.com/in/sariw", "BDAY:1990-04-01")
          + card("FN:Ando Roid"))


def test_a_person_already_in_the_journal_is_merged_without_overwriting(store):
    mine = store.contacts.save(Contact(
        name="Budi S.", title="Lead PM (my words)", notes="Owes me a coffee",
        tie_strength=TieStrength.CLOSE,
        details=(Detail(DetailKind.EMAIL, "BUDI@tokopedia.com", "work"),), tags=("friend",)))
    report = run_import(store, read_vcards(card(
        "FN:Budi Santoso", "ORG:Tokopedia", "TITLE:PM", "NOTE:from the phone",
        "EMAIL:budi@tokopedia.com", "TEL:0812 1111 2222", "CATEGORIES:fintech").encode()))
    assert (report.imported, report.merged) == (0, 1)
    (outcome,) = report.outcomes
    assert (outcome.action, outcome.contact_id) == (Action.MERGE, mine.id)
    assert outcome.note == "same email budi@tokopedia.com; adds company, 1 detail, 1 tag"
    assert outcome.reason == "same email budi@tokopedia.com"
    budi = store.contacts.get(mine.id)
    assert (budi.name, budi.title, budi.notes, budi.tie_strength) == (
        "Budi S.", "Lead PM (my words)", "Owes me a coffee", TieStrength.CLOSE)
    assert budi.company == "Tokopedia"
    assert [(d.value, d.label) for d in budi.details] == [
        ("BUDI@tokopedia.com", "work"), ("0812 1111 2222", "")]
    assert budi.tags == ("fintech", "friend")


def test_linkedin_matches_by_profile_url_and_by_name_and_company(store):
    by_url = store.contacts.save(Contact(name="Budi", details=(Detail(
        DetailKind.LINK, "http://id.linkedin.com/in/budi-santoso-1a2b3c/"),)))
    by_name = store.contacts.save(Contact(name="sari wijaya", company="GOJEK, Indonesia"))
    report = run_import(store, read_linkedin(LINKEDIN))
    assert (report.imported, report.merged, len(report.rejected)) == (1, 2, 1)
    budi, sari = store.contacts.get(by_url.id), store.contacts.get(by_name.id)
    assert (budi.how_met, budi.met_on, budi.company) == (
        "Connected on LinkedIn", dt.date(2025, 12, 22), "Tokopedia")
    assert [d.value for d in sari.details] == ["sari.wijaya@gmail.com",
                                               "https://www.linkedin.com/in/sariw"]


@pytest.mark.parametrize("read, text", [
    (read_linkedin, LINKEDIN), (read_google, GOOGLE), (read_vcards, VCARDS),
], ids=["linkedin", "google", "vcard"])
def test_importing_the_same_file_twice_changes_nothing_the_second_time(store, read, text):
    data = text.encode() if read is read_vcards else text
    first = run_import(store, read(data))
    assert first.imported >= 2
    before = transfer.dump(store)
    second = run_import(store, read(data))
    assert second.imported == 0
    assert second.merged == first.imported + first.merged
    assert {o.action for o in second.outcomes} <= {Action.UNCHANGED, Action.REJECT}
    assert transfer.dump(store) == before


def test_a_dry_run_reports_and_changes_nothing(store):
    store.contacts.save(Contact(name="Someone", details=(
        Detail(DetailKind.EMAIL, "budi@tokopedia.com"),)))
    before = transfer.dump(store)
    report = run_import(store, read_vcards(VCARDS.encode()), dry_run=True)
    assert (report.imported, report.merged, report.dry_run) == (2, 1, True)
    assert all(o.contact_id is None for o in report.outcomes if o.action == Action.CREATE)
    assert transfer.dump(store) == before
    assert report.to_json()["dry_run"] is True


def test_rows_of_one_file_are_never_merged_into_each_other(store):
    text = (card("FN:Budi Santoso", "EMAIL:budi@x.id")
            + card("FN:Budi Santoso", "EMAIL:BUDI@x.id", "TEL:0812 5555 6666", "TITLE:CTO")
            + card("FN:Budi Santoso", "NOTE:no details at all"))
    report = run_import(store, read_vcards(text.encode()))
    assert [o.action for o in report.outcomes] == [Action.CREATE] * 3
    assert len({o.contact_id for o in report.outcomes}) == 3


def test_a_journal_contact_takes_at_most_one_row_of_a_file(store):
    budi = store.contacts.save(Contact(name="Budi Santoso"))
    text = card("FN:Budi Santoso", "ORG:Gojek") + card("FN:Budi Santoso", "ORG:Grab")
    report = run_import(store, read_vcards(text.encode()))
    assert [o.action for o in report.outcomes] == [Action.MERGE, Action.CREATE]
    assert report.outcomes[0].contact_id == budi.id
    assert report.outcomes[0].reason == (
        "same name, and nothing on either side contradicts it")


def test_a_namesake_with_a_different_email_phone_or_company_is_another_person(store):
    store.contacts.save(Contact(name="Agus Utami", company="Tokopedia", details=(
        Detail(DetailKind.EMAIL, "agus@tokopedia.com"),
        Detail(DetailKind.PHONE, "0812 1234 5678"))))
    text = (card("FN:Agus Utami", "EMAIL:agus.u@gmail.com")
            + card("FN:agus utami", "TEL:0813 9999 0000")
            + card("FN:Agus Utámi", "ORG:Gojek"))
    report = run_import(store, read_vcards(text.encode()))
    assert [o.action for o in report.outcomes] == [Action.CREATE] * 3
    assert store.contacts.count() == 4


def test_someone_in_the_bin_is_not_merged_into(store):
    gone = store.contacts.save(Contact(name="Budi", details=(
        Detail(DetailKind.EMAIL, "budi@tokopedia.com"),)))
    store.contacts.delete(gone.id)
    report = run_import(store, read_vcards(VCARDS.encode()))
    assert report.imported == 3 and report.outcomes[0].contact_id != gone.id


def test_a_record_that_cannot_be_saved_is_rejected_whole_and_the_rest_go_in(store):
    items = (Candidate(Contact(name="Good One"), "line 2"), Problem("line 3", "no name"),
             Candidate(Contact(name="Bad", tie_strength=TieStrength.DORMANT), "line 4"),
             Candidate(Contact(name="Good Two", details=(Detail(DetailKind.EMAIL, "g@x.id"),)),
                       "line 5"))
    report = run_import(store, ReadResult(items=items))
    assert [(o.where, o.action) for o in report.outcomes] == [
        ("line 2", Action.CREATE), ("line 3", Action.REJECT), ("line 4", Action.REJECT),
        ("line 5", Action.CREATE)]
    assert "dormant" in report.rejected[1].reason
    assert sorted(store.contacts.get(i).name for i in transfer.live_contact_ids(store)) == [
        "Good One", "Good Two"]
    assert store.check() == []


def test_imported_people_are_searchable_and_the_journal_is_healthy(store):
    run_import(store, read_vcards(VCARDS.encode()))
    assert len(store.search.contact_ids(ContactFilter(text="tokopedia"))) == 1
    assert len(store.search.contact_ids(ContactFilter(text="fintech"))) == 1  # tags too
    assert store.check() == []


def test_big_files_go_in_batches_with_progress(store, monkeypatch):
    from netjournal.interop import engine

    monkeypatch.setattr(engine, "BATCH", 7)
    text = "".join(card(f"FN:Person {i}", f"EMAIL:p{i}@x.id") for i in range(20))
    text += card("FN:Again", "EMAIL:p3@x.id")  # another row of the file: never merged
    seen = []
    report = run_import(store, read_vcards(text.encode()),
                        progress=lambda done, total: seen.append((done, total)))
    assert seen == [(7, 21), (14, 21), (21, 21)]
    assert (report.imported, report.merged) == (21, 0)
