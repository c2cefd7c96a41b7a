"""Reading vCards: encodings, broken cards among good ones, photos, names; fuzzed."""

from __future__ import annotations

import base64
import codecs
import datetime as dt
import io

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from netjournal.domain.birthdays import NO_YEAR
from netjournal.domain.values import DetailKind
from netjournal.interop import InteropError
from netjournal.interop.model import Candidate, Problem
from netjournal.interop.vcard_read import read_vcards

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def _png() -> bytes:
    """A real (tiny) PNG: photos are read as pictures, and one this small is kept as is."""
    out = io.BytesIO()
    Image.new("RGB", (4, 3), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


PNG = _png()


def people(result):
    return [c.contact for c in result.candidates]


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"


# -- encodings --------------------------------------------------------------------------------

TEXT = card("FN:Ségolène Dubois-Müller", "ORG:Café Kopi Tubruk", "NOTE:naïve — “quoted”")


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),  # with a BOM
    lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    lambda t: t.encode("utf-16-le"),  # no BOM at all
    lambda t: t.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf16-le-no-bom", "windows-1252"])
def test_the_usual_file_encodings_are_read(encode):
    (contact,) = people(read_vcards(encode(TEXT)))
    assert contact.name == "Ségolène Dubois-Müller"
    assert contact.company == "Café Kopi Tubruk"
    assert contact.notes == "naïve — “quoted”"


def test_values_in_another_charset_are_decoded_with_it():
    sjis = "安藤ロイド".encode("shift_jis")
    latin = "Zoë".encode("latin-1")
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:" + sjis + b";;;;\r\n"
            b"NOTE;CHARSET=ISO-8859-1:" + latin + b"\r\n"
            b"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kepala =\r\n"
            b"Bagian =C3=9Cmum\r\nEND:VCARD\r\n")
    (contact,) = people(read_vcards(data))
    assert contact.name == "安藤ロイド"
    assert contact.notes == "Zoë"
    assert contact.title == "Kepala Bagian Ümum"


def test_shift_jis_bytes_that_look_like_a_backslash_are_not_escapes():
    # 表 is 0x95 0x5C in Shift_JIS: its second byte is "\".
    name = "表示 太郎".encode("shift_jis")
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=SHIFT_JIS:" + name + b"\r\nEND:VCARD\r\n"
    assert people(read_vcards(data))[0].name == "表示 太郎"


def test_an_unknown_charset_falls_back_on_the_file_encoding():
    data = card("FN;CHARSET=X-MADE-UP:Budi Santoso").encode()
    assert people(read_vcards(data))[0].name == "Budi Santoso"


# -- one bad card never stops the file ----------------------------------------------------------

def test_a_broken_card_is_rejected_with_its_place_and_the_others_are_read():
    text = (card("FN:Budi Santoso", "EMAIL:budi@example.com")
            + card("FN:Broken", "this line is not a property", "EMAIL:x@example.com")
            + card("FN:Sari Wijaya"))
    result = read_vcards(text.encode())
    assert [c.name for c in people(result)] == ["Budi Santoso", "Sari Wijaya"]
    (problem,) = result.rejected
    assert problem.where == "card 2 (line 6)"
    assert "line 9" in problem.reason and "not a vCard property" in problem.reason
    assert [type(i) for i in result.items] == [Candidate, Problem, Candidate]


def test_a_card_cut_short_at_the_end_of_the_file_is_rejected():
    text = card("FN:Budi") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sari\r\nEMAIL:sa"
    result = read_vcards(text.encode())
    assert [c.name for c in people(result)] == ["Budi"]
    assert result.rejected[0].where == "card 2 (line 5)"
    assert "END:VCARD" in result.rejected[0].reason


def test_a_card_without_anything_to_call_it_is_rejected():
    result = read_vcards(card("NOTE:just a note", "CATEGORIES:x").encode())
    assert not result.candidates
    assert result.rejected[0].reason == "it has no name, organisation, email or phone"


def test_a_file_without_cards_is_not_a_vcard_file():
    with pytest.raises(InteropError, match="BEGIN:VCARD"):
        read_vcards(b"First Name,Last Name\r\nBudi,Santoso\r\n")


def test_vobject_failing_on_one_card_rejects_only_that_card(monkeypatch):
    real = vobject.readComponents

    def fussy(text, *args, **kwargs):
        if "Rusak" in text:
            raise vobject.base.ParseError("cannot parse this", 2)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(vobject, "readComponents", fussy)
    text = card("N:Santoso;Budi") + card("N:Rusak;Kartu") + card("N:Wijaya;Sari")
    result = read_vcards(text.encode())
    assert [c.name for c in people(result)] == ["Budi Santoso", "Sari Wijaya"]
    assert result.rejected[0].where == "card 2 (line 5)"
    assert "line 7 cannot be read" in result.rejected[0].reason


# -- lines real exporters write -----------------------------------------------------------------

