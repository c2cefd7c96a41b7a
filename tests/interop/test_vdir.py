"""Sync with a vCard folder: real files, a real journal per test."""

import dataclasses
import os
import re

import pytest

from netjournal.domain.values import Contact, Detail, DetailKind
from netjournal.interop.vdir import SyncOptions, VdirError, sync

pytestmark = pytest.mark.usefixtures("engine")


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "cards"
    path.mkdir()
    return path


def _people(store, n=3):
    out = []
    for i in range(n):
        out.append(store.contacts.save(Contact(
            name=f"Person {i}", company="Gojek", notes=f"secret note {i}",
            details=(Detail(DetailKind.EMAIL, f"p{i}@x.id", "work"),
                     Detail(DetailKind.PHONE, f"0812 0000 00{i:02d}", "mobile")),
            tags=("fintech",))))
    return out


def _uid(store, cid):
    return store.addressbook.uid_of(cid)


def _mtimes(folder):
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_first_sync_writes_one_card_per_contact_named_by_its_uid(store, folder):
    people = _people(store)
    report = sync(store, folder)
    assert sorted(report.written) == sorted(f"{_uid(store, p.id)}.vcf" for p in people)
    text = (folder / f"{_uid(store, people[0].id)}.vcf").read_text()
    assert "VERSION:4.0" in text and f"UID:{_uid(store, people[0].id)}" in text
    assert re.search(r"^REV:\d{8}T\d{6}Z", text, re.M)
    assert "CATEGORIES:fintech" in text and "ORG:Gojek" in text
    assert "secret note" not in text  # the journal's own data stays here
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temp file left


def test_notes_and_vcard_3_are_settings(store, folder):
    _people(store, 1)
    sync(store, folder, SyncOptions(version="3.0", with_note=True))
    text = next(folder.iterdir()).read_text()
    assert "VERSION:3.0" in text and "NOTE:secret note 0" in text


def test_a_second_sync_with_nothing_changed_writes_and_reads_nothing(store, folder):
    _people(store)
    sync(store, folder)
    before = _mtimes(folder)
    report = sync(store, folder)
    assert report.written == [] and report.read == 0 and not report.changed_journal
    assert _mtimes(folder) == before


def test_a_touched_card_with_the_same_content_is_read_but_not_written(store, folder):
    _people(store, 1)
    sync(store, folder)
    path = next(folder.iterdir())
    os.utime(path, ns=(1, 1))
    report = sync(store, folder)
    assert report.written == [] and not report.changed_journal and report.read == 0
    assert path.stat().st_mtime_ns == 1


def test_a_card_changed_in_the_folder_updates_only_the_address_book_fields(store, folder):
    p = _people(store, 1)[0]
    sync(store, folder)
    path = folder / f"{_uid(store, p.id)}.vcf"
    _edit(path, "ORG:Gojek", "ORG:Tokopedia\r\nTEL;TYPE=cell:+62 813 9999 0000")
    report = sync(store, folder)
    assert [u.fields for u in report.updated] == [("company", "phones")]
    after = store.contacts.get(p.id)
    assert after.company == "Tokopedia" and after.notes == "secret note 0"
    assert len(after.details_of(DetailKind.PHONE)) == 2
    assert store.contacts.count() == 1
    assert sync(store, folder).written == []  # settled: nothing to do again


def test_a_journal_edit_rewrites_its_card_only(store, folder):
    a, b = _people(store, 2)
    sync(store, folder)
    before = _mtimes(folder)
    store.contacts.save(Contact(**{**a.__dict__, "company": "Grab"}))
    report = sync(store, folder)
    assert report.written == [f"{_uid(store, a.id)}.vcf"]
    assert "ORG:Grab" in (folder / report.written[0]).read_text()
    assert _mtimes(folder)[f"{_uid(store, b.id)}.vcf"] == before[f"{_uid(store, b.id)}.vcf"]


