"""Outreach chains and acting on follow-ups: log outreach, their reply, done, snooze,
let go, and follow-ups set by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netjournal.domain import followups as rules
from netjournal.domain.followups import DueItem, Step
from netjournal.domain.values import (
    Channel,
    Direction,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Interaction,
)
from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.journal.base import (
    DEFAULT_SETTINGS,
    JournalError,
    checked_first_days,
    close_reconnects,
    local_today,
    moment_or_now,
)
from netjournal.storage.store import Store

# Kinds whose reason says what was to be done (so "done" can log it as the summary).
_REASON_IS_THE_TASK = (FollowUpKind.MANUAL, FollowUpKind.NEXT_STEP)
# Channels on which an interaction is a meeting (it owes a thank-you).
MEETING_CHANNELS = frozenset({Channel.IN_PERSON, Channel.VIDEO, Channel.CALL, Channel.EVENT})


# results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutreachLogged:
    """:func:`log_outreach`: the first message and follow-up 1 of its chain."""

    interaction: Interaction
    follow_ups: tuple[FollowUp, ...]  # attempt 1, one per participant


@dataclass(frozen=True)
class ReplyRecorded:
    """:func:`record_reply`: their message, and the chains it closed (first messages' ids)."""

    interaction: Interaction
    closed_chains: tuple[int, ...]


@dataclass(frozen=True)
class MarkedDone:
    """:func:`mark_done`: the closed follow-up, the interaction logged for it, and what
    comes next in an outreach chain (the next try, or the let-go question)."""

    follow_up: FollowUp
    interaction: Interaction
    next_follow_up: FollowUp | None = None


@dataclass(frozen=True)
class RulesApplied:
    """:func:`apply_rules_to_interaction`: chains started, chains closed, thank-yous owed."""

    started: tuple[FollowUp, ...]
    closed_chains: tuple[int, ...]
    thank_yous: tuple[FollowUp, ...] = ()


# outreach chains ---------------------------------------------------------------------------


def start_chain(store: Store, interaction_id: int, *, settings: Settings = DEFAULT_SETTINGS,
                tz: dt.tzinfo | None = None) -> tuple[FollowUp, ...]:
    """Make outreach already saved await a reply: follow-up 1 for each participant.

    Participants who already have a row in this chain are skipped, so calling it twice
    does nothing more.
    """
    first_days = checked_first_days(settings.first_follow_up_days)
    with store.atomic():
        interaction = store.interactions.get(interaction_id)
        if not interaction.awaiting_reply:
            store.interactions.set_awaiting_reply(interaction_id, True)
        first = rules.first_attempt(rules.local_date(interaction.occurred_at, tz), first_days)
        made = []
        for cid in interaction.participant_ids:
            if store.followups.chain_rows(interaction_id, cid):
                continue
            made.append(store.followups.save(FollowUp(
                contact_id=cid, due_on=first.due_on, kind=FollowUpKind.OUTREACH,
                attempt=first.attempt, origin_interaction_id=interaction_id)))
    return tuple(made)


def log_outreach(store: Store, contact_id: int, text: str, *, when: dt.datetime | None = None,
                 channel: Channel = Channel.MESSAGE, goal: str = "",
                 settings: Settings = DEFAULT_SETTINGS,
                 tz: dt.tzinfo | None = None) -> OutreachLogged:
    """Log a message I sent that awaits a reply, and start its follow-up chain.

    Follow-up 1 is due ``settings.first_follow_up_days`` after the local date of
    ``when``; the message's ``text`` is what later follow-ups quote.

    Args:
        store: the journal.
        contact_id: whom I wrote to.
        text: the message (kept as the interaction's summary).
        when: when it was sent (default now).
        channel: how (default a message; email, social...).
        goal: the goal I had, if the user said.
        settings: the user's settings (the first follow-up's wait).
        tz: the user's time zone (None: the system's).
    """
    checked_first_days(settings.first_follow_up_days)
    with store.atomic():
        interaction = store.interactions.save(Interaction(
            occurred_at=moment_or_now(when), participant_ids=(contact_id,), channel=channel,
            direction=Direction.OUTBOUND, goal=goal, summary=text, awaiting_reply=True))
        assert interaction.id is not None
        follow_ups = start_chain(store, interaction.id, settings=settings, tz=tz)
        close_reconnects(store, contact_id, interaction.occurred_at)
    return OutreachLogged(interaction=interaction, follow_ups=follow_ups)


def close_chains(store: Store, contact_id: int, *,
                 before: dt.datetime | None = None) -> tuple[int, ...]:
    """Close every chain awaiting a reply from a contact (they answered, or we met).

    Unsent tries are removed (they never happened); the first message stops awaiting a
    reply once nobody in it is waited for. Chains started after ``before`` stay open.
    Returns the first messages' ids of the chains closed.
    """
    closed = []
    with store.atomic():
        origins = store.followups.chain_origins(contact_id, awaiting_only=True)
        for origin_id in origins:
            if before is not None and store.interactions.get(origin_id).occurred_at > before:
                continue
            for row in store.followups.chain_rows(origin_id, contact_id, open_only=True):
                assert row.id is not None
                store.followups.delete(row.id)
            if not store.followups.open_in_chain(origin_id):
                store.interactions.set_awaiting_reply(origin_id, False)
            closed.append(origin_id)
    return tuple(closed)


def record_reply(store: Store, contact_id: int, *, when: dt.datetime | None = None,
                 channel: Channel = Channel.MESSAGE, summary: str = "") -> ReplyRecorded:
    """Log their reply (an inbound interaction) and close the chains waiting for it."""
    moment = moment_or_now(when)
    with store.atomic():
        interaction = store.interactions.save(Interaction(
            occurred_at=moment, participant_ids=(contact_id,), channel=channel,
            direction=Direction.INBOUND, summary=summary))
        closed = close_chains(store, contact_id, before=moment)
        close_reconnects(store, contact_id, moment)
    return ReplyRecorded(interaction=interaction, closed_chains=closed)


def apply_rules_to_interaction(store: Store, interaction: Interaction, *,
                               settings: Settings = DEFAULT_SETTINGS,
                               tz: dt.tzinfo | None = None,
                               today: dt.date | None = None) -> RulesApplied:
    """Apply the rules to an interaction saved some other way (the timeline editor).

    Outbound and awaiting a reply: start its chain. From them (inbound) or together
    (mutual): close the chains it answers. Open reconnect follow-ups of the participants
    are done either way. A meeting (in person, video, a call, an event) whose thank-you is
    still due (it was today or yesterday, by the local date ``today``) owes one, as
    :func:`~netjournal.storage.journal.log_meeting` does; never twice, and not when the
    meeting already has follow-ups of its own (a quick entry's next step).
    """
    assert interaction.id is not None, "save the interaction first"
    started: tuple[FollowUp, ...] = ()
    closed: list[int] = []
    thanks: list[FollowUp] = []
    with store.atomic():
        if _owes_thank_you(store, interaction, tz, today):
            met_on = rules.local_date(interaction.occurred_at, tz)
            for cid in interaction.participant_ids:
                thanks.append(store.followups.save(thank_you(cid, interaction.id, met_on)))
        if interaction.awaiting_reply and interaction.direction == Direction.OUTBOUND:
            started = start_chain(store, interaction.id, settings=settings, tz=tz)
        elif interaction.direction in (Direction.INBOUND, Direction.MUTUAL):
            for cid in interaction.participant_ids:
                closed += close_chains(store, cid, before=interaction.occurred_at)
        for cid in interaction.participant_ids:  # any interaction warms the tie
            close_reconnects(store, cid, interaction.occurred_at)
    return RulesApplied(started=started, closed_chains=tuple(sorted(set(closed))),
                        thank_yous=tuple(thanks))


def thank_you(contact_id: int, interaction_id: int, met_on: dt.date) -> FollowUp:
    """The thank-you a meeting on ``met_on`` owes a participant (not saved yet)."""
    return FollowUp(contact_id=contact_id, due_on=rules.thank_you_due(met_on),
                    kind=FollowUpKind.THANK_YOU, origin_interaction_id=interaction_id)


def _owes_thank_you(store: Store, interaction: Interaction, tz: dt.tzinfo | None,
                    today: dt.date | None) -> bool:
    if interaction.channel not in MEETING_CHANNELS or interaction.awaiting_reply:
        return False
    today = today or local_today(tz)
    met_on = rules.local_date(interaction.occurred_at, tz)
    if not met_on <= today <= rules.thank_you_due(met_on):
        return False  # a meeting logged long after, or one still to come
    assert interaction.id is not None
    return not store.followups.chain(interaction.id)  # it has follow-ups already


# acting on a follow-up ---------------------------------------------------------------------


def mark_done(store: Store, follow_up_id: int, *, when: dt.datetime | None = None,
              channel: Channel | None = None, summary: str | None = None,
              tz: dt.tzinfo | None = None) -> MarkedDone:
    """Done: log the interaction it asked for, close it, and chain what follows.

    An outreach try logs an outbound message (on the first message's channel unless
    ``channel`` says otherwise) and schedules the next try a week later, or after the
    third the let-go question. The let-go question itself cannot be "done": let go
    (:func:`let_go`), snooze it, or record their reply.

    Args:
        summary: what the logged interaction says (default: a reminder's reason or the
            agreed next step; else empty).
    """
    moment = moment_or_now(when)
    with store.atomic():
        follow_up = store.followups.get(follow_up_id)
        if not follow_up.is_open:
            raise JournalError("this follow-up is already closed")
        step = rules.step_of(follow_up)
        if step == Step.LET_GO:
            raise JournalError("three tries went unanswered: let go, or record their reply")
        origin = None
        if follow_up.origin_interaction_id is not None:
            try:
                origin = store.interactions.get(follow_up.origin_interaction_id)
            except StorageError:
                origin = None  # the first message was deleted: the chain still goes on
        if channel is None:
            channel = origin.channel if origin is not None and step in (
                Step.FOLLOW_UP, Step.LAST_TRY) else Channel.MESSAGE
        if summary is None:
            summary = follow_up.reason if follow_up.kind in _REASON_IS_THE_TASK else ""
        interaction = store.interactions.save(Interaction(
            occurred_at=moment, participant_ids=(follow_up.contact_id,), channel=channel,
            direction=Direction.OUTBOUND, summary=summary))
        closed = store.followups.close(follow_up_id, FollowUpStatus.DONE, at=moment)
        next_follow_up = None
        if step in (Step.FOLLOW_UP, Step.LAST_TRY) and follow_up.attempt is not None:
            nxt = rules.after_attempt(follow_up.attempt, rules.local_date(moment, tz))
            next_follow_up = store.followups.save(FollowUp(
                contact_id=follow_up.contact_id, due_on=nxt.due_on, kind=FollowUpKind.OUTREACH,
                attempt=nxt.attempt, origin_interaction_id=follow_up.origin_interaction_id))
        close_reconnects(store, follow_up.contact_id, moment)
    return MarkedDone(follow_up=closed, interaction=interaction, next_follow_up=next_follow_up)


def snooze(store: Store, follow_up_id: int, until: dt.date, *,
           today: dt.date | None = None, tz: dt.tzinfo | None = None) -> FollowUp:
    """Move an open follow-up to ``until`` (a day after ``today``, the local date)."""
    today = today or local_today(tz)
    if until <= today:
        raise JournalError("snooze until a day after today")
    with store.atomic():
        if not store.followups.get(follow_up_id).is_open:
            raise JournalError("this follow-up is already closed")
        return store.followups.snooze(follow_up_id, until)


def let_go(store: Store, follow_up_id: int, *, when: dt.datetime | None = None) -> FollowUp:
    """Let go: record it (``when``, default now). An outreach chain ends there and stops
    awaiting a reply."""
    with store.atomic():
        follow_up = store.followups.get(follow_up_id)
        if not follow_up.is_open:
            raise JournalError("this follow-up is already closed")
        closed = store.followups.close(follow_up_id, FollowUpStatus.LET_GO, at=moment_or_now(when))
        origin = follow_up.origin_interaction_id
        if follow_up.kind == FollowUpKind.OUTREACH and origin is not None:
            for row in store.followups.chain_rows(origin, follow_up.contact_id, open_only=True):
                assert row.id is not None
                store.followups.delete(row.id)
            if not store.followups.open_in_chain(origin):
                store.interactions.set_awaiting_reply(origin, False)
    return closed


def add_follow_up(store: Store, contact_id: int, due_on: dt.date, reason: str, *,
                  kind: FollowUpKind = FollowUpKind.MANUAL) -> FollowUp:
    """A follow-up made by hand, with a reason and a date."""
    reason = " ".join(reason.split())
    if not reason:
        raise JournalError("a follow-up needs a reason")
    if kind == FollowUpKind.OUTREACH:
        raise JournalError("outreach follow-ups come from logging outreach")
    if not store.contacts.exists(contact_id):
        raise JournalError(f"there is no contact #{contact_id}")
    return store.followups.save(FollowUp(contact_id=contact_id, due_on=due_on, kind=kind,
                                         reason=reason))


# items on the Today list (stored, or a suggestion not stored yet) --------------------------


def store_suggestion(store: Store, item: DueItem) -> int:
    """The follow-up id behind an item: a reconnect suggestion is saved first."""
    if item.follow_up_id is not None:
        return item.follow_up_id
    saved = store.followups.save(FollowUp(contact_id=item.contact_id, due_on=item.due_on,
                                          kind=FollowUpKind.RECONNECT))
    assert saved.id is not None
    return saved.id


def mark_item_done(store: Store, item: DueItem, *, when: dt.datetime | None = None,
                   channel: Channel | None = None, summary: str | None = None,
                   tz: dt.tzinfo | None = None) -> MarkedDone:
    """:func:`mark_done` for a Today item (a suggestion is stored, then done)."""
    with store.atomic():
        return mark_done(store, store_suggestion(store, item), when=when, channel=channel,
                         summary=summary, tz=tz)


def snooze_item(store: Store, item: DueItem, until: dt.date, *, today: dt.date | None = None,
                tz: dt.tzinfo | None = None) -> FollowUp:
    """:func:`snooze` for a Today item; a snoozed suggestion becomes a stored reconnect."""
    with store.atomic():
        return snooze(store, store_suggestion(store, item), until, today=today, tz=tz)


def let_go_item(store: Store, item: DueItem, *, when: dt.datetime | None = None) -> FollowUp:
    """:func:`let_go` for a Today item; letting go of a reconnect suggestion is remembered
    until the next interaction with them."""
    with store.atomic():
        return let_go(store, store_suggestion(store, item), when=when)
