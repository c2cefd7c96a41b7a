"""The reciprocity nudge: before logging a favour taken, would the balance lean too far?

"Always ask yourself what you can offer in return." These rules say when the card should
gently point at the offer ideas; they never block the user.
"""

from __future__ import annotations

from collections.abc import Iterable

from netjournal.domain.reciprocity import Balance, would_lean_toward_taking
from netjournal.domain.values import (
    Exchange,
    ExchangeDirection,
    ExchangeStatus,
    Offer,
    OfferStatus,
)


def is_taking(direction: ExchangeDirection) -> bool:
    """A favour asked of them or received from them (asked or done) is a take."""
    return direction == ExchangeDirection.RECEIVED


def balance_after(current: Balance, direction: ExchangeDirection,
                  status: ExchangeStatus) -> Balance:
    """The balance once one more favour of this direction and status is logged."""
    done = status == ExchangeStatus.DONE
    if direction == ExchangeDirection.GIVEN:
        if done:
            return Balance(current.given + 1, current.received, current.open_asks,
                           current.asked_of_me)
        return Balance(current.given, current.received, current.open_asks,
                       current.asked_of_me + 1)
    if done:
        return Balance(current.given, current.received + 1, current.open_asks,
                       current.asked_of_me)
    return Balance(current.given, current.received, current.open_asks + 1,
                   current.asked_of_me)


def should_nudge(current: Balance, direction: ExchangeDirection,
                 status: ExchangeStatus) -> bool:
    """True when logging this favour is a take and the balance already leans that way.

    Args:
        current: the contact's balance without the favour being logged (when editing
            a favour, the balance of the others).
        direction: the favour's direction.
        status: asked (an open ask) or done.
    """
    if not is_taking(direction):
        return False
    return (would_lean_toward_taking(current)
            or balance_after(current, direction, status).leans_toward_taking)


def balance_without(exchanges: Iterable[Exchange], exchange_id: int | None) -> list[Exchange]:
    """The exchanges other than ``exchange_id`` (the one being edited)."""
    return [e for e in exchanges if exchange_id is None or e.id != exchange_id]


def offer_ideas(offers: Iterable[Offer]) -> list[Offer]:
    """What could still be given back: ideas first, then things offered but not given."""
    listed = list(offers)
    ideas = [o for o in listed if o.status == OfferStatus.IDEA]
    offered = [o for o in listed if o.status == OfferStatus.OFFERED]
    return ideas + offered
