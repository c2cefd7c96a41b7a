"""The duplicate rule: which contacts look like one person, and why."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from netjournal.domain.duplicates import (
    BIG_BLOCK,
    Candidate,
    Reason,
    Why,
    find_groups,
    pair_reasons,
    similar_words,
)

NAMES = ["Budi Santoso", "budi santoso", "Budi S.", "Budi", "Sari Dewi", "Søren Kjærgaard",
         "Soren Kjaergaard", "Pak Budi Santoso", "Santoso Budi", "Dewi", "Agus Wijaya"]
COMPANIES = ["", "Tokopedia", "tokopedia", "Gojek"]
EMAILS = ["budi@tokopedia.com", "BUDI@tokopedia.com", "sari@gojek.com", "x@y.z"]
PHONES = ["628123456789", "628111111111"]
LINKS = ["linkedin.com/in/budi", "linkedin.com/in/sari", "example.com/budi"]


def _subset(values: list[str]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(values), max_size=2)


candidates = st.lists(
    st.builds(lambda name, company, e, p, lk: (name, company, e, p, lk),
              st.sampled_from(NAMES), st.sampled_from(COMPANIES), _subset(EMAILS),
              _subset(PHONES), _subset(LINKS)),
    min_size=0, max_size=12,
).map(lambda rows: [Candidate(i + 1, *row) for i, row in enumerate(rows)])


def _partition(groups: list) -> set[frozenset[int]]:  # type: ignore[type-arg]
    return {frozenset(g.ids) for g in groups}


@given(candidates, st.randoms(use_true_random=False))
@settings(max_examples=80, deadline=None)
def test_groups_do_not_depend_on_the_order(people: list[Candidate], rnd: random.Random) -> None:
    shuffled = list(people)
    rnd.shuffle(shuffled)
    assert find_groups(shuffled) == find_groups(people)


@given(candidates)
@settings(max_examples=80, deadline=None)
def test_pairs_are_symmetric_and_groups_hold_them(people: list[Candidate]) -> None:
    groups = find_groups(people)
    where = {i: g for g in groups for i in g.ids}
    for a in people:
        for b in people:
            assert pair_reasons(a, b) == pair_reasons(b, a)
            if a.id != b.id and pair_reasons(a, b):
                assert where[a.id] is where[b.id]  # a pair is always found, in one group


@given(candidates)
@settings(max_examples=80, deadline=None)
def test_nobody_is_grouped_with_themselves(people: list[Candidate]) -> None:
    groups = find_groups(people)
    seen: list[int] = []
    for g in groups:
        assert len(g.ids) >= 2
        assert len(set(g.ids)) == len(g.ids)
        assert g.reasons
        seen += g.ids
    assert len(seen) == len(set(seen))  # a contact is in at most one group
    for c in people:
        assert pair_reasons(c, c) == ()


@given(st.emails(), st.sampled_from(NAMES), st.sampled_from(NAMES))
@settings(max_examples=100, deadline=None)
def test_the_same_email_in_another_case_groups(email: str, name_a: str, name_b: str) -> None:
    people = [Candidate(1, name_a, "Gojek", emails=frozenset({email.lower()})),
              Candidate(2, name_b, "Xendit", emails=frozenset({email.upper()}))]
    groups = find_groups(people)
    assert [g.ids for g in groups] == [(1, 2)]
    assert groups[0].reasons[0] == Reason(Why.EMAIL, email.lower())


def test_each_reason() -> None:
    groups = find_groups([
        Candidate(1, "Budi Santoso", "Tokopedia", links=frozenset({"linkedin.com/in/budi"})),
        Candidate(2, "B. Santoso", "", links=frozenset({"linkedin.com/in/budi"})),
        Candidate(3, "Agus", "A", phones=frozenset({"628123456789"})),
        Candidate(4, "Agus W", "B", phones=frozenset({"628123456789"})),
        Candidate(5, "Sari Dewi", "Gojek"),
        Candidate(6, "SARI DEWI", ""),
        Candidate(7, "Rina Kusuma", "Halodoc"),
        Candidate(8, "Rina K.", "halodoc"),
        Candidate(9, "Rina Kusuma", "Grab"),  # another company: another Rina
    ])
    assert [(g.ids, [r.why for r in g.reasons]) for g in groups] == [
        ((1, 2), [Why.PROFILE]), ((3, 4), [Why.PHONE]), ((5, 6), [Why.NAME]),
        ((7, 8), [Why.SIMILAR_NAME])]


def test_contradictions_keep_people_apart() -> None:
    assert not find_groups([  # same name, two different emails
        Candidate(1, "Andi Wijaya", "Gojek", emails=frozenset({"a@gojek.com"})),
        Candidate(2, "Andi Wijaya", "Gojek", emails=frozenset({"b@gojek.com"}))])
    assert not find_groups([  # an office phone shared by two people with their own emails
        Candidate(1, "Andi", "", emails=frozenset({"a@x.com"}), phones=frozenset({"62215550000"})),
        Candidate(2, "Dewi", "", emails=frozenset({"d@x.com"}), phones=frozenset({"62215550000"}))])
    assert not find_groups([  # the bare site is not a profile; a short number is nobody's
        Candidate(1, "A", "", links=frozenset({"linkedin.com/in"}), phones=frozenset({"112"})),
        Candidate(2, "B", "", links=frozenset({"linkedin.com/in"}), phones=frozenset({"112"}))])


def test_accents_case_and_honorifics_are_folded() -> None:
    groups = find_groups([Candidate(1, "Søren Kjærgaard", "Canva"),
                          Candidate(2, "soren kjaergaard", "CANVA"),
                          Candidate(3, "Pak Budi Santoso", ""),
                          Candidate(4, "Santoso Budi", "")])
    assert [g.ids for g in groups] == [(1, 2), (3, 4)]


def test_similar_names() -> None:
    assert similar_words(("budi",), ("budi", "santoso"))
    assert similar_words(("budi", "s"), ("budi", "santoso"))
    assert similar_words(("budi", "santoso"), ("budi", "santosa"))  # one slip
    assert not similar_words(("budi", "santoso"), ("budi", "wijaya"))
    assert not similar_words(("budi", "santoso"), ("santoso", "budi"))  # the same words
    assert not similar_words(("andi",), ("budi",))  # short words: no slips allowed


def test_a_big_block_is_not_compared_pair_by_pair() -> None:
    people = [Candidate(i, f"Budi X{i}", "Tokopedia") for i in range(1, BIG_BLOCK + 10)]
    people.append(Candidate(10_000, "Budi X1", "Tokopedia"))  # the same name: still found
    assert [g.ids for g in find_groups(people)] == [(1, 10_000)]
