"""Messages as timeline entries: the owner, one entry per conversation-day, the summary."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain import conversations as conv
from netjournal.domain.values import Direction

AYU = "linkedin.com/in/ayu"
SARI = "linkedin.com/in/sari"
BUDI = "linkedin.com/in/budi"
T0 = dt.datetime(2026, 11, 2, 8, 15, tzinfo=dt.UTC)


def _m(cid, sender, to, minutes, content="hi", title=""):
    return conv.Message(cid, sender, tuple(to), T0 + dt.timedelta(minutes=minutes), content,
                        title)


def test_person_key_ignores_case_and_a_trailing_slash_and_falls_back_to_the_name():
    assert conv.person_key("https://www.linkedin.com/in/Budi-Santoso/") == (
        conv.person_key("https://linkedin.com/in/budi-santoso"))
    assert conv.person_key("", "  Sari  WIJAYA ") == "name:sari wijaya"
    assert conv.person_key("", "") == ""


def test_the_owner_is_the_one_person_in_every_conversation():
    messages = [_m("a", AYU, [SARI], 0), _m("b", BUDI, [AYU], 5), _m("a", SARI, [AYU], 9)]
    assert conv.owner_candidates(messages) == {AYU}
    assert conv.find_owner(messages) == AYU


def test_one_conversation_is_decided_by_who_the_journal_knows_else_by_who_wrote_most():
    messages = [_m("a", AYU, [SARI], 0), _m("a", SARI, [AYU], 1), _m("a", AYU, [SARI], 2)]
    assert conv.find_owner(messages, known=[AYU]) == SARI
    assert conv.find_owner(messages) == AYU
    assert conv.find_owner(messages[:2]) is None  # one each: nothing decides
    assert conv.find_owner([]) is None


def test_days_group_by_conversation_and_utc_day_oldest_first():
    messages = [_m("a", SARI, [AYU], 60 * 24 * 2), _m("a", AYU, [SARI], 0),
                _m("a", SARI, [AYU], 85), _m("b", BUDI, [AYU], 1)]
    days = conv.days(messages)
    assert [(d.conversation_id, d.day, len(d.messages)) for d in days] == [
        ("a", dt.date(2026, 11, 2), 2), ("b", dt.date(2026, 11, 2), 1),
        ("a", dt.date(2026, 11, 4), 1)]
    assert conv.direction(days[0], AYU) == Direction.OUTBOUND
    assert conv.direction(days[1], AYU) == Direction.INBOUND
    assert days[0].last_at == T0 + dt.timedelta(minutes=85)
    assert days[0].key == "linkedin-message:a:2026-11-02"


def test_summary_in_the_peoples_own_words_with_the_title_and_what_was_left_out():
    long = "word " * 60
    day = conv.days([_m("g", SARI, [AYU, BUDI], 0, "Slides due <b>Friday</b> &amp; after",
                        "Speakers"),
                     _m("g", AYU, [SARI, BUDI], 1, long, "Speakers")]
                    + [_m("g", BUDI, [AYU, SARI], 2 + i, f"okay, see you then {i}")
                       for i in range(20)])[0]
    text = conv.summary(day, {SARI: "Sari", AYU: "Ayu", BUDI: "Budi"})
    assert text.startswith("Speakers: Sari: Slides due Friday & after / Ayu: word word")
    assert len(text) <= conv.SUMMARY_LIMIT
    assert text.endswith(")") and "(+" in text


messages_strategy = st.lists(st.tuples(
    st.sampled_from(["a", "b", "c"]), st.sampled_from([SARI, BUDI]), st.booleans(),
    st.integers(min_value=0, max_value=60 * 24 * 10), st.text(max_size=200)),
    min_size=1, max_size=40)


@given(messages_strategy)
def test_every_message_lands_in_exactly_one_day_of_its_conversation(rows):
    messages = [_m(cid, AYU if mine else other, [other if mine else AYU], minutes, text)
                for cid, other, mine, minutes, text in rows]
    days = conv.days(messages)
    assert sum(len(d.messages) for d in days) == len(messages)
    assert len({d.key for d in days}) == len(days)
    for d in days:
        assert all(m.conversation_id == d.conversation_id and m.sent_at.date() == d.day
                   for m in d.messages)
        assert list(d.messages) == sorted(d.messages, key=lambda m: m.sent_at)
        assert len(conv.summary(d, {})) <= conv.SUMMARY_LIMIT
    assert AYU in conv.owner_candidates(messages)


def test_a_member_id_address_may_be_anyone_a_public_one_only_its_owner():
    member = conv.person_key("https://www.linkedin.com/in/ACoAABcD1234efGH5678ijKL90mnOP")
    public = conv.person_key("https://www.linkedin.com/in/sariw")
    assert conv.is_opaque_profile(member) and not conv.is_opaque_profile(public)
    assert conv.may_be_same_profile(member, [public])
    assert conv.may_be_same_profile(public, [public, member])
    assert not conv.may_be_same_profile(public, [conv.person_key("linkedin.com/in/other")])
    assert conv.may_be_same_profile("name:sari", [public])
