"""The reciprocity balance: favours given against favours received.

"Always ask yourself what you can offer in return." The balance counts what happened:
favours given and favours received. Open asks (asked for, not done yet) are listed as
asks and never counted as given or received.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain.values import Exchange, ExchangeDirection, ExchangeStatus

# A lean of this many favours or more toward taking makes the card speak up.
TAKING_THRESHOLD = 2.0


class Way(StrEnum):
    """Which way the done favours went, exactly (the card words this)."""

    NONE = "none"  # nothing given or received yet
    EVEN = "even"  # as many given as received
    MORE_GIVEN = "more_given"
    MORE_RECEIVED = "more_received"


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
        """Positive: I gave more. Negative: I received more. Open asks do not count."""
        return float(self.given - self.received)

    @property
    def way(self) -> Way:
        if self.given == self.received:
            return Way.NONE if self.given == 0 else Way.EVEN
        return Way.MORE_GIVEN if self.given > self.received else Way.MORE_RECEIVED

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
    """True if one more favour received (the one about to be asked) leaves the balance
    leaning toward taking."""
    after = Balance(current.given, current.received + 1, current.open_asks,
                    current.asked_of_me)
    return after.leans_toward_taking