def test_a_new_card_becomes_a_contact_or_joins_the_person_it_names(store, folder):
    p = _people(store, 1)[0]
    sync(store, folder)
    (folder / "phone-1.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Wayan Sudarma\r\n"
        b"EMAIL:wayan@bali.id\r\nEND:VCARD\r\n")
    (folder / "phone-2.vcf").write_bytes(  # the same person as p, by email
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-2\r\nFN:P. Zero\r\n"
        b"EMAIL:P0@x.id\r\nTITLE:CTO\r\nEND:VCARD\r\n")
    report = sync(store, folder)
    assert [n.name for n in report.new] == ["Wayan Sudarma"]
    assert store.contacts.count() == 2
    assert store.contacts.get(p.id).title == "CTO"
    assert store.addressbook.uid_of(report.new[0].contact_id) == "phone-1"
    # the second card of p was folded into p's own card: one card per person
    assert not (folder / "phone-2.vcf").exists()
    assert "TITLE:CTO" in (folder / f"{_uid(store, p.id)}.vcf").read_text()
    assert len(list(folder.glob("*.vcf"))) == 2


def test_a_deleted_card_archives_its_contact_and_is_not_written_back(store, folder):
    a, _ = _people(store, 2)
    sync(store, folder)
    (folder / f"{_uid(store, a.id)}.vcf").unlink()
    report = sync(store, folder)
    assert [n.name for n in report.archived] == ["Person 0"]
    assert not store.contacts.exists(a.id)
    assert store.addressbook.archived() == [(a.id, "Person 0")]
    assert store.contacts.get(a.id, include_deleted=True).notes == "secret note 0"
    assert not (folder / f"{_uid(store, a.id)}.vcf").exists()
    assert sync(store, folder).written == []
    assert store.contacts.purge_deleted() == 0  # emptying the bin keeps the archive
    store.contacts.restore(a.id)  # restored: its card comes back
    assert sync(store, folder).written == [f"{_uid(store, a.id)}.vcf"]


def test_a_contact_deleted_in_the_journal_takes_its_card_along(store, folder):
    a, _ = _people(store, 2)
    sync(store, folder)
    store.contacts.delete(a.id)
    report = sync(store, folder)
    assert report.removed == [f"{_uid(store, a.id)}.vcf"] and not report.archived
    assert len(list(folder.glob("*.vcf"))) == 1


def test_a_field_changed_on_both_sides_keeps_the_journal_and_records_the_card(store, folder):
    p = _people(store, 1)[0]
    sync(store, folder)
    store.contacts.save(Contact(**{**p.__dict__, "company": "Grab"}))
    _edit(folder / f"{_uid(store, p.id)}.vcf", "ORG:Gojek", "ORG:Tokopedia")
    report = sync(store, folder)
    assert [(c.field, c.kept, c.other) for c in report.conflicts] == [
        ("company", "Grab", "Tokopedia")]
    assert store.contacts.get(p.id).company == "Grab"
    assert [(h.field, h.other) for h in store.addressbook.history(p.id)] == [
        ("company", "Tokopedia")]
    assert "ORG:Grab" in (folder / f"{_uid(store, p.id)}.vcf").read_text()


def test_a_card_that_cannot_be_read_is_named_and_the_rest_goes_on(store, folder):
    _people(store, 1)
    (folder / "broken.vcf").write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half")
    (folder / "ok.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ok\r\nFN:Nyoman\r\nEND:VCARD\r\n")
    report = sync(store, folder)
    assert [u.file_name for u in report.unreadable] == ["broken.vcf"]
    assert "END:VCARD" in report.unreadable[0].reason
    assert [n.name for n in report.new] == ["Nyoman"]
    assert (folder / "broken.vcf").exists()


def test_a_missing_folder_is_refused_in_words(store, tmp_path):
    with pytest.raises(VdirError, match="does not exist"):
        sync(store, tmp_path / "nowhere")


def test_a_card_the_journal_refuses_is_named_and_the_rest_is_kept(store, folder):
    (folder / "long.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:long\r\nFN:" + b"A" * 300 + b"\r\nEND:VCARD\r\n")
    (folder / "ok.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ok\r\nFN:Ketut\r\nEND:VCARD\r\n")
    report = sync(store, folder)
    assert [u.file_name for u in report.unreadable] == ["long.vcf"]
    assert [n.name for n in report.new] == ["Ketut"] and store.contacts.count() == 1


