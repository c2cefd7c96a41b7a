"""Introduction rules: the path on the card and the advice while recording one."""

import datetime as dt

import pytest

from netjournal.domain.introductions import (
    Advice,
    PathKind,
    Problem,
    advice,
    check,
    declined_through_introducer,
    path_parts,
    should_go_back_to_introducer,
)
from netjournal.domain.values import (
    Contact,
    Introduction,
    IntroductionDirection,
    IntroductionOutcome,
)

D = IntroductionDirection
O = IntroductionOutcome  # noqa: E741 - short for the outcome codes
BUDI = Contact(name="Budi", id=2, met_at_event_id=7)


def test_introduced_by_someone_at_an_event():
    parts = path_parts(BUDI, [Introduction(person_id=2, introducer_id=1, id=10,
                                           made_on=dt.date(2026, 5, 1))])
    assert parts is not None
    assert (parts.kind, parts.introducer_id, parts.event_id, parts.introduction_id) == (
        PathKind.INTRODUCED_BY, 1, 7, 10)


def test_a_received_introduction_beats_one_i_asked_for_and_newest_wins():
    intros = [
        Introduction(person_id=2, introducer_id=5, direction=D.ASKED, id=1,
                     made_on=dt.date(2026, 6, 1)),
        Introduction(person_id=2, introducer_id=3, id=2, made_on=dt.date(2025, 1, 1)),
        Introduction(person_id=2, introducer_id=4, id=3, made_on=dt.date(2026, 1, 1)),
    ]
    parts = path_parts(BUDI, intros)
    assert parts is not None and parts.introducer_id == 4
    parts = path_parts(BUDI, intros[:1])
    assert parts is not None and parts.kind == PathKind.ASKED_VIA


def test_the_cards_field_when_there_is_no_introduction():
    card = Contact(name="Budi", id=2, introduced_by_id=9, met_on=dt.date(2026, 2, 2))
    parts = path_parts(card, [])
    assert parts is not None
    assert (parts.kind, parts.introducer_id, parts.introduction_id) == (
        PathKind.INTRODUCED_BY, 9, None)


def test_someone_i_introduced_to_another_contact():
    intros = [Introduction(person_id=8, to_contact_id=2, direction=D.MADE, id=4)]
    parts = path_parts(BUDI, intros)
    assert parts is not None and (parts.kind, parts.other_id) == (PathKind.I_INTRODUCED, 8)


def test_no_path():
    assert path_parts(BUDI, []) is None
    # Budi introduced someone else to me: that is not how Budi came to me.
    assert path_parts(BUDI, [Introduction(person_id=3, introducer_id=2)]) is None


def test_asking_for_a_friend_the_introducer_does_not_know():
    ask = Introduction(person_id=2, introducer_id=1, to_contact_id=3, direction=D.ASKED)
    assert advice(ask, introducer_knows_beneficiary=False) == (Advice.ASK_ONE_QUESTION,)
    assert advice(ask, introducer_knows_beneficiary=True) == ()
    for_me = Introduction(person_id=2, introducer_id=1, direction=D.ASKED)
    assert advice(for_me, introducer_knows_beneficiary=False) == ()


def test_introducing_two_people_without_asking_them():
    made = Introduction(person_id=2, to_contact_id=3, direction=D.MADE)
    assert advice(made) == (Advice.ASK_BOTH_FIRST,)
    assert advice(Introduction(person_id=2, to_contact_id=3, direction=D.MADE,
                               asked_first=True)) == ()


@pytest.mark.parametrize(("direction", "introducer", "outcome", "expected"), [
    (D.RECEIVED, 1, O.DECLINED, True),
    (D.ASKED, 1, O.DECLINED, True),
    (D.RECEIVED, None, O.DECLINED, False),
    (D.RECEIVED, 1, O.ACCEPTED, False),
    (D.RECEIVED, 1, O.NO_REPLY, False),
    (D.MADE, None, O.DECLINED, False),
])
def test_declined_through_an_introducer(direction, introducer, outcome, expected):
    intro = Introduction(person_id=2, introducer_id=introducer, direction=direction,
                         outcome=outcome, to_contact_id=3 if direction == D.MADE else None)
    assert should_go_back_to_introducer(intro) is expected
    assert (Advice.THANK_AND_GO_BACK in advice(intro)) is expected
    assert (declined_through_introducer([intro], 2) is not None) is expected


@pytest.mark.parametrize(("intro", "problem"), [
    (Introduction(person_id=2, introducer_id=1), None),
    (Introduction(person_id=0, introducer_id=1), Problem.NO_PERSON),
    (Introduction(person_id=2, introducer_id=2), Problem.SELF_INTRODUCER),
    (Introduction(person_id=2, introducer_id=3, to_contact_id=3, direction=D.ASKED),
     Problem.SELF_INTRODUCER),
    (Introduction(person_id=2), Problem.NEEDS_INTRODUCER),
    (Introduction(person_id=2, direction=D.MADE), Problem.NEEDS_OTHER),
    (Introduction(person_id=2, to_contact_id=2, direction=D.MADE), Problem.SAME_PEOPLE),
    (Introduction(person_id=2, to_contact_id=3, direction=D.MADE), None),
])
def test_check(intro, problem):
    assert check(intro) == problem
