"""What a contact's summary page shows, gathered from the store (no Qt).

The store returns frozen values; :func:`gather` reads everything one page needs in a
handful of queries and bundles it into a :class:`SummaryData`, so laying the page out
(possibly several times, to fit) never touches the database again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netjournal.domain import ties
from netjournal.domain.reciprocity import Balance, balance
from netjournal.domain.values import (
    Contact,
    Event,
    Exchange,
    ExchangeDirection,
    ExchangeStatus,
    FollowUp,
    FollowUpKind,
    Interaction,
    Introduction,
    IntroductionDirection,
    Offer,
    OfferStatus,
    TieStrength,
)
from netjournal.storage.store import Store

# More than the page ever shows: the layout trims from here.
MAX_INTERACTIONS = 10


@dataclass(frozen=True)
class IntroductionLine:
    """An introduction as the page words it, with names resolved."""

    introduction: Introduction
    introducer: str  # "" when nobody (or a deleted contact) is recorded
    other: str  # the other side of an introduction this contact made ("" for me)


@dataclass(frozen=True)
class SummaryData:
    """Everything one summary page shows, read once from the store."""

    contact: Contact
    now: dt.datetime  # UTC; when the summary was made (the footer's date)
    tie: TieStrength  # the effective tie: the stored one, or dormant
    cadence_days: int
    overdue_days: int  # days past the cadence (0 unless dormant)
    met_at_event: Event | None
    introduced_by: str  # the introducer's name, from the card ("" if none)
    introductions: tuple[IntroductionLine, ...]  # introductions of this contact to me
    made_introductions: tuple[IntroductionLine, ...]  # introductions this contact made
    interactions: tuple[Interaction, ...]  # newest first, at most MAX_INTERACTIONS
    interaction_count: int  # all of them
    event_names: dict[int, str]  # names of the events the interactions belong to
    follow_ups: tuple[FollowUp, ...]  # open and snoozed, soonest first
    offers: tuple[Offer, ...]  # ideas and offers first, then what was given
    exchanges: tuple[Exchange, ...]  # newest first
    balance: Balance

    @property
    def next_step(self) -> FollowUp | None:
        """The agreed next step if there is one, else the soonest open follow-up."""
        for f in self.follow_ups:
            if f.kind == FollowUpKind.NEXT_STEP:
                return f
        return self.follow_ups[0] if self.follow_ups else None

    @property
    def other_follow_ups(self) -> tuple[FollowUp, ...]:
        step = self.next_step
        return tuple(f for f in self.follow_ups if f is not step)

    @property
    def open_offers(self) -> tuple[Offer, ...]:
        return tuple(o for o in self.offers if o.status != OfferStatus.GIVEN)

    @property
    def given_offers(self) -> tuple[Offer, ...]:
        return tuple(o for o in self.offers if o.status == OfferStatus.GIVEN)

    @property
    def done_exchanges(self) -> tuple[Exchange, ...]:
        return tuple(e for e in self.exchanges if e.status == ExchangeStatus.DONE)

    @property
    def my_open_asks(self) -> tuple[Exchange, ...]:
        """Favours I asked of them that have not happened yet."""
        return tuple(e for e in self.exchanges if e.status == ExchangeStatus.ASKED
                     and e.direction == ExchangeDirection.RECEIVED)

    @property
    def their_open_asks(self) -> tuple[Exchange, ...]:
        """Favours they asked of me that I have not done yet."""
        return tuple(e for e in self.exchanges if e.status == ExchangeStatus.ASKED
                     and e.direction == ExchangeDirection.GIVEN)


def _names(store: Store, ids: set[int | None]) -> dict[int, str]:
    wanted = sorted(i for i in ids if i is not None)
    return {i: s.name for i, s in store.contacts.summaries(wanted).items()}


def gather(store: Store, contact_id: int, *, now: dt.datetime,
           cadences: ties.Cadences | None = None) -> SummaryData:
    """Read everything the summary of ``contact_id`` shows.

    Args:
        store: the open journal.
        contact_id: a live contact (``NotFoundError`` otherwise).
        now: the current time, timezone-aware UTC (injected for tests).
        cadences: the keep-in-touch defaults from the settings (the built-in ones if None).
    """
    cadences = cadences if cadences is not None else ties.Cadences()
    contact = store.contacts.get(contact_id)
    since = contact.created_at or now
    cadence = ties.cadence_days(contact.tie_strength, contact.cadence_days, cadences)
    tie = ties.effective_tie(contact.tie_strength, contact.last_interaction_at, since, now,
                             contact.cadence_days, cadences)
    overdue = ties.overdue_days(contact.last_interaction_at, since, now, cadence)
    event = (store.events.get(contact.met_at_event_id)
             if contact.met_at_event_id is not None else None)

    intros = store.introductions.involving(contact_id)
    names = _names(store, {contact.introduced_by_id}
                   | {i.introducer_id for i in intros} | {i.person_id for i in intros}
                   | {i.to_contact_id for i in intros})
    received = tuple(
        IntroductionLine(i, names.get(i.introducer_id or 0, ""), "")
        for i in intros
        if i.person_id == contact_id and i.direction == IntroductionDirection.RECEIVED)
    made = tuple(
        IntroductionLine(i, "", names.get(i.person_id, ""))
        for i in intros if i.introducer_id == contact_id and names.get(i.person_id))

    interactions = tuple(store.interactions.for_contact(contact_id, limit=MAX_INTERACTIONS))
    event_names = {e: store.events.get(e).name
                   for e in sorted({i.event_id for i in interactions if i.event_id})}
    offers = store.offers.for_contact(contact_id)
    offers.sort(key=lambda o: o.status == OfferStatus.GIVEN)  # stable: newest first within
    exchanges = tuple(store.exchanges.for_contact(contact_id))
    return SummaryData(
        contact=contact, now=now, tie=tie, cadence_days=cadence, overdue_days=overdue,
        met_at_event=event,
        introduced_by=names.get(contact.introduced_by_id or 0, ""),
        introductions=received, made_introductions=made,
        interactions=interactions,
        interaction_count=store.interactions.count_for_contact(contact_id),
        event_names=event_names,
        follow_ups=tuple(store.followups.for_contact(contact_id, open_only=True)),
        offers=tuple(offers), exchanges=exchanges, balance=balance(exchanges))
