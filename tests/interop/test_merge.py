"""The merge rules: who is the same person, and what a merge may add (property-based)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.values import Contact, Detail, DetailKind
from netjournal.interop import merge
from netjournal.storage.contacts import clean_tag

EMAILS = ["budi@tokopedia.com", "BUDI@Tokopedia.com", "sari@gojek.com", "mailto:sari@gojek.com"]
PHONES = ["+62 812-3456-7890", "0812 3456 7890", "628123456789 0", "021 555 1234", "1", "12"]
LINKS = ["https://www.linkedin.com/in/budi", "linkedin.com/in/Budi/", "https://id.linkedin.com/in/budi",
         "https://budi.dev", "https://www.linkedin.com/in/"]
ADDRESSES = ["Jl. Sudirman 1, Jakarta", "jl. sudirman 1,  jakarta", "Jl. Thamrin 2"]

details = st.lists(st.one_of(
    st.builds(Detail, st.just(DetailKind.EMAIL), st.sampled_from([*EMAILS, "", "  "]),
              st.sampled_from(["", "work", "home"])),
    st.builds(Detail, st.just(DetailKind.PHONE), st.sampled_from([*PHONES, "BusinessPhone"]),
              st.sampled_from(["", "mobile"])),
    st.builds(Detail, st.just(DetailKind.LINK), st.sampled_from(LINKS), st.just("")),
    st.builds(Detail, st.just(DetailKind.ADDRESS), st.sampled_from(ADDRESSES), st.just("")),
), max_size=6).map(tuple)
maybe_text = st.sampled_from(["", "", "Tokopedia", "Gojek", "likes kopi"])
maybe_date = st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2030, 1, 1)))
contacts = st.builds(
    Contact, name=st.sampled_from(["Budi Santoso", "budi santoso", "Sari", "Ségolène"]),
    company=maybe_text, title=maybe_text, how_met=maybe_text, notes=maybe_text,
    interests=maybe_text, family=maybe_text, remember=maybe_text, met_on=maybe_date,
    birthday=maybe_date, photo=st.one_of(st.none(), st.just(b"\x89PNG..")),
    details=details, tags=st.lists(st.sampled_from(["fintech", "#Fintech", "alumni", " vc "]),
                                   max_size=3).map(tuple))


@given(contacts, contacts)
def test_a_merge_never_changes_what_the_journal_holds(existing, incoming):
    merged = merge.plan_merge(existing, incoming).apply(existing)
    for name in merge.FILLABLE:
        before = getattr(existing, name)
        if before not in (None, ""):
            assert getattr(merged, name) == before, name
    assert (merged.name, merged.tie_strength, merged.cadence_days) == (
        existing.name, existing.tie_strength, existing.cadence_days)
    assert merged.details[:len(existing.details)] == existing.details
    assert set(existing.tags) <= set(merged.tags)


@given(contacts, contacts)
def test_a_merge_fills_every_gap_and_adds_every_missing_detail_and_tag(existing, incoming):
    merged = merge.plan_merge(existing, incoming).apply(existing)
    for name in merge.FILLABLE:
        if getattr(existing, name) in (None, "") and getattr(incoming, name) not in (None, ""):
            assert getattr(merged, name) == getattr(incoming, name), name
    have = {merge.detail_key(d) for d in merged.details}
    assert {merge.detail_key(d) for d in incoming.details if d.value.strip()} <= have
    assert {clean_tag(t) for t in incoming.tags} - {""} <= {clean_tag(t) for t in merged.tags}


@given(contacts, contacts)
def test_merging_the_same_record_twice_adds_nothing_the_second_time(existing, incoming):
    once = merge.plan_merge(existing, incoming).apply(existing)
    again = merge.plan_merge(once, incoming)
    assert not again.changed and again.describe() == "nothing new"


@given(contacts)
def test_identify_drops_blank_and_repeated_details_and_keeps_the_order(contact):
    cleaned, keys = merge.identify(contact)
    assert cleaned.details == merge.unique_details(contact.details)
    assert len({merge.detail_key(d) for d in cleaned.details}) == len(cleaned.details)
    assert keys == merge.match_keys(cleaned) and len(set(keys)) == len(keys)
    assert dataclasses.replace(cleaned, details=contact.details) == contact


def person(*values: tuple[DetailKind, str]) -> Contact:
    return Contact(name="X", details=tuple(Detail(k, v) for k, v in values))


def test_the_same_email_linkedin_url_or_phone_in_other_spellings_match():
    pairs = [
        ((DetailKind.EMAIL, "Budi@Tokopedia.com"), (DetailKind.EMAIL, "mailto:budi@tokopedia.com")),
        ((DetailKind.PHONE, "+62 812-3456-7890"), (DetailKind.PHONE, "0812 3456 7890")),
        ((DetailKind.LINK, "https://www.linkedin.com/in/budi/"),
         (DetailKind.LINK, "id.linkedin.com/in/Budi?trk=abc")),
    ]
    for a, b in pairs:
        assert merge.match_keys(person(a)) == merge.match_keys(person(b)) != ()


def test_what_does_not_identify_a_person():
    # Short numbers, other web sites, addresses and a bare linkedin.com/in never match.
    assert merge.match_keys(person((DetailKind.PHONE, "123456"),
                                   (DetailKind.LINK, "https://budi.dev"),
                                   (DetailKind.LINK, "https://linkedin.com/in/"),
                                   (DetailKind.ADDRESS, "Jl. Sudirman 1"),
                                   (DetailKind.EMAIL, "not an email"))) == ()


def test_best_match_takes_the_surest_clue_then_the_same_company_then_the_oldest():
    me = merge.identity_of(person((DetailKind.EMAIL, "budi@tokopedia.com"),
                                  (DetailKind.PHONE, "0812 3456 7890")))
    by_name = merge.identity_of(Contact(name="x"))
    by_phone = merge.identity_of(person((DetailKind.PHONE, "+62 812-3456-7890")))
    by_email = merge.identity_of(person((DetailKind.EMAIL, "BUDI@tokopedia.com")))
    found = merge.best_match(me, [(1, by_name), (2, by_phone), (3, by_email)])
    assert found is not None and found[0] == 3
    assert merge.describe(found[1]) == "same email budi@tokopedia.com"
    assert merge.best_match(me, [(4, by_name), (2, by_name)])[0] == 2  # type: ignore[index]
    namesake = merge.identity_of(person((DetailKind.EMAIL, "other@gojek.com")))
    assert merge.best_match(me, [(1, namesake)]) is None


def test_best_match_prefers_the_namesake_at_the_same_company():
    me = merge.identity_of(Contact(name="Agus Utami", company="Gojek"))
    there = [(1, merge.identity_of(Contact(name="Agus Utami"))),
             (2, merge.identity_of(Contact(name="AGUS UTAMI", company="gojek"))),
             (3, merge.identity_of(Contact(name="Agus Utami", company="Tokopedia")))]
    assert merge.best_match(me, there)[0] == 2  # type: ignore[index]
    assert merge.best_match(me, there[2:]) is None


def test_describe_says_what_a_merge_adds():
    plan = merge.plan_merge(Contact(name="A"), Contact(
        name="A", title="CTO", met_at_event_id=3,
        details=(Detail(DetailKind.EMAIL, "a@x.id"), Detail(DetailKind.PHONE, "0812 1234 5678")),
        tags=("vc",)))
    assert plan.describe() == "adds title, met at event, 2 details, 1 tag"