def test_comment_lines_go_and_quoted_printable_soft_breaks_join():
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Dewi\r\n# exported by a phone\r\n"
            "NOTE;ENCODING=QUOTED-PRINTABLE:first =\r\n#second=0D=0Athird\r\nEND:VCARD\r\n")
    assert people(read_vcards(text.encode()))[0].notes == "first #second\nthird"


def test_folded_lines_and_cr_cr_lf_line_ends():
    text = "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Budi\r\r\n  Santoso\r\r\nEND:VCARD\r\r\n"
    assert people(read_vcards(text.encode()))[0].name == "Budi Santoso"


def test_base64_photo_in_21_continued_without_indentation():
    encoded = base64.b64encode(PNG).decode()
    text = ("BEGIN:VCARD\nVERSION:2.1\nFN:Andi\nPHOTO;ENCODING=BASE64;TYPE=PNG:"
            + encoded[:20] + "\n" + encoded[20:] + "\n\nTEL:0812 1111 2222\nEND:VCARD\n")
    (contact,) = people(read_vcards(text.encode()))
    assert contact.photo == PNG
    assert [d.value for d in contact.details] == ["0812 1111 2222"]


@pytest.mark.parametrize("line", [
    "PHOTO;ENCODING=b;TYPE=PNG:" + base64.b64encode(PNG).decode(),
    "PHOTO:data:image/png;base64," + base64.b64encode(PNG).decode(),
])
def test_inline_photos_of_30_and_40(line):
    assert people(read_vcards(card("FN:Rina", line).encode()))[0].photo == PNG


def test_a_photo_at_a_web_address_is_not_fetched_and_a_broken_one_is_reported():
    result = read_vcards(card("FN:Rina", "PHOTO;VALUE=uri:https://example.com/p.jpg").encode())
    assert people(result)[0].photo is None and not result.warnings
    result = read_vcards(card("FN:Rina", "PHOTO;ENCODING=b:not*base64!").encode())
    assert people(result)[0].photo is None
    assert result.warnings[0].where == "card 1 (line 1)"
    assert "photo on line 4" in result.warnings[0].reason


def test_a_nested_card_is_read_as_a_card_of_its_own():
    text = ("BEGIN:VCARD\nVERSION:2.1\nN:Parent\nBEGIN:VCARD\nVERSION:2.1\nN:Child\n"
            "END:VCARD\nTEL:0812 0000 1111\nEND:VCARD\n")
    result = read_vcards(text.encode())
    assert [(c.name, [d.value for d in c.details]) for c in people(result)] == [
        ("Parent", ["0812 0000 1111"]), ("Child", [])]
    assert "1 card(s) inside it" in result.warnings[0].reason


def test_the_name_falls_back_on_n_nickname_organisation_email_phone():
    assert people(read_vcards(card("N:Santoso;Budi;;Dr.;").encode()))[0].name == "Dr. Budi Santoso"
    assert people(read_vcards(card("NICKNAME:Bud").encode()))[0].name == "Bud"
    assert people(read_vcards(card("ORG:Gojek;HR").encode()))[0].name == "Gojek"
    assert people(read_vcards(card("EMAIL:a@b.id").encode()))[0].name == "a@b.id"
    assert people(read_vcards(card("TEL:0812").encode()))[0].name == "0812"


def test_version_21_backslashes_and_commas_are_literal():
    text = card("FN:Budi, the \\boss", "ORG:Company, The;Sales", version="2.1")
    (contact,) = people(read_vcards(text.encode()))
    assert (contact.name, contact.company) == ("Budi, the \\boss", "Company, The")


def test_version_30_escapes_and_unescaped_commas():
    text = card("FN:Santoso, Budi", "NOTE:one\\ntwo\\, three\\; four", "URL:http\\://x.id")
    (contact,) = people(read_vcards(text.encode()))
    assert contact.name == "Santoso, Budi"
    assert contact.notes == "one\ntwo, three; four"
    assert contact.details[0].value == "http://x.id"


def test_social_profiles_and_messengers_become_links():
    text = card("FN:Putri",
                "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/putri",
                "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/putri",
                "IMPP;X-SERVICE-TYPE=Skype:skype:putri.k", "X-AIM:putri@aol.com",
                "URL:https://id.linkedin.com/in/putri-k/")
    links = [(d.value, d.label) for d in people(read_vcards(text.encode()))[0].details]
    assert links == [("https://www.linkedin.com/in/putri", "linkedin"),
                     ("https://twitter.com/putri", "twitter"), ("skype:putri.k", "skype"),
                     ("aim:putri@aol.com", "aim"), ("https://id.linkedin.com/in/putri-k/",
                                                    "linkedin")]


def test_categories_become_tags_without_the_phone_system_group():
    text = card("FN:Agus", "CATEGORIES:My Contacts,Fintech,alumni ITB")
    assert people(read_vcards(text.encode()))[0].tags == ("Fintech", "alumni ITB")


