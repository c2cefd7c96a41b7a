"""Tie strength and dormancy: is it time to get back in touch?

A contact's keep-in-touch cadence is either their own (``cadence_days``) or the default
for their tie strength. Past it, with no interaction, the tie is dormant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netjournal.domain.values import TieStrength

DEFAULT_CADENCE_DAYS: dict[TieStrength, int] = {
    TieStrength.CLOSE: 30,
    TieStrength.REGULAR: 60,
    TieStrength.WEAK: 90,
}


@dataclass(frozen=True)
class Cadences:
    """Default keep-in-touch cadences by stored tie strength (from the settings)."""

    close: int = DEFAULT_CADENCE_DAYS[TieStrength.CLOSE]
    regular: int = DEFAULT_CADENCE_DAYS[TieStrength.REGULAR]
    weak: int = DEFAULT_CADENCE_DAYS[TieStrength.WEAK]

    def for_tie(self, tie: TieStrength) -> int:
        if tie == TieStrength.CLOSE:
            return self.close
        if tie == TieStrength.REGULAR:
            return self.regular
        return self.weak  # weak, and dormant stored by an old version


def cadence_days(tie: TieStrength, own_days: int | None,
                 defaults: Cadences = Cadences()) -> int:
    """The contact's keep-in-touch cadence in days."""
    if own_days is not None and own_days > 0:
        return own_days
    return defaults.for_tie(tie)


def days_since(last: dt.datetime | None, now: dt.datetime) -> int | None:
    """Whole days between the last interaction and now (None if never)."""
    if last is None:
        return None
    return (now - last).days


def is_dormant(last: dt.datetime | None, since: dt.datetime, now: dt.datetime,
               cadence: int) -> bool:
    """True when nothing happened for longer than ``cadence`` days.

    Args:
        last: the last interaction (UTC), or None if there was none.
        since: when the contact was added: a new contact is not dormant at once.
        now: the current time (UTC); injected so the rule is testable.
        cadence: the keep-in-touch cadence in days.

    The boundary is exclusive: exactly ``cadence`` days after the last interaction the
    tie is still warm; one day more and it is dormant.
    """
    reference = last if last is not None else since
    return (now - reference) > dt.timedelta(days=cadence)


def effective_tie(stored: TieStrength, last: dt.datetime | None, since: dt.datetime,
                  now: dt.datetime, own_cadence: int | None,
                  defaults: Cadences = Cadences()) -> TieStrength:
    """The tie strength to show: the stored one, or ``DORMANT`` when past the cadence."""
    cadence = cadence_days(stored, own_cadence, defaults)
    if is_dormant(last, since, now, cadence):
        return TieStrength.DORMANT
    return stored


def overdue_days(last: dt.datetime | None, since: dt.datetime, now: dt.datetime,
                 cadence: int) -> int:
    """How many days past the cadence the contact is (0 if not dormant)."""
    reference = last if last is not None else since
    return max(0, (now - reference).days - cadence)
