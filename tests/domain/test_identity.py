"""The same-person rule: identifiers decide, a name only when nothing contradicts it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.identity import Clue, Identity, same_person
from netjournal.domain.values import Detail, DetailKind

names = st.sampled_from(["Agus Utami", "agus utami", "AGUS UTÁMI", "Intan Hidayat", ""])
companies = st.sampled_from(["", "", "Gojek", "GOJEK", "Tokopedia"])
emails = st.lists(st.sampled_from(["agus@gojek.com", "AGUS@gojek.com", "agus@gmail.com",
                                   "intan@x.id"]), max_size=2)
phones = st.lists(st.sampled_from(["0812 1111 2222", "+62 812-1111-2222", "0813 3333 4444",
                                   "123"]), max_size=2)
profiles = st.lists(st.sampled_from(["https://www.linkedin.com/in/agus",
                                     "linkedin.com/in/AGUS/", "https://linkedin.com/in/intan",
                                     "https://agus.dev"]), max_size=2)
uids = st.lists(st.sampled_from(["u1", "u2"]), max_size=1)


@st.composite
def identities(draw: st.DrawFn) -> Identity:
    details = ([Detail(DetailKind.EMAIL, v) for v in draw(emails)]
               + [Detail(DetailKind.PHONE, v) for v in draw(phones)]
               + [Detail(DetailKind.LINK, v) for v in draw(profiles)])
    return Identity.of(draw(names), draw(companies), details, draw(uids))


@given(identities(), identities())
def test_the_rule_is_symmetric(a, b):
    assert same_person(a, b).same == same_person(b, a).same


@given(identities())
def test_a_record_with_a_name_is_itself(a):
    assert same_person(a, a).same == bool(a.name or a.uids or a.emails or a.profiles
                                          or a.phones)


@given(identities(), identities())
def test_a_shared_uid_email_or_profile_is_always_the_same_person(a, b):
    if a.uids & b.uids or a.emails & b.emails or a.profiles & b.profiles:
        verdict = same_person(a, b)
        assert verdict.same and verdict.clue in (Clue.UID, Clue.EMAIL, Clue.PROFILE)
        assert verdict.value


@given(identities(), identities())
def test_without_a_shared_identifier_only_an_uncontradicted_name_makes_one_person(a, b):
    if a.uids & b.uids or a.emails & b.emails or a.profiles & b.profiles or a.phones & b.phones:
        return
    verdict = same_person(a, b)

    def clash(x: frozenset[str], y: frozenset[str]) -> bool:
        return bool(x and y and not x & y)

    contradicted = (clash(a.emails, b.emails) or clash(a.phones, b.phones)
                    or clash(a.profiles, b.profiles) or clash(a.uids, b.uids)
                    or bool(a.company and b.company and a.company != b.company))
    assert verdict.same == (bool(a.name) and a.name == b.name and not contradicted)
    if verdict.same:
        assert verdict.clue == Clue.NAME
    elif a.name and a.name == b.name:
        assert verdict.clue in (Clue.EMAIL, Clue.PHONE, Clue.PROFILE, Clue.UID, Clue.COMPANY)


@given(identities(), identities())
def test_a_shared_phone_is_not_enough_against_other_emails_or_profiles(a, b):
    if not a.phones & b.phones or a.emails & b.emails or a.profiles & b.profiles or a.uids & b.uids:
        return
    verdict = same_person(a, b)
    if (a.emails and b.emails) or (a.profiles and b.profiles):
        assert verdict.clue != Clue.PHONE
    else:
        assert verdict.same and verdict.clue == Clue.PHONE


def test_namesakes_from_the_demo_stay_two_people():
    one = Identity.of("Agus Utami", "Gojek", [Detail(DetailKind.EMAIL, "agus@gojek.com")])
    two = Identity.of("Agus Utami", "Tokopedia", [Detail(DetailKind.EMAIL, "agus@toped.id")])
    assert same_person(one, two).same is False
    assert same_person(one, two).clue == Clue.EMAIL
    assert same_person(Identity.of("Agus Utami", "Gojek"),
                       Identity.of("agus utámi", "")).clue == Clue.NAME
    assert not same_person(Identity.of("", ""), Identity.of("", "")).same
