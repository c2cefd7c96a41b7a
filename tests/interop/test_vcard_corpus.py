"""Every file of the shared interop corpus imports as a person would expect, card by card.

The corpus (``../shared/interop/vcard``, see its SOURCES.md) holds real exports from phones,
mail programs and address books, and the Android project's edge cases, some broken on
purpose. For each file: the people it must put in the journal (name, organisation,
title and every detail), the cards it must reject and the parts it must leave out with
a word about it. Each file goes into a fresh journal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from netjournal.domain.values import DetailKind
from netjournal.interop.files import import_file
from tests.conftest import SHARED

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

CORPUS = SHARED / "interop" / "vcard"


@dataclass(frozen=True)
class Card:
    name: str
    company: str = ""
    title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    birthday: str | None = None
    photo: str | None = None  # "jpeg" or "png"
    family: str = ""
    remember: str = ""
    notes_has: str = ""  # a part the notes must contain ("" means: no notes at all)


@dataclass(frozen=True)
class File:
    cards: list[Card]
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (where, part of reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)


EXPECTED = {
    'aosp/v21_adr_multiple_line.vcf': File(
        cards=[
            Card('bogus',
                links=('http://bogus.com/',),
                addresses=(
                    'Grindelberg 999, Hamburg, 99999, Deutschland',
                    'Hermann v. Brevern, 9999999, Packstation 999, Hamburg, 99999, Deutschland',
                ),
                birthday='2008-12-03',
            ),
        ],
    ),
    'aosp/v21_android_custom_prop.vcf': File(
        cards=[
        ],
        rejected=[
            ('card 1 (line 1)',
             'it has no name, organisation, email or phone'),
        ],
    ),
    'aosp/v21_backslash.vcf': File(
        cards=[
            Card('A;B\\C\\;D:E\\\\'),
        ],
    ),
    'aosp/v21_base64_no_2_crlf.vcf': File(
        cards=[
            Card('fullname', photo='jpeg'),
        ],
    ),
    'aosp/v21_blackberry_photo.vcf': File(
        cards=[
            Card('boogie',
                emails=('forrestgump@walladalla.com',),
                phones=('+5555555', '+5555556'),
                photo='png',
            ),
        ],
    ),
    'aosp/v21_complicated.vcf': File(
        cards=[
            Card('Joe Due',
                company='Gump Shrimp Co.',
                title='Shrimp Man',
                emails=('forrestgump@walladalla.com', 'cell@example.com'),
                phones=(
                    '(111) 555-1212',
                    '(404) 555-1212',
                    '0311111111',
                    '0322222222',
                    '0333333333',
                ),
                links=('http://www.example.com/',),
                addresses=(
                    '100 Waters Edge, Baytown, LA, 30314, United States of America',
                    '42 Plantation St., Baytown, LA, 30314, United States of America',
                ),
                birthday='1980-01-01',
                photo='jpeg',
                notes_has=("RFC 2045.\n\nNow's the time for all folk to come to the aid of their "
                           'country.'),
            ),
        ],
    ),
    'aosp/v21_im.vcf': File(
        cards=[
            Card('Nick', links=('xmpp:hhh@gmail.com',)),
        ],
    ),
    'aosp/v21_invalid_comment_line.vcf': File(
        cards=[
            Card('Conference Call',
                notes_has=('This is an (sharp ->#<- sharp) example. '
                           'This message must NOT be ignored.'),
            ),
        ],
    ),
    'aosp/v21_invalid_multiple_line.vcf': File(
        cards=[
            Card('Omega', emails=('omega@example.com',)),
        ],
    ),
    'aosp/v21_japanese_1.vcf': File(
        cards=[
            Card('安藤ロイド', phones=('0300000000',)),
        ],
    ),
    'aosp/v21_japanese_2.vcf': File(
        cards=[
            Card('安藤 ロイド 1',
                 addresses=('東京都渋谷区桜丘町26-1セルリアンタワー6階, 150-8512',),
                 notes_has='メモ'),
        ],
    ),
    'aosp/v21_japanese_3.vcf': File(
        cards=[
            Card('伊能 圭一 伊予'),
        ],
    ),
    'aosp/v21_malformed_photo.vcf': File(
        cards=[
            Card('fullname'),
        ],
        warnings=[
            ('card 1 (line 1)',
             'the photo on line 5 is not valid base64 data; it was left out'),
        ],
    ),
    'aosp/v21_multiple_entry.vcf': File(
        cards=[
            Card('安藤ロイド3', phones=('9', '10', '11', '12')),
            Card('安藤ロイド4', phones=('13', '14', '15', '16')),
            Card('安藤ロイド5', phones=('17', '18', '19', '20')),
        ],
    ),
    'aosp/v21_nest.vcf': File(
        cards=[
            Card('parent', phones=('1',)),
            Card('nest1'),
            Card('nest2'),
        ],
        warnings=[
            ('card 1 (line 1)',
             'it held 2 card(s) inside it; they were read as separate cards'),
        ],
    ),
    'aosp/v21_org_before_title.vcf': File(
        cards=[
            Card('Normal Guy', company='Company', title='Excellent Janitor'),
        ],
    ),
    'aosp/v21_pref_handling.vcf': File(
        cards=[
            Card('Smith',
                company='Company',
                title='Engineer',
                emails=('test@example.com', 'test2@examination.com'),
                phones=('1', '2', '3'),
                notes_has='Also: Blogger, Mystery; Poet, Poetry',
            ),
        ],
    ),
    'aosp/v21_simple_1.vcf': File(
        cards=[
            Card('Roid Ando'),
        ],
    ),
    'aosp/v21_simple_2.vcf': File(
        cards=[
            Card('Ando Roid'),
        ],
    ),
    'aosp/v21_simple_3.vcf': File(
        cards=[
            Card('Ando Roid'),
        ],
    ),
    'aosp/v21_sip.vcf': File(
        cards=[
            Card('Android', links=('sip:888', 'sip:90-180-360')),
        ],
    ),
    'aosp/v21_title_before_org.vcf': File(
        cards=[
            Card('Nice Guy', company='Marverous', title='Cool Title'),
        ],
    ),
    'aosp/v21_winmo_65.vcf': File(
        cards=[
            Card('Example'),
        ],
    ),
    'aosp/v21_x_android_custom_after_photo.vcf': File(
        cards=[
            Card('Roid Ando', birthday='1975-08-20', photo='png'),
        ],
    ),
    'aosp/v21_x_param.vcf': File(
        cards=[
            Card('Roid Ando',
                emails=('email@example.com', 'email2@example.com'),
                phones=('1', '2'),
                addresses=('pobox, street',),
            ),
        ],
    ),
    'aosp/v30_comma_separated.vcf': File(
        cards=[
            Card('G M F', phones=('1',)),
        ],
    ),
    'aosp/v30_ios_613_multiline.vcf': File(
        cards=[
            Card('Bob Smith',
                company='Smith Auto Repair',
                emails=('bob@smithauto.com',),
                phones=('(650) 555-1212',),
                links=('www.smithauto.com',),
                photo='jpeg',
            ),
        ],
    ),
    'aosp/v30_japanese.vcf': File(
        cards=[
            Card('伊能 圭一 伊予'),
        ],
    ),
    'aosp/v30_multibyte_param.vcf': File(
        cards=[
            Card('G M F', phones=('1',)),
        ],
    ),
    'aosp/v30_pager.vcf': File(
        cards=[
            Card('G M F', phones=('6101231234@pagersample.com',)),
        ],
    ),
    'aosp/v30_pause_wait.vcf': File(
        cards=[
            Card('Pause Wait', phones=('p1234p5678w9',)),
        ],
    ),
    'aosp/v30_simple.vcf': File(
        cards=[
            Card('And Roid', company='Open', phones=('0300000000',)),
        ],
    ),
    'aosp/v30_sip.vcf': File(
        cards=[
            Card('Android', links=('sip:android@android.example.com',)),
        ],
    ),
    'aosp/v40_sip.vcf': File(
        cards=[
            Card('安藤 ロイド', phones=('1',), links=('sip:example@example.com',)),
        ],
    ),
    'aosp/v40_sort_as.vcf': File(
        cards=[
            Card('安藤 ロイド', company='グーグル'),
        ],
    ),
    'ez-vcard/John_Doe_ANDROID.vcf': File(
        cards=[
            Card('john.doe@company.com', emails=('john.doe@company.com',)),
            Card('jane.doe@company.com', emails=('jane.doe@company.com',)),
            Card('Ñ Ñ Ñ Ñ Ñ', phones=('123456789',)),
            Card('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ',
                phones=('123456', '234567', '3456789', '45678901'),
                notes_has='Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ\n\nÑ Ñ',
            ),
            Card('Ñ Ñ Ñ Ñ',
                company='ÑÑÑÑÑÑÑÑÑÑÑÑ',
                emails=('bob@company.com', 'ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ'),
                phones=('123456',),
                links=('www.company.com',),
            ),
            Card('ÑÑÑÑ',
                company='ÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑ',
                emails=('henry@company.com',),
                phones=('55556666',),
                notes_has='Also: ÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑ�',
            ),
        ],
        warnings=[
            ('card 5 (line 36)',
             'the photo on line 52 is not valid base64 data; it was left out'),
        ],
    ),
    'ez-vcard/John_Doe_BLACK_BERRY.vcf': File(
        cards=[
            Card('John Doe', company='Acme Solutions', phones=('+96123456789',), photo='jpeg'),
        ],
    ),
    'ez-vcard/John_Doe_EVOLUTION.vcf': File(
        cards=[
            Card('Mr. John Richter, James Doe Sr.',
                company='IBM',
                title='Money Counter',
                emails=('john.doe@ibm.com',),
                phones=('905-666-1234', '905-555-1234'),
                links=('aim:johnny5@aol.com', 'http://www.ibm.com'),
                addresses=(
                    ('ASB-123, 15 Crescent moon drive, Albaney, New York, 12345, United '
                     'States of America'),
                ),
                tags=('vip',),
                birthday='1980-03-22',
                family='Spouse: Maria',
                notes_has='POSSIBILITY OF SUCH DAMAGE.',
            ),
        ],
    ),
    'ez-vcard/John_Doe_GMAIL.vcf': File(
        cards=[
            Card('Mr. John Richter, James Doe Sr.',
                company='IBM',
                title='Money Counter',
                emails=('john.doe@ibm.com',),
                phones=('905-555-1234', '905-666-1234'),
                links=('http://www.ibm.com',),
                addresses=(
                    ('Crescent moon drive, 555-asd, Nice Area, Albaney, New York 12345, '
                     'United States of America'),
                ),
                birthday='1980-03-22',
                family='Spouse: Jenny',
                notes_has='POSSIBILITY OF SUCH DAMAGE.',
            ),
        ],
    ),
    'ez-vcard/John_Doe_IPHONE.vcf': File(
        cards=[
            Card('Mr. John Richter James Doe Sr.',
                company='IBM',
                title='Money Counter',
                emails=('john.doe@ibm.com',),
                phones=(
                    '905-555-1234',
                    '905-666-1234',
                    '905-777-1234',
                    '905-888-1234',
                    '905-999-1234',
                    '905-111-1234',
                    '905-222-1234',
                ),
                links=('http://www.ibm.com',),
                addresses=(
                    'Silicon Alley 5, New York, New York, 12345, United States of America',
                    'Street4, Building 6, Floor 8, New York, 12345, USA',
                ),
                birthday='2012-06-06',
                photo='jpeg',
            ),
        ],
    ),
    'ez-vcard/John_Doe_LOTUS_NOTES.vcf': File(
        cards=[
            Card('Mr. Doe John I Johny',
                company='IBM',
                title='Generic Accountant',
                emails=('john.doe@ibm.com', 'billy_bob@gmail.com'),
                phones=('+1 (212) 204-34456', '00-1-212-555-7777'),
                links=('http://www.sun.com',),
                addresses=(
                    ('25334, South cresent drive, Building 5, 3rd floo r, New York, New '
                     'York, NYC887, U.S.A.'),
                ),
                birthday='1980-05-21',
                photo='jpeg',
                notes_has='POSSIBILITY OF SUCH DAMAGE.',
            ),
        ],
    ),
    'ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf': File(
        cards=[
            Card('Mr. John Richter,James Doe Sr.',
                company='IBM',
                title='Money Counter',
                emails=('john.doe@ibm.com',),
                phones=(
                    '905-777-1234',
                    '905-666-1234',
                    '905-555-1234',
                    '905-888-1234',
                    '905-999-1234',
                    '905-111-1234',
                    '905-222-1234',
                ),
                links=('http://www.ibm.com',),
                addresses=(
                    'Silicon Alley 5, New York, New York, 12345, United States of America',
                    'Street4, Building 6, Floor 8, New York, 12345, USA',
                ),
                birthday='2012-06-06',
                photo='jpeg',
                family='Spouse: Jenny',
                notes_has='POSSIBILITY OF SUCH DAMAGE.',
            ),
        ],
    ),
    'ez-vcard/John_Doe_MS_OUTLOOK.vcf': File(
        cards=[
            Card('Mr. John Richter James Doe Sr.',
                company='IBM',
                title='Money Counter',
                emails=('john.doe@ibm.cm',),
                phones=('(905) 555-1234', '(905) 666-1234'),
                links=('http://www.ibm.com', 'im:johny5@aol.com'),
                addresses=(
                    'Cresent moon drive, Albaney, New York, 12345, United States of America',
                    'Silicon Alley 5, New York, New York, 12345, United States of America',
                ),
                birthday='1980-03-22',
                photo='jpeg',
                notes_has="THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS'' AND ANY EXPRESS",
            ),
        ],
    ),
    'ez-vcard/fullcontact.vcf': File(
        cards=[
            Card('Prefix FirstName MiddleName LastName Suffix',
                company='Organization1',
                title='Title1',
                emails=(
                    'home@example.com',
                    'work@example.com',
                    'school@example.com',
                    'other@example.com',
                    'custom@example.com',
                ),
                phones=(
                    '555-555-1111',
                    '555-555-1112',
                    '555-555-1113',
                    '555-555-1114',
                    '555-555-1115',
                    '555-555-1116',
                    '555-555-1117',
                    '555-555-1118',
                    '555-555-1119',
                ),
                links=(
                    'http://www.homepage.com',
                    'http://www.blog.com',
                    'http://www.other.com',
                    'http://www.custom.com',
                    'xmpp:gtalk',
                    'skype:skype',
                    'ymsgr:yahoo',
                    'aim:aim',
                    'xmpp:jabber',
                    'other:other',
                    'customtype:custom',
                ),
                addresses=(
                    'HomeExtended, HomeStreet, HomeCity, HomeState, HomePostal, HomeCountry',
                    'WorkExtended, WorkStreet, WorkCity, WorkState, WorkPostal, WorkCountry',
                    'OtherExtended, OtherStreet, OtherCity, OtherState, OtherPostal, OtherCountry',
                    ('CustomExtended, CustomStreet, CustomCity, CustomState, CustomPostal, '
                     'CustomCountry'),
                ),
                tags=('tag',),
                birthday='2016-08-01',
                notes_has='Notes line 1\nNotes line 2\n\nAlso: Title2, Organization2',
            ),
        ],
    ),
    'ez-vcard/gmail-list.vcf': File(
        cards=[
            Card('Arnold Smith', emails=('asmithk@gmail.com',)),
            Card('Chris Beatle', emails=('chrisy55d@yahoo.com',)),
            Card('Doug White', emails=('dwhite@gmail.com',)),
        ],
    ),
    'ez-vcard/gmail-single.vcf': File(
        cards=[
            Card('Greg Dartmouth',
                company='TheCompany',
                title='TheJobTitle',
                emails=('gdartmouth@hotmail.com',),
                phones=('555 555 1111', '555 555 2222'),
                links=('icq:123456789', 'http://TheProfile.com'),
                addresses=(
                    '123 Home St, Home City, HM 12345',
                    '321 Custom St, Custom City, TX, 98765, USA',
                ),
                birthday='1960-09-10',
                family='Spouse: MySpouse',
                notes_has=("This is GMail's note field.\nIt should be added as a NOTE type.\n"
                           'ACustomField: CustomField'),
            ),
        ],
    ),
    'ez-vcard/gmail-single2.vcf': File(
        cards=[
            Card('VCard Test',
                company='TheCompany',
                title='TheJobTitle',
                emails=(
                    'email@example.com',
                    'homeemail@example.com',
                    'workemail@example.com',
                    'otheremail@example.com',
                    'customcategory@example.com',
                ),
                phones=(
                    '5555551111',
                    '5555551112',
                    '5555551113',
                    '5555551114',
                    '5555551115',
                    '5555551116',
                    '5555551117',
                    '5555551118',
                    '5555551119',
                    '5555551120',
                    '5555551121',
                ),
                links=(
                    'xmpp:IM2',
                    'aim:IM3',
                    'ymsgr:IM4',
                    'skype:IM5',
                    'qq:IM6',
                    'msnim:IM7',
                    'icq:IM8',
                    'xmpp:IM9',
                    'http://www.example1.com',
                    'http://www.example2.com',
                    'http://www.example3.com',
                    'http://www.example4.com',
                    'http://www.example5.com',
                    'http://www.example6.com',
                ),
                addresses=(
                    '111 Main St, NY, New York, 10011',
                    '112 Main St, NY, New York, 10011',
                    '113 Main St, NY, New York, 10011',
                    '114 Main St, NY, New York, 10011',
                    '115 Main St, NY, New York, 10011',
                ),
                birthday='1912-06-23',
                family='Spouse: Name2; Child: Name3; Partner: Name14; Domestic partner: Name15',
                notes_has='note line 1\nnote line 2\nCustomField: field value',
            ),
        ],
    ),
    'ez-vcard/issue114.vcf': File(
        cards=[
            Card('Dummy, Dummy',
                company='Dummy GmbH',
                emails=('dummy.dummy@dummy.com',),
                phones=('+49 1234 56789', '+49 9876 54321'),
                addresses=('BHG01:, Dummy-Dummy-Strasse 1, Bad Homburg, 61352, Germany',),
            ),
        ],
    ),
    'ez-vcard/outlook-2003.vcf': File(
        cards=[
            Card('John Doe III',
                company='Company, The',
                title='The Job Title',
                emails=('jdoe@hotmail.com',),
                phones=('BusinessPhone', 'HomePhone', 'MobilePhone', 'BusinessFaxPhone'),
                links=('http://web-page-address.com',),
                addresses=('TheOffice, 123 Main St, Austin, TX, 12345, United States of America',),
                birthday='1980-03-21',
                notes_has='This is the note field!!\nSecond line\n\nThird line is empty',
            ),
        ],
    ),
    'ez-vcard/outlook-2007.vcf': File(
        cards=[
            Card('Mr. Michael Angstadt Jr.',
                company='TheCompany',
                title='TheJobTitle',
                emails=('mike.angstadt@gmail.com',),
                phones=('(111) 555-1111', '(111) 555-2222', '(111) 555-4444', '(111) 555-3333'),
                links=('http://mikeangstadt.name', 'im:im@aim.com'),
                addresses=('TheOffice, 222 Broadway, New York, NY, 99999, USA',),
                birthday='1922-03-10',
                photo='jpeg',
                family='Spouse: TheSpouse',
                notes_has=('This is the NOTE field\t\nI assume it encodes this text inside a NOTE '
                           "vCard type.\nBut I'm not sure because there's text formatting going on "
                           'here.\nIt does not preserve the formatting'),
            ),
        ],
    ),
    'ez-vcard/rfc2426-example.vcf': File(
        cards=[
            Card('Frank Dawson',
                company='Lotus Development Corporation',
                emails=('Frank_Dawson@Lotus.com', 'fdawson@earthlink.net'),
                phones=('+1-919-676-9515', '+1-919-676-9564'),
                links=('http://home.earthlink.net/~fdawson',),
                addresses=('6544 Battleford Drive, Raleigh, NC, 27613-3502, U.S.A.',),
            ),
            Card('Tim Howes',
                company='Netscape Communications Corp.',
                emails=('howes@netscape.com',),
                phones=('+1-415-937-3419', '+1-415-528-4164'),
                addresses=('501 E. Middlefield Rd., Mountain View, CA, 94043, U.S.A.',),
            ),
        ],
    ),
    'ez-vcard/rfc6350-example.vcf': File(
        cards=[
            Card('Simon Perreault',
                company='Viagenie',
                emails=('simon.perreault@viagenie.ca',),
                phones=('+1-418-656-9254;ext=102', '+1-418-262-6501'),
                links=('http://nomis80.org',),
                addresses=('Suite D2-630, 2875 Laurier, Quebec, QC, G1V 2M2, Canada',),
                birthday='1604-02-03',  # no year: Apple's year 1604
            ),
        ],
    ),
    'ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf': File(
        cards=[
            Card('John Doe',
                company='TheOrganization',
                title='TheTitle',
                emails=(
                    'doe.john@hotmail.com',
                    'additional-email@company.com',
                    'additional-email1@company.com',
                    'additional-email2@company.com',
                    'additional-email3@company.com',
                ),
                phones=(
                    '555-555-1111',
                    '555-555-2222',
                    '555-555-5555',
                    '555-555-3333',
                    '555-555-4444',
                ),
                links=('http://www.private-webpage.com', 'http://www.work-webpage.com'),
                addresses=(
                    '222 Broadway, Suite 100, New York, NY, 98765, USA',
                    '123 Main St, Apt 10, Austin, TX, 12345, USA',
                ),
                tags=('category1', 'category2', 'category3'),
                birthday='1970-09-21',
                photo='jpeg',
                family='Spouse: TheSpouse',
                notes_has=('Fourth Line\nYou can put anything in the "note" field; '
                           'even curse words.'),
            ),
        ],
    ),
}


def _photo_kind(data: bytes | None) -> str | None:
    if data is None:
        return None
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpeg"
    return "other"


def test_the_table_covers_every_file_of_the_corpus():
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.vcf")}
    assert on_disk, f"the corpus is missing: {CORPUS}"
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_imports_card_by_card(store, name):
    expected = EXPECTED[name]
    report = import_file(store, CORPUS / name)

    assert len(report.rejected) == len(expected.rejected)
    for problem, (where, part) in zip(report.rejected, expected.rejected, strict=True):
        assert problem.where == where and part in problem.reason
    assert len(report.warnings) == len(expected.warnings)
    for problem, (where, part) in zip(report.warnings, expected.warnings, strict=True):
        assert problem.where == where and part in problem.reason

    assert store.contacts.count() == len(expected.cards)
    ids = sorted({o.contact_id for o in report.outcomes if o.contact_id is not None})
    got = {c.name: c for c in (store.contacts.get(i) for i in ids)}
    assert sorted(got) == sorted(card.name for card in expected.cards)
    for card in expected.cards:
        c = got[card.name]
        assert (c.company, c.title) == (card.company, card.title), card.name
        assert tuple(d.value for d in c.details_of(DetailKind.EMAIL)) == card.emails
        assert tuple(d.value for d in c.details_of(DetailKind.PHONE)) == card.phones
        assert tuple(d.value for d in c.details_of(DetailKind.LINK)) == card.links
        assert tuple(d.value for d in c.details_of(DetailKind.ADDRESS)) == card.addresses
        assert c.tags == card.tags
        assert c.birthday == (dt.date.fromisoformat(card.birthday) if card.birthday else None)
        assert _photo_kind(c.photo) == card.photo
        assert (c.family, c.remember) == (card.family, card.remember)
        if card.notes_has:
            assert card.notes_has in c.notes
        else:
            assert c.notes == ""


def test_labels_come_from_types_and_apple_item_labels(store):
    report = import_file(store, CORPUS / "ez-vcard" / "John_Doe_IPHONE.vcf")
    contact = store.contacts.get(report.outcomes[0].contact_id)
    labels = {d.value: d.label for d in contact.details}
    assert labels["905-555-1234"] == "mobile"
    assert labels["905-888-1234"] == "home fax"
    assert labels["905-111-1234"] == "pager"
    assert labels["905-222-1234"] == "assistantphone"  # item2.X-ABLabel
    assert labels["http://www.ibm.com"] == "homepage"  # _$!<HomePage>!$_
    assert labels["Street4, Building 6, Floor 8, New York, 12345, USA"] == "work"


def test_the_whole_corpus_in_one_journal_twice_changes_nothing_the_second_time(store):
    from netjournal.storage import transfer

    paths = sorted(CORPUS.rglob("*.vcf"))
    first = [import_file(store, p) for p in paths]
    assert sum(r.imported for r in first) == store.contacts.count() > 40
    before = transfer.dump(store)
    second = [import_file(store, p) for p in paths]
    assert sum(r.imported for r in second) == 0
    assert {o.action.value for r in second for o in r.outcomes} <= {"unchanged", "reject"}
    assert transfer.dump(store) == before
