"""The reciprocity balance: favours given against favours received.

"Always ask yourself what you can offer in return." The balance counts done favours
both ways; open asks (favours I asked for and have not had yet) count half toward taking,
since asking already draws on the relationship.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain.values import Exchange, ExchangeDirection, ExchangeStatus

# A lean of this many favours or more toward taking makes the card speak up.
TAKING_THRESHOLD = 2.0


class Lean(StrEnum):
    EVEN = "even"
    GIVING = "giving"  # I have given more than I took
    TAKING = "taking"  # I have taken more than I gave


@dataclass(frozen=True)
class Balance:
    given: int
    received: int
    open_asks: int  # favours I asked for, not yet done
    asked_of_me: int  # favours they asked of me, not yet done

    @property
    def score(self) -> float:
        """Positive: I gave more. Negative: I took more."""
        return self.given - self.received - 0.5 * self.open_asks

    @property
    def lean(self) -> Lean:
        if self.score <= -TAKING_THRESHOLD:
            return Lean.TAKING
        if self.score >= TAKING_THRESHOLD:
            return Lean.GIVING
        return Lean.EVEN

    @property
    def leans_toward_taking(self) -> bool:
        return self.lean == Lean.TAKING


def balance(exchanges: Iterable[Exchange]) -> Balance:
    """Count a contact's exchanges into a balance."""
    given = received = open_asks = asked_of_me = 0
    for ex in exchanges:
        done = ex.status == ExchangeStatus.DONE
        if ex.direction == ExchangeDirection.GIVEN:
            if done:
                given += 1
            else:
                asked_of_me += 1
        elif done:
            received += 1
        else:
            open_asks += 1
    return Balance(given, received, open_asks, asked_of_me)


def would_lean_toward_taking(current: Balance) -> bool:
    """True if asking one more favour leaves the balance leaning toward taking."""
    after = Balance(current.given, current.received, current.open_asks + 1,
                    current.asked_of_me)
    return after.leans_toward_taking