def test_an_unreadable_edit_of_a_known_card_is_not_written_over(store, folder):
    p = _people(store, 1)[0]
    sync(store, folder)
    path = folder / f"{_uid(store, p.id)}.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half")
    store.contacts.save(Contact(**{**store.contacts.get(p.id).__dict__, "company": "Grab"}))
    report = sync(store, folder)
    assert [u.file_name for u in report.unreadable] == [path.name] and report.written == []
    assert path.read_bytes() == b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half"


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_every_address_book_field_survives_the_round_trip_through_a_card(
        store, folder, version):
    import datetime as dt

    p = store.contacts.save(Contact(
        name="Ni Luh Putu Ayu", company="Bank Mandiri", title="Analyst", photo=_png(),
        birthday=dt.date(1604, 2, 29), tags=("bali", "fintech"),
        details=(Detail(DetailKind.EMAIL, "ayu@mandiri.example", "work"),
                 Detail(DetailKind.PHONE, "+62 812 3456 7890", "mobile"),
                 Detail(DetailKind.ADDRESS, "Jl. Sudirman 1, Jakarta", "work"),
                 Detail(DetailKind.LINK, "https://www.linkedin.com/in/ayu-putu", "linkedin"),
                 Detail(DetailKind.LINK, "https://ayu.example", ""))))
    sync(store, folder, SyncOptions(version=version))
    path = folder / f"{_uid(store, p.id)}.vcf"
    assert b"BDAY" in path.read_bytes() and b"PHOTO" in path.read_bytes()
    _edit(path, "TITLE:Analyst", "TITLE:Senior Analyst")
    report = sync(store, folder, SyncOptions(version=version))
    assert [u.fields for u in report.updated] == [("title",)]  # nothing else looked changed
    after = store.contacts.get(p.id)
    assert after.birthday == dt.date(1604, 2, 29) and after.photo == p.photo
    assert after.details == tuple(
        dataclasses.replace(d, id=a.id) for d, a in zip(p.details, after.details, strict=True))
    assert report.written == [] and report.conflicts == []


def test_a_card_whose_uid_was_changed_stays_one_card_of_one_person(store, folder):
    p = _people(store, 1)[0]
    sync(store, folder)
    path = folder / f"{_uid(store, p.id)}.vcf"
    _edit(path, f"UID:{_uid(store, p.id)}", "UID:renamed-by-a-phone")
    report = sync(store, folder)
    assert report.new == [] and store.contacts.count() == 1
    assert sync(store, folder).written == [] and len(list(folder.glob("*.vcf"))) == 1
    (folder / path.name).unlink()
    assert [n.contact_id for n in sync(store, folder).archived] == [p.id]


def test_a_limited_run_does_a_step_and_says_more_remains(store, folder):
    people = _people(store, 5)
    steps = []
    while True:
        report = sync(store, folder, SyncOptions(limit=2))
        steps.append(len(report.written))
        if not report.more:
            break
    assert steps == [2, 2, 1] and len(list(folder.glob("*.vcf"))) == 5
    # changed cards beyond the limit are read by later runs and never written over
    for p in people:
        _edit(folder / f"{_uid(store, p.id)}.vcf", "ORG:Gojek", "ORG:Tokopedia")
        store.contacts.save(Contact(**{**store.contacts.get(p.id).__dict__, "title": "CEO"}))
    conflicts = []
    while True:
        report = sync(store, folder, SyncOptions(limit=2))
        assert report.read <= 2
        conflicts += report.conflicts
        if not report.more:
            break
    assert conflicts == []  # each card's company and each journal's title were both kept
    for p in people:
        after = store.contacts.get(p.id)
        assert (after.company, after.title) == ("Tokopedia", "CEO")
        text = (folder / f"{_uid(store, p.id)}.vcf").read_text()
        assert "ORG:Tokopedia" in text and "TITLE:CEO" in text
