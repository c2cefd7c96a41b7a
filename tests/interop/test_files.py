"""Telling formats apart by content, reading files, and the ICS export hand-off."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from netjournal.domain.values import Contact, FollowUp, FollowUpKind
from netjournal.interop import InteropError
from netjournal.interop.files import (
    ExportFormat,
    detect_format,
    export_file,
    import_file,
    read_bytes,
)
from netjournal.interop.model import Format
from tests.conftest import SHARED
from tests.interop.test_csv_read import (
    GOOGLE,
    GOOGLE_LEGACY,
    LINKEDIN,
    LINKEDIN_OLD,
    OUTLOOK,
)

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


@pytest.mark.parametrize("data, fmt", [
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n", Format.VCARD),
    (codecs.BOM_UTF8 + b"\r\n\r\nbegin:vcard\nFN:A\nend:vcard\n", Format.VCARD),
    ("BEGIN:VCARD\nFN:A\nEND:VCARD\n".encode("utf-16"), Format.VCARD),
    (LINKEDIN.encode(), Format.LINKEDIN),
    (LINKEDIN_OLD.encode("cp1252"), Format.LINKEDIN),
    (b"Notes:\nsomething\n", Format.LINKEDIN),
    (GOOGLE.encode("utf-8-sig"), Format.GOOGLE),
    (GOOGLE_LEGACY.encode("utf-16"), Format.GOOGLE),
    (OUTLOOK.encode("cp1252"), Format.OUTLOOK),
    (b'  {"format": "netjournal-backup", "version": 1}', Format.JSON),
], ids=["vcard", "vcard-bom-lowercase", "vcard-utf16", "linkedin", "linkedin-old",
        "linkedin-notes", "google", "google-legacy-utf16", "outlook", "json"])
def test_formats_are_told_apart_by_content(data, fmt):
    assert detect_format(data) == fmt


@pytest.mark.parametrize("data, message", [
    (b"Name,Phone\r\nBudi,0812\r\n", "cannot tell what kind of file"),
    (b"\x00\x01\x02garbage", "cannot tell what kind of file"),
    (b'{"contacts": []}', "not a NetJournal full export"),
])
def test_an_unknown_file_is_refused_with_a_reason(data, message):
    with pytest.raises(InteropError, match=message):
        detect_format(data)


def test_unreadable_files_say_why(tmp_path):
    with pytest.raises(InteropError, match="does not exist"):
        read_bytes(tmp_path / "nope.vcf")
    with pytest.raises(InteropError, match="folder"):
        read_bytes(tmp_path)
    (tmp_path / "empty.vcf").write_bytes(b"  \r\n")
    with pytest.raises(InteropError, match="empty"):
        read_bytes(tmp_path / "empty.vcf")


def test_a_named_format_is_used_as_given(store, tmp_path):
    path = tmp_path / "contacts.txt"
    path.write_text(OUTLOOK, encoding="cp1252")
    report = import_file(store, path, Format.OUTLOOK)
    assert report.imported == 2
    with pytest.raises(InteropError, match="LinkedIn"):
        import_file(store, path, Format.LINKEDIN)


def test_a_real_corpus_file_is_detected_as_vcard():
    data = (SHARED / "interop" / "vcard" / "aosp" / "v21_japanese_2.vcf").read_bytes()
    assert detect_format(data) == Format.VCARD


def test_ics_export_goes_through_the_follow_ups_calendar(store, tmp_path):
    budi = store.contacts.save(Contact(name="Budi"))
    store.followups.save(FollowUp(contact_id=budi.id, due_on=dt.date(2026, 5, 4),
                                  kind=FollowUpKind.THANK_YOU, reason="thank for the intro"))
    path = tmp_path / "due.ics"
    assert export_file(store, path, ExportFormat.ICS, today=dt.date(2026, 5, 1)) == 1
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
