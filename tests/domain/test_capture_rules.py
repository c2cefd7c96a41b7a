"""Quick capture's rules: where the name ends, who it is, which event, a repeat."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from netjournal.domain.capture_rules import (
    Candidate,
    LoggedLine,
    RecentEvent,
    Verdict,
    distance,
    fold,
    follow_up_reason,
    is_near,
    is_repeat,
    match_event,
    resolve_person,
)
from netjournal.domain.linerender import render
from netjournal.domain.quickentry import PARTICLES, parse

TODAY = dt.date(2026, 3, 10)

LOWER = "abcdefghijklmnopqrstuvwxyzéüñçå"
WORD = st.text(LOWER, min_size=2, max_size=9)
CAPITALISED = WORD.map(str.capitalize)
NAME_WORDS = st.lists(CAPITALISED, min_size=1, max_size=4)
NOTE_WORDS = st.lists(WORD.filter(lambda w: w not in PARTICLES), min_size=1, max_size=6)


def accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


# where the name ends ---------------------------------------------------------------------

@given(name=NAME_WORDS, note=NOTE_WORDS)
def test_a_new_name_is_its_capitalised_words_and_the_rest_is_the_note(
        name: list[str], note: list[str]) -> None:
    line = parse(" ".join(name + note), TODAY)
    assert (line.name, line.note) == (" ".join(name), " ".join(note))
    assert line.problems == ()


@given(name=NAME_WORDS, note=st.lists(CAPITALISED | WORD, min_size=1, max_size=5),
       mark=st.sampled_from([",", ":", " -", " —"]))
def test_a_comma_colon_or_dash_ends_the_name(name: list[str], note: list[str],
                                            mark: str) -> None:
    line = parse(" ".join(name) + mark + " " + " ".join(note), TODAY)
    assert (line.name, line.note) == (" ".join(name), " ".join(note))


@given(name=st.lists(WORD, min_size=1, max_size=3), note=NOTE_WORDS,
       typed=st.sampled_from([str.lower, str.upper, str.title, accents]),
       others=st.lists(st.lists(WORD, min_size=1, max_size=3).map(" ".join), max_size=4))
def test_a_line_starting_with_a_known_name_in_any_case_is_about_them(
        name: list[str], note: list[str], typed, others: list[str]) -> None:  # type: ignore[no-untyped-def]
    known = " ".join(w.capitalize() for w in name)
    text = typed(" ".join(name)) + " " + " ".join(note)
    assume(not any(fold(text).startswith(fold(o)) and len(fold(o)) > len(fold(known))
                   for o in others))  # a longer known name would win
    line = parse(text, TODAY, [known, *others])
    assert fold(line.name) == fold(known)
    assert line.note == " ".join(note)


@given(text=st.text(max_size=40), known=st.lists(st.text(min_size=1, max_size=12),
                                                 max_size=5))
def test_known_names_never_break_the_parser(text: str, known: list[str]) -> None:
    line = parse(text, TODAY, known)
    for problem in line.problems:
        assert text[problem.start:problem.end] == problem.text
    assert parse(render(line), TODAY, known).fields == line.fields


# who it is -------------------------------------------------------------------------------

def slips(name: str) -> st.SearchStrategy[str]:
    """``name`` with one letter dropped, doubled, changed or swapped with the next."""
    i = st.integers(0, len(name) - 2)
    return st.one_of(
        i.map(lambda k: name[:k] + name[k + 1:]),
        i.map(lambda k: name[:k] + name[k] + name[k:]),
        st.tuples(i, st.sampled_from("aeiouxyz")).map(
            lambda kc: name[:kc[0]] + kc[1] + name[kc[0] + 1:]),
        i.map(lambda k: name[:k] + name[k + 1] + name[k] + name[k + 2:]))


@given(data=st.data(), name=NAME_WORDS.map(" ".join).filter(lambda n: len(n) >= 4))
def test_a_slip_of_a_known_name_is_never_a_new_person(data, name: str) -> None:  # type: ignore[no-untyped-def]
    typed = data.draw(slips(name))
    found = resolve_person(typed, "", [Candidate(7, name)])
    assert found.verdict in (Verdict.EXISTING, Verdict.NEAR)
    if found.verdict == Verdict.NEAR:
        assert [c.id for c in found.candidates] == [7]


@given(name=NAME_WORDS.map(" ".join),
       typed=st.sampled_from([str.lower, str.upper, accents, lambda n: f"  {n} "]))
def test_another_case_or_accent_is_the_same_person(name: str, typed) -> None:  # type: ignore[no-untyped-def]
    found = resolve_person(typed(name), "", [Candidate(3, name), Candidate(4, name + "x y")])
    assert (found.verdict, found.contact_id) == (Verdict.EXISTING, 3)


@given(name=NAME_WORDS.map(" ".join), count=st.integers(2, 5))
def test_a_shared_name_is_always_a_question(name: str, count: int) -> None:
    pool = [Candidate(i, name.upper() if i % 2 else name) for i in range(count)]
    found = resolve_person(name, "", pool)
    assert found.verdict == Verdict.SHARED and found.asks
    assert [c.id for c in found.candidates] == list(range(count))


@given(a=st.text("abcdefgh", min_size=4, max_size=10),
       b=st.text("mnopqrst", min_size=4, max_size=10))
def test_a_name_unlike_any_is_new(a: str, b: str) -> None:
    assert resolve_person(a, "", [Candidate(1, b)]).verdict == Verdict.NEW
    assert not is_near(a, b)


@given(a=st.text(LOWER, max_size=8), b=st.text(LOWER, max_size=8))
def test_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    most = 3
    assert distance(a, b, most) == distance(b, a, most) <= most + 1
    assert (distance(a, b, most) == 0) == (a == b)


def test_the_company_tells_namesakes_apart() -> None:
    pool = [Candidate(1, "Agus Utami", "Gojek"), Candidate(2, "Agus Utami", "Grab")]
    assert resolve_person("Agus Utami", "grab", pool).contact_id == 2
    assert resolve_person("Agus Utami", "", pool).verdict == Verdict.SHARED
    one = [Candidate(1, "Budi Santoso", "Tokopedia")]
    assert resolve_person("Budi Santoso", "Gojek", one).verdict == Verdict.OTHER_COMPANY
    assert resolve_person("Budi Santoso", "tokopedia", one).contact_id == 1
    assert resolve_person("Budi Santoso", "Gojek", [Candidate(1, "Budi Santoso")]).contact_id == 1


@pytest.mark.parametrize(("typed", "near"), [
    ("Budi Santos", True), ("Budi", True), ("budi santoso jr", True), ("BudiSantoso", True),
    ("Budi Santsoo", True), ("Bdi Santoso", True), ("Bu Santoso", True),
    ("Agus Santoso", False),
    ("Rina Kusuma", False), ("Budiman", False),
])
def test_near_names(typed: str, near: bool) -> None:
    assert is_near(fold(typed), fold("Budi Santoso")) is near


# which event, and a repeat -------------------------------------------------------------------

def test_an_event_matches_a_recent_one_of_a_similar_name() -> None:
    events = [RecentEvent(1, "JakartaJS Meetup", TODAY - dt.timedelta(days=1)),
              RecentEvent(2, "JakartaJS", TODAY - dt.timedelta(days=30)),
              RecentEvent(3, "PyCon ID", TODAY - dt.timedelta(days=3)),
              RecentEvent(4, "Jakarta JS", TODAY - dt.timedelta(days=10))]
    assert match_event("JakartaJS", TODAY, events) == events[0]
    assert match_event("jakartajs meetup", TODAY, events) == events[0]
    assert match_event("Pycon", TODAY, events) == events[2]
    assert match_event("PyCon IDN", TODAY, events) == events[2]
    assert match_event("DevFest", TODAY, events) is None
    assert match_event("JakartaJS", TODAY - dt.timedelta(days=30), events[1:2]) == events[1]
    assert match_event("JakartaJS", TODAY, events[1:2]) is None  # a month ago: another one
    undated = [RecentEvent(5, "Book club", None)]
    assert match_event("book club", TODAY, undated) == undated[0]
    assert match_event("Book", TODAY, undated) is None


def test_the_same_line_within_ten_minutes_is_a_repeat() -> None:
    now = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
    earlier = LoggedLine(now - dt.timedelta(minutes=9), "Likes  dogs", 4)
    assert is_repeat("likes dogs", 4, now, [earlier]) == earlier
    assert is_repeat("likes cats", 4, now, [earlier]) is None
    assert is_repeat("likes dogs", None, now, [earlier]) is None
    old = LoggedLine(now - dt.timedelta(minutes=11), "likes dogs", 4)
    assert is_repeat("likes dogs", 4, now, [old]) is None


def test_the_reason_in_words() -> None:
    assert follow_up_reason("Dr. Rina Kusuma", "JakartaJS Meetup") == (
        "Follow up with Rina after meeting at JakartaJS Meetup")
    assert follow_up_reason("Rina", "") == "Follow up with Rina after meeting"
