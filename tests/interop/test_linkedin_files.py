"""Reading LinkedIn's invitations and messages liberally: dates, URLs, headers, quoting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.conversations import person_key
from netjournal.domain.values import RequestDirection
from netjournal.interop import InteropError
from netjournal.interop.linkedin_csv import (
    find_header,
    parse_message_date,
    parse_sent_at,
    split_names,
    split_urls,
)
from netjournal.interop.linkedin_invitations import Invitation, read_invitations
from netjournal.interop.linkedin_messages import read_messages
from netjournal.interop.model import Problem

moments = st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2068, 12, 31))


@given(moments, st.booleans(), st.sampled_from([" ", "\u202f", "\u00a0"]))
def test_sent_at_in_both_year_styles(moment, four_digits, space):
    year = moment.strftime("%Y" if four_digits else "%y")
    hour = moment.strftime("%I").lstrip("0") or "12"
    text = f"{moment.month}/{moment.day}/{year}, {hour}:{moment:%M}{space}{moment:%p}"
    assert parse_sent_at(text) == moment.date()


@given(moments, st.sampled_from([" UTC", "", "Z", " +00:00"]))
def test_message_dates_are_utc_moments(moment, zone):
    moment = moment.replace(microsecond=0)
    text = moment.strftime("%Y-%m-%d %H:%M:%S") + zone
    assert parse_message_date(text) == moment.replace(tzinfo=dt.UTC)


def test_a_message_date_with_an_offset_is_moved_to_utc():
    assert parse_message_date("2026-11-02T15:15:04+07:00") == dt.datetime(
        2026, 11, 2, 8, 15, 4, tzinfo=dt.UTC)


@given(st.text(max_size=40))
def test_date_parsers_never_raise(text):
    parse_sent_at(text)
    parse_message_date(text)


profile = st.from_regex(r"[a-z0-9][a-z0-9-]{2,30}", fullmatch=True)


@given(profile, st.sampled_from(["https://www.", "http://", "https://id.", ""]),
       st.booleans(), st.booleans())
def test_profile_urls_match_whatever_the_case_and_trailing_slash(slug, prefix, upper, slash):
    plain = f"https://www.linkedin.com/in/{slug}"
    variant = f"{prefix}linkedin.com/in/{slug.upper() if upper else slug}{'/' if slash else ''}"
    assert person_key(variant) == person_key(plain)


def test_recipient_urls_split_on_commas_or_semicolons_and_names_only_when_they_line_up():
    assert split_urls("https://a.example/x; https://b.example/y,https://c.example/z") == [
        "https://a.example/x", "https://b.example/y", "https://c.example/z"]
    assert split_names("Ayu Lestari, Rizky Pratama", 2) == ["Ayu Lestari", "Rizky Pratama"]
    assert split_names("Lestari, Ayu", 1) == ["Lestari, Ayu"]
    assert split_names("A, B, C", 2) == ["", ""]


def test_header_found_after_notes_whatever_its_case_quotes_or_bom():
    text = ('Notes:\n"Some words, with a comma"\n\n\ufeff"FROM","to","Sent at","MESSAGE",'
            '"direction"\n')
    assert find_header(text, ("from", "to", "direction")) == 3


INVITATIONS_ODD = (
    "Notes:\n\"This file lists invitations\"\n\n"
    "to;FROM;Direction;Sent At;Message;Extra\n"  # semicolons, no URL columns, extra column
    "Ayu Lestari;Joko Susilo;incoming;1/5/2019, 8:01 PM;\"Hi; \"\"quoted\"\" 🚀\";x\n"
    "Nadia Putri;Ayu Lestari;OUTGOING;not a date;;\n"
    "Ayu Lestari;Somebody;SIDEWAYS;1/5/2019, 8:01 PM;;\n"
    ";;INCOMING;;;\n"
)


def test_invitations_with_odd_headers_missing_columns_and_bad_values():
    items, warnings = read_invitations(INVITATIONS_ODD)
    joko, nadia, sideways, nobody = items
    assert isinstance(joko, Invitation) and isinstance(nadia, Invitation)
    assert (joko.name, joko.direction, joko.sent_on, joko.message, joko.profile_url) == (
        "Joko Susilo", RequestDirection.INCOMING, dt.date(2019, 1, 5),
        'Hi; "quoted" 🚀', "")
    assert (nadia.name, nadia.direction, nadia.sent_on) == (
        "Nadia Putri", RequestDirection.OUTGOING, None)
    assert isinstance(sideways, Problem) and "SIDEWAYS" in sideways.reason
    assert isinstance(nobody, Problem) and "names nobody" in nobody.reason
    assert [w.where for w in warnings] == ["line 6"]
    assert joko.key != nadia.key


def test_a_file_that_is_not_invitations_or_messages_is_refused_in_words():
    with pytest.raises(InteropError, match="not a LinkedIn invitations file"):
        read_invitations("Name,Email\nAyu,a@b.c\n")
    with pytest.raises(InteropError, match="not a LinkedIn messages file"):
        read_messages("Name,Email\nAyu,a@b.c\n")


MESSAGES_OLD = (
    # an older export: no ATTACHMENTS, a multi-line message, a spam row, a bad date
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\r\n"
    "c1,,Ayu,https://www.linkedin.com/in/ayu,Sari,https://www.linkedin.com/in/sari,"
    "2019-03-01 10:00:00 UTC,,\"Line one,\r\nline two\",SENT\r\n"
    "c2,,Spammer,https://www.linkedin.com/in/spam,Ayu,https://www.linkedin.com/in/ayu,"
    "2019-03-02 10:00:00 UTC,,Buy now,SPAM\r\n"
    "c1,,Sari,https://www.linkedin.com/in/sari,Ayu,https://www.linkedin.com/in/ayu,"
    "yesterday,,Sure,INBOX\r\n"
    ",,Sari,https://www.linkedin.com/in/sari,Ayu,https://www.linkedin.com/in/ayu,"
    "2019-03-02 10:00:00 UTC,,no id,INBOX\r\n"
)


def test_older_messages_export_with_multiline_text_spam_and_bad_rows():
    read = read_messages(MESSAGES_OLD)
    assert [m.content for m in read.messages] == ["Line one,\r\nline two"]
    assert [(p.where, p.reason) for p in read.problems] == [
        ("line 5", "the date 'yesterday' is not a date"),
        ("line 6", "it has no conversation id")]
    assert read.warnings[0].reason.startswith("1 messages in the spam")
    assert read.names[person_key("https://www.linkedin.com/in/sari")] == "Sari"
