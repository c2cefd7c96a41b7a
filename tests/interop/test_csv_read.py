"""Reading LinkedIn, Google and Outlook contact CSVs, written here as those services write them."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netjournal.domain.values import DetailKind
from netjournal.interop import InteropError, textio
from netjournal.interop.csv_read import (
    HOW_MET_LINKEDIN,
    read_google,
    read_linkedin,
    read_outlook,
)
from netjournal.interop.model import Problem


def table(header: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    return buf.getvalue()


def details(contact, kind):
    return [(d.value, d.label) for d in contact.details_of(kind)]


# -- LinkedIn ---------------------------------------------------------------------------------

LINKEDIN_NOTES = (
    'Notes:\r\n"When exporting your connection data, you may notice that some of the email '
    "addresses are missing. You will only see email addresses for connections who have "
    "allowed their connections to see or download their email address using this setting "
    "https://www.linkedin.com/mypreferences/d/privacy/email-address. You can learn more "
    'here https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n')
LINKEDIN_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                   "Connected On"]
LINKEDIN = LINKEDIN_NOTES + table(LINKEDIN_HEADER, [
    {"First Name": "Budi", "Last Name": "Santoso",
     "URL": "https://www.linkedin.com/in/budi-santoso-1a2b3c", "Company": "Tokopedia",
     "Position": "Senior Product Manager", "Connected On": "22 Dec 2025"},
    {"First Name": "Sari", "Last Name": "Wijaya", "URL": "https://www.linkedin.com/in/sariw",
     "Email Address": "sari.wijaya@gmail.com", "Company": "Gojek, Indonesia",
     "Position": "Head of Design", "Connected On": "03 Jan 2024"},
    {"URL": "https://www.linkedin.com/in/someone", "Connected On": "15 Mar 2023"},
    {"First Name": "Ségolène", "Last Name": "Dubois", "Company": "Société Générale",
     "Position": "VP, Risk", "Connected On": "1 Feb 2022"},
])
LINKEDIN_OLD = table(["First Name", "Last Name", "Email Address", "Company", "Position",
                      "Connected On"], [
    {"First Name": "Agus", "Last Name": "Pratama", "Email Address": "agus@bukalapak.com",
     "Company": "Bukalapak", "Position": "Engineer", "Connected On": "1/8/18, 6:14 PM"},
    {"First Name": "Rina", "Last Name": "Halim", "Connected On": "12/24/17, 9:05 AM"},
])


def test_linkedin_current_export_with_its_notes_preamble():
    result = read_linkedin(LINKEDIN)
    budi, sari, segolene = [c.contact for c in result.candidates]
    assert (budi.name, budi.company, budi.title) == ("Budi Santoso", "Tokopedia",
                                                     "Senior Product Manager")
    assert details(budi, DetailKind.LINK) == [
        ("https://www.linkedin.com/in/budi-santoso-1a2b3c", "linkedin")]
    assert (budi.how_met, budi.met_on) == (HOW_MET_LINKEDIN, dt.date(2025, 12, 22))
    assert details(sari, DetailKind.EMAIL) == [("sari.wijaya@gmail.com", "")]
    assert sari.company == "Gojek, Indonesia"
    assert (segolene.name, segolene.title, segolene.met_on) == (
        "Ségolène Dubois", "VP, Risk", dt.date(2022, 2, 1))
    (problem,) = result.rejected
    assert problem.where == "line 7" and "no name" in problem.reason
    assert [c.where for c in result.candidates] == ["line 5", "line 6", "line 8"]


def test_linkedin_older_export_without_notes_or_url():
    agus, rina = [c.contact for c in read_linkedin(LINKEDIN_OLD).candidates]
    assert (agus.name, agus.met_on) == ("Agus Pratama", dt.date(2018, 1, 8))
    assert details(agus, DetailKind.EMAIL) == [("agus@bukalapak.com", "")]
    assert (rina.met_on, rina.details) == (dt.date(2017, 12, 24), ())


def test_linkedin_date_that_cannot_be_read_is_left_out_with_a_word():
    text = table(LINKEDIN_HEADER, [{"First Name": "Budi", "Connected On": "yesterday"}])
    result = read_linkedin(text)
    assert result.candidates[0].contact.met_on is None
    assert "yesterday" in result.warnings[0].reason


def test_a_file_that_is_not_linkedin_is_refused():
    with pytest.raises(InteropError, match="LinkedIn"):
        read_linkedin("Name,Phone\r\nBudi,0812\r\n")


# -- Google -----------------------------------------------------------------------------------

GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
    "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Website 1 - Label",
    "Website 1 - Value", "Relation 1 - Label", "Relation 1 - Value"]
GOOGLE = table(GOOGLE_HEADER, [
    {"First Name": "Dewi", "Middle Name": "Ayu", "Last Name": "Lestari",
     "Organization Name": "Traveloka", "Organization Title": "Data Analyst",
     "Birthday": "1991-07-14", "Notes": "Met at JakartaJS.\nLikes kopi.",
     "Photo": "https://lh3.googleusercontent.com/contacts/abc",
     "Labels": "* myContacts ::: Fintech ::: * starred",
     "E-mail 1 - Label": "* Work",
     "E-mail 1 - Value": "dewi@traveloka.com ::: dewi.l@traveloka.com",
     "E-mail 2 - Label": "Home", "E-mail 2 - Value": "dewi.lestari@gmail.com",
     "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+62 812-1111-2222",
     "Address 1 - Label": "Work",
     "Address 1 - Formatted": "Jl. Jend. Sudirman 1\nJakarta 12190\nIndonesia",
     "Website 1 - Label": "Profile", "Website 1 - Value": "https://www.linkedin.com/in/dewial",
     "Relation 1 - Label": "Spouse", "Relation 1 - Value": "Andi"},
    {"Organization Name": "PT Maju Jaya", "Phone 1 - Label": "Work",
     "Phone 1 - Value": "021-555-0000", "Birthday": "--03-22",
     "Address 1 - Street": "Jl. Gatot Subroto 5", "Address 1 - City": "Jakarta",
     "Address 1 - Country": "Indonesia"},
    {"Notes": "nothing else"},
])

GOOGLE_LEGACY_HEADER = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
    "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location",
    "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity",
    "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership", "E-mail 1 - Type",
    "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Type",
    "Organization 1 - Name", "Organization 1 - Yomi Name", "Organization 1 - Title",
    "Organization 1 - Department", "Website 1 - Type", "Website 1 - Value", "IM 1 - Type",
    "IM 1 - Service", "IM 1 - Value"]
GOOGLE_LEGACY = table(GOOGLE_LEGACY_HEADER, [
    {"Name": "Hendra Kusuma", "Given Name": "Hendra", "Family Name": "Kusuma",
     "Group Membership": "* My Contacts ::: Alumni ITB", "E-mail 1 - Type": "* Other",
     "E-mail 1 - Value": "hendra@kusuma.id", "Phone 1 - Type": "Mobile",
     "Phone 1 - Value": "0813 9999 8888 ::: 0813 7777 6666",
     "Organization 1 - Name": "Bank Mandiri", "Organization 1 - Title": "Relationship Manager",
     "IM 1 - Type": "Other", "IM 1 - Service": "Skype", "IM 1 - Value": "hendra.k"},
])


def test_google_current_export():
    result = read_google(GOOGLE)
    dewi, maju = [c.contact for c in result.candidates]
    assert (dewi.name, dewi.company, dewi.title) == ("Dewi Ayu Lestari", "Traveloka",
                                                     "Data Analyst")
    assert details(dewi, DetailKind.EMAIL) == [
        ("dewi@traveloka.com", "work"), ("dewi.l@traveloka.com", "work"),
        ("dewi.lestari@gmail.com", "home")]
    assert details(dewi, DetailKind.PHONE) == [("+62 812-1111-2222", "mobile")]
    assert details(dewi, DetailKind.ADDRESS) == [
        ("Jl. Jend. Sudirman 1, Jakarta 12190, Indonesia", "work")]
    assert details(dewi, DetailKind.LINK) == [("https://www.linkedin.com/in/dewial", "linkedin")]
    assert dewi.tags == ("Fintech", "starred")
    assert (dewi.birthday, dewi.family) == (dt.date(1991, 7, 14), "Spouse: Andi")
    assert dewi.notes == "Met at JakartaJS.\nLikes kopi."
    assert dewi.photo is None  # a web address: not downloaded
    assert maju.name == "PT Maju Jaya" and maju.remember == "Birthday: 22 March"
    assert details(maju, DetailKind.ADDRESS) == [("Jl. Gatot Subroto 5, Jakarta, Indonesia", "")]
    (problem,) = result.rejected
    assert problem.where == "line 7"  # Dewi's notes and address span lines 2 to 5


def test_google_legacy_export():
    (hendra,) = [c.contact for c in read_google(GOOGLE_LEGACY).candidates]
    assert (hendra.name, hendra.company, hendra.title) == (
        "Hendra Kusuma", "Bank Mandiri", "Relationship Manager")
    assert details(hendra, DetailKind.EMAIL) == [("hendra@kusuma.id", "other")]
    assert [v for v, _ in details(hendra, DetailKind.PHONE)] == ["0813 9999 8888",
                                                                 "0813 7777 6666"]
    assert details(hendra, DetailKind.LINK) == [("skype:hendra.k", "skype")]
    assert hendra.tags == ("Alumni ITB",)


# -- Outlook ----------------------------------------------------------------------------------

OUTLOOK_HEADER = [
    "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi",
    "Surname Yomi", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone",
    "Home Phone 2", "Business Phone", "Business Phone 2", "Mobile Phone", "Car Phone",
    "Other Phone", "Primary Phone", "Pager", "Business Fax", "Home Fax", "Other Fax",
    "Company Main Phone", "Callback", "Radio Phone", "Telex", "TTY/TDD Phone", "IMAddress",
    "Job Title", "Department", "Company", "Office Location", "Manager's Name",
    "Assistant's Name", "Assistant's Phone", "Company Yomi", "Business Street", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street",
    "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Personal Web Page", "Spouse", "Schools", "Hobby", "Languages", "Birthday", "Anniversary",
    "Notes", "Categories"]
OUTLOOK = table(OUTLOOK_HEADER, [
    {"First Name": "Michael", "Last Name": "Müller", "Title": "Dr.",
     "E-mail Address": "m.mueller@firma.de", "E-mail 2 Address": "/o=ExchangeLabs/ou=x/cn=y",
     "Mobile Phone": "+49 151 1234567", "Business Fax": "+49 30 1234568",
     "Job Title": "Einkaufsleiter", "Company": "Firma GmbH", "Business Street": "Hauptstr. 1",
     "Business City": "Berlin", "Business Postal Code": "10115",
     "Business Country/Region": "Deutschland", "Personal Web Page": "http://mueller.example",
     "Spouse": "Anna", "Hobby": "Segeln", "Birthday": "3/22/1980", "Anniversary": "0/0/00",
     "Notes": "Trifft sich gern zum Kaffee", "Categories": "Lieferant; VIP"},
    {"First Name": "Wulan", "Birthday": "0/0/00", "IMAddress": "wulan@im.example"},
])


def test_outlook_export():
    result = read_outlook(OUTLOOK)
    michael, wulan = [c.contact for c in result.candidates]
    assert (michael.name, michael.company, michael.title) == (
        "Michael Müller", "Firma GmbH", "Einkaufsleiter")
    assert details(michael, DetailKind.EMAIL) == [("m.mueller@firma.de", "")]
    assert details(michael, DetailKind.PHONE) == [("+49 151 1234567", "mobile"),
                                                  ("+49 30 1234568", "work fax")]
    assert details(michael, DetailKind.ADDRESS) == [
        ("Hauptstr. 1, Berlin, 10115, Deutschland", "work")]
    assert details(michael, DetailKind.LINK) == [("http://mueller.example", "home")]
    assert (michael.birthday, michael.family, michael.interests) == (
        dt.date(1980, 3, 22), "Spouse: Anna", "Segeln")
    assert michael.tags == ("Lieferant", "VIP")
    assert wulan.birthday is None
    assert details(wulan, DetailKind.LINK) == [("im:wulan@im.example", "im")]
    # Outlook's empty "0/0/00" is no value; the name prefix has no field and is named
    assert result.warnings == (Problem("column 'title'", "not a column NetJournal reads in "
                                       "this kind of file: its values (1 row) were left out"),)


def test_outlook_with_semicolons_from_a_european_windows_in_windows_1252():
    text = ("First Name;Last Name;E-mail Address;Company;Job Title\r\n"
            "José;Núñez;jn@x.es;Añil;Jefe\r\n")
    result = read_outlook(textio.decode(text.encode("cp1252")))
    (contact,) = [c.contact for c in result.candidates]
    assert (contact.name, contact.company) == ("José Núñez", "Añil")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_encodings(encoding):
    text = LINKEDIN_OLD.replace("Agus", "Agüs")
    contacts = [c.contact for c in read_linkedin(textio.decode(text.encode(encoding))).candidates]
    assert contacts[0].name == "Agüs Pratama"


# -- fuzzing ----------------------------------------------------------------------------------

CELLS = st.text(alphabet=st.one_of(st.sampled_from(list('a ,;"\n\r:é@+-=\x00')),
                                   st.characters()), max_size=20)


def _check(result) -> None:
    for item in result.items:
        if isinstance(item, Problem):
            assert item.where.startswith("line ") and item.reason.strip()
        else:
            assert item.contact.name.strip()
    assert all(w.reason.strip() for w in result.warnings)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([(LINKEDIN_HEADER, read_linkedin), (GOOGLE_HEADER, read_google),
                        (GOOGLE_LEGACY_HEADER, read_google), (OUTLOOK_HEADER, read_outlook)]),
       st.lists(st.lists(CELLS, max_size=12), max_size=6), st.booleans())
def test_fuzzed_rows_never_raise_and_every_rejection_has_a_reason(kind, rows, ragged):
    header, reader = kind
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    for cells in rows:
        writer.writerow(cells if ragged else (cells + [""] * len(header))[:len(header)])
    _check(reader(buf.getvalue()))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([read_linkedin, read_google, read_outlook]), st.text(max_size=300))
def test_any_text_gives_rows_and_reasons_or_one_clear_error(reader, text):
    try:
        result = reader(text)
    except InteropError as e:
        assert str(e)
        return
    _check(result)
