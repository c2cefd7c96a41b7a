"""The reciprocity balance: gives against asks."""

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.reciprocity import Lean, Way, balance, would_lean_toward_taking
from netjournal.domain.values import Exchange, ExchangeDirection, ExchangeKind, ExchangeStatus


def ex(direction, status=ExchangeStatus.DONE):
    return Exchange(contact_id=1, direction=direction, kind=ExchangeKind.ADVICE, status=status)


GIVE, TAKE = ExchangeDirection.GIVEN, ExchangeDirection.RECEIVED


def test_empty_is_even():
    b = balance([])
    assert (b.given, b.received, b.open_asks, b.lean) == (0, 0, 0, Lean.EVEN)


def test_taking_more_than_giving_leans_toward_taking():
    b = balance([ex(TAKE), ex(TAKE), ex(GIVE), ex(TAKE), ex(TAKE)])
    assert (b.given, b.received) == (1, 4)
    assert b.leans_toward_taking


def test_open_asks_are_asks_not_favours_received():
    b = balance([ex(TAKE), ex(TAKE, ExchangeStatus.ASKED), ex(TAKE, ExchangeStatus.ASKED)])
    assert (b.received, b.open_asks, b.score, b.lean) == (1, 2, -1.0, Lean.EVEN)
    assert b.way == Way.MORE_RECEIVED


def test_the_way_says_exactly_which_way_the_favours_went():
    assert balance([]).way == Way.NONE
    assert balance([ex(TAKE, ExchangeStatus.ASKED)]).way == Way.NONE
    assert balance([ex(TAKE)]).way == Way.MORE_RECEIVED
    assert balance([ex(GIVE)]).way == Way.MORE_GIVEN
    assert balance([ex(GIVE), ex(TAKE)]).way == Way.EVEN


def test_favours_asked_of_me_do_not_count_as_given_yet():
    b = balance([ex(GIVE, ExchangeStatus.ASKED)] * 3)
    assert b.given == 0 and b.asked_of_me == 3 and b.lean == Lean.EVEN


def test_one_more_ask_tips_the_balance():
    b = balance([ex(TAKE)])
    assert not b.leans_toward_taking
    assert would_lean_toward_taking(balance([ex(TAKE), ex(TAKE, ExchangeStatus.ASKED)]))
    assert not would_lean_toward_taking(balance([ex(GIVE), ex(GIVE)]))


directions = st.sampled_from(list(ExchangeDirection))
statuses = st.sampled_from(list(ExchangeStatus))


@given(st.lists(st.tuples(directions, statuses), max_size=30), directions)
def test_giving_never_makes_the_lean_worse(items, _):
    before = balance([ex(d, s) for d, s in items])
    after = balance([*(ex(d, s) for d, s in items), ex(GIVE)])
    assert after.score > before.score
    order = [Lean.TAKING, Lean.EVEN, Lean.GIVING]
    assert order.index(after.lean) >= order.index(before.lean)