def test_birthdays_with_and_without_a_year():
    assert str(people(read_vcards(card("FN:A", "BDAY:19800322").encode()))[0].birthday) == \
        "1980-03-22"
    contact = people(read_vcards(card("FN:A", "BDAY:--0322").encode()))[0]
    assert contact.birthday == dt.date(NO_YEAR, 3, 22) and contact.remember == ""
    leap = people(read_vcards(card("FN:A", "BDAY:--0229").encode()))[0]  # vCard 4.0 style
    assert leap.birthday == dt.date(NO_YEAR, 2, 29)
    apple = people(read_vcards(card("FN:A", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29")
                               .encode()))[0]
    assert apple.birthday == dt.date(NO_YEAR, 2, 29)
    result = read_vcards(card("FN:A", "BDAY:--0230").encode())
    assert people(result)[0].birthday is None and "is not a date" in result.warnings[0].reason
    result = read_vcards(card("FN:A", "BDAY:someday").encode())
    assert people(result)[0].birthday is None
    assert "is not a date" in result.warnings[0].reason


def test_details_and_labels():
    text = card("FN:Joko", "EMAIL;TYPE=INTERNET,WORK:joko@kantor.id",
                'EMAIL:"Joko W" <joko@rumah.id>', "TEL;TYPE=CELL:0812-3456-7890",
                "TEL;TYPE=WORK,FAX:021 555 1234",
                "ADR;TYPE=HOME:;;Jl. Melati 5\\nRT 3;Bandung;;40111;")
    details = [(d.kind, d.value, d.label) for d in people(read_vcards(text.encode()))[0].details]
    assert details == [
        (DetailKind.EMAIL, "joko@kantor.id", "work"), (DetailKind.EMAIL, "joko@rumah.id", ""),
        (DetailKind.PHONE, "0812-3456-7890", "mobile"), (DetailKind.PHONE, "021 555 1234",
                                                         "work fax"),
        (DetailKind.ADDRESS, "Jl. Melati 5, RT 3, Bandung, 40111", "home")]


# -- fuzzing ----------------------------------------------------------------------------------

def _check(result) -> None:
    for item in result.items:
        if isinstance(item, Problem):
            assert item.where.strip() and item.reason.strip()
        else:
            assert item.contact.name.strip() and item.where.strip()
    for warning in result.warnings:
        assert warning.where.strip() and warning.reason.strip()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_people_and_reasons_or_one_clear_error(data):
    try:
        result = read_vcards(data)
    except InteropError as e:
        assert str(e)
        return
    _check(result)


NAMES = st.sampled_from(["FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "URL", "NOTE",
                         "BDAY", "PHOTO", "CATEGORIES", "NICKNAME", "IMPP", "X-AIM",
                         "X-SOCIALPROFILE", "item1.X-ABLabel", "item1.URL", "VERSION",
                         "X-ANDROID-CUSTOM", "RELATED", "AGENT", "BEGIN", "END"])
PARAMS = st.lists(st.sampled_from([
    ";TYPE=WORK", ";HOME", ";CELL", ";PREF", ";ENCODING=QUOTED-PRINTABLE", ";QUOTED-PRINTABLE",
    ";CHARSET=UTF-8", ";CHARSET=SHIFT_JIS", ";CHARSET=nonsense", ";ENCODING=b",
    ";ENCODING=BASE64", ';TYPE="a,b:c"', ";VALUE=uri", ";X-SERVICE-TYPE=Skype", ';LABEL="x'
]), max_size=3).map("".join)
VALUES = st.text(alphabet=st.one_of(st.sampled_from(list("ab Ñé安;,:\\=\"<>@.0123456789\t/+")),
                                    st.characters()), max_size=40)
LINE = st.one_of(
    st.builds(lambda n, p, v: f"{n}{p}:{v}", NAMES, PARAMS, VALUES),
    VALUES,  # continuation or garbage
    st.sampled_from(["", " ", " folded", "\tfolded", "#comment", "=0D=0A", "BEGIN:VCARD",
                     "END:VCARD", "iVBORw0KGgo"]),
)
CARD = st.builds(lambda lines, v, close: "\r\n".join(
    ["BEGIN:VCARD", f"VERSION:{v}", *lines] + (["END:VCARD"] if close else [])),
    st.lists(LINE, max_size=12), st.sampled_from(["2.1", "3.0", "4.0"]), st.booleans())


@settings(max_examples=400, deadline=None)
@given(st.lists(CARD, min_size=1, max_size=4),
       st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"]),
       st.sampled_from(["utf-8", "utf-16", "cp1252", "shift_jis"]))
def test_fuzzed_cards_never_raise_and_every_rejection_has_a_reason(cards, end, encoding):
    text = end.join(cards).replace("\r\n", end)
    result = read_vcards(text.encode(encoding, errors="replace"))
    _check(result)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(CARD, min_size=1, max_size=3))
def test_whatever_the_reader_accepts_the_journal_takes(store, cards):
    from netjournal.interop.engine import run_import

    result = read_vcards("\r\n".join(cards).encode("utf-8", errors="replace"))
    report = run_import(store, result, dry_run=True)
    assert len(report.outcomes) == len(result.items)
    assert all(o.note for o in report.outcomes if o.action.value == "reject")
