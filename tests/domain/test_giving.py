"""The reciprocity nudge: when logging a take should point at the offer ideas."""

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.giving import balance_after, offer_ideas, should_nudge
from netjournal.domain.reciprocity import Balance
from netjournal.domain.values import ExchangeDirection, ExchangeStatus, Offer, OfferStatus

GIVE, TAKE = ExchangeDirection.GIVEN, ExchangeDirection.RECEIVED
DONE, ASKED = ExchangeStatus.DONE, ExchangeStatus.ASKED


def test_a_take_when_already_leaning_toward_taking_nudges():
    assert should_nudge(Balance(0, 2, 0, 0), TAKE, DONE)
    assert should_nudge(Balance(0, 2, 0, 0), TAKE, ASKED)


def test_a_take_that_tips_the_balance_nudges():
    assert should_nudge(Balance(0, 1, 0, 0), TAKE, DONE)  # -1 -> -2
    assert should_nudge(Balance(0, 1, 1, 0), TAKE, ASKED)  # -1.5 -> -2


def test_giving_never_nudges():
    assert not should_nudge(Balance(0, 5, 0, 0), GIVE, DONE)
    assert not should_nudge(Balance(0, 5, 0, 0), GIVE, ASKED)


def test_a_healthy_balance_does_not_nudge():
    assert not should_nudge(Balance(2, 1, 0, 0), TAKE, DONE)
    assert not should_nudge(Balance(0, 0, 0, 0), TAKE, ASKED)


def _total(b: Balance) -> int:
    return b.given + b.received + b.open_asks + b.asked_of_me


@given(st.integers(0, 20), st.integers(0, 20), st.integers(0, 20), st.integers(0, 20),
       st.sampled_from(list(ExchangeDirection)), st.sampled_from(list(ExchangeStatus)))
def test_balance_after_adds_exactly_one_favour(given_, received, asks, asked, direction,
                                               status):
    before = Balance(given_, received, asks, asked)
    after = balance_after(before, direction, status)
    assert _total(after) == _total(before) + 1
    if direction == TAKE:
        assert after.score <= before.score
    else:
        assert after.score >= before.score


def test_offer_ideas_come_first_then_offered():
    offers = [Offer(1, "given", status=OfferStatus.GIVEN), Offer(1, "offered",
                                                                 status=OfferStatus.OFFERED),
              Offer(1, "idea")]
    assert [o.text for o in offer_ideas(iter(offers))] == ["idea", "offered"]
