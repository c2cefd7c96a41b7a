"""Meetings (a thank-you and the agreed next step) and introductions (a "no" sends me back
to the introducer)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netjournal.domain import followups as rules
from netjournal.domain.introductions import should_go_back_to_introducer
from netjournal.domain.values import (
    Channel,
    Direction,
    FollowUp,
    FollowUpKind,
    Interaction,
    Introduction,
    IntroductionOutcome,
)
from netjournal.storage.journal import chains
from netjournal.storage.journal.base import JournalError, close_reconnects, moment_or_now
from netjournal.storage.journal.chains import close_chains, let_go
from netjournal.storage.store import Store


@dataclass(frozen=True)
class MeetingLogged:
    """:func:`log_meeting`: the meeting, its thank-yous and next steps, chains it closed."""

    interaction: Interaction
    thank_yous: tuple[FollowUp, ...]
    next_steps: tuple[FollowUp, ...]
    closed_chains: tuple[int, ...]


@dataclass(frozen=True)
class NextStepAgreed:
    """:func:`agree_next_step`: the next steps it added, changed and removed."""

    added: tuple[FollowUp, ...] = ()
    changed: tuple[FollowUp, ...] = ()
    removed: tuple[FollowUp, ...] = ()

    @property
    def any(self) -> bool:
        """Whether anything changed."""
        return bool(self.added or self.changed or self.removed)


@dataclass(frozen=True)
class IntroductionOutcomeRecorded:
    """:func:`record_introduction_outcome`: the introduction, the follow-up to thank the
    introducer (a decline through them), and outreach to the person that was let go."""

    introduction: Introduction
    introducer_follow_up: FollowUp | None
    let_go: tuple[FollowUp, ...]


# meetings and introductions ----------------------------------------------------------------


def log_meeting(store: Store, contact_ids: Sequence[int], *, when: dt.datetime | None = None,
                channel: Channel = Channel.IN_PERSON, summary: str = "", goal: str = "",
                learned: str = "", event_id: int | None = None, thank_you: bool = True,
                next_step: str = "", next_step_on: dt.date | None = None,
                tz: dt.tzinfo | None = None) -> MeetingLogged:
    """Log a meeting and owe what it asks: a thank-you and the agreed next step.

    For each participant: a thank-you due the day after (the local date of ``when``),
    and, when ``next_step`` or ``next_step_on`` is given, the next step due on
    ``next_step_on`` (default within a week). A meeting also answers their silence:
    outreach chains waiting for them are closed.

    Args:
        contact_ids: who was there (one or more).
        when: when we met (default now).
        channel: in person (default), a call, a video call...
        summary, goal, learned: what the timeline keeps.
        event_id: the event we met at, if any.
        thank_you: owe a thank-you (default yes).
        next_step: what we agreed to do next (the follow-up's reason).
        next_step_on: when the next step is due; not before the meeting.
    """
    moment = moment_or_now(when)
    met_on = rules.local_date(moment, tz)
    due_step = next_step_on or rules.next_step_due(met_on)
    if due_step < met_on:
        raise JournalError("the next step cannot be due before the meeting")
    wants_step = bool(next_step.strip()) or next_step_on is not None
    with store.atomic():
        interaction = store.interactions.save(Interaction(
            occurred_at=moment, participant_ids=tuple(contact_ids), channel=channel,
            direction=Direction.MUTUAL, goal=goal, summary=summary, learned=learned,
            event_id=event_id))
        assert interaction.id is not None
        thanks: list[FollowUp] = []
        steps: list[FollowUp] = []
        closed: list[int] = []
        for cid in interaction.participant_ids:
            closed += close_chains(store, cid, before=moment)
            close_reconnects(store, cid, moment)
            if thank_you:
                thanks.append(store.followups.save(
                    chains.thank_you(cid, interaction.id, met_on)))
            if wants_step:
                steps.append(store.followups.save(
                    _next_step(cid, interaction.id, next_step, due_step)))
    return MeetingLogged(interaction=interaction, thank_yous=tuple(thanks),
                         next_steps=tuple(steps), closed_chains=tuple(sorted(set(closed))))


def _next_step(contact_id: int, interaction_id: int, text: str, due_on: dt.date) -> FollowUp:
    """The follow-up for a step agreed at a meeting (not saved yet)."""
    return FollowUp(contact_id=contact_id, due_on=due_on, kind=FollowUpKind.NEXT_STEP,
                    reason=" ".join(text.split()), origin_interaction_id=interaction_id)


def agreed_next_steps(store: Store, interaction_id: int) -> tuple[FollowUp, ...]:
    """The open (or snoozed) next steps agreed at a meeting, one per participant."""
    return tuple(f for f in store.followups.chain(interaction_id)
                 if f.kind == FollowUpKind.NEXT_STEP and f.is_open)


def agree_next_step(store: Store, interaction_id: int, next_step: str,
                    due_on: dt.date | None = None, *,
                    tz: dt.tzinfo | None = None) -> NextStepAgreed:
    """Set the next step agreed at a meeting already saved (the timeline editor).

    Each participant owes it once: an open next step of theirs from this meeting is
    changed to say ``next_step`` and fall due on ``due_on`` (default within a week of
    the meeting's local date), and one is added for whoever has none, so saving the
    meeting again never doubles it. An empty ``next_step`` means none was agreed: the
    open ones go, and so do those of people no longer in the meeting. Next steps already
    done or let go are history and stay as they are.

    Raises:
        JournalError: ``due_on`` is before the meeting.
    """
    reason = " ".join(next_step.split())
    with store.atomic():
        interaction = store.interactions.get(interaction_id)
        met_on = rules.local_date(interaction.occurred_at, tz)
        due = due_on or rules.next_step_due(met_on)
        if reason and due < met_on:
            raise JournalError("the next step cannot be due before the meeting")
        wanted = set(interaction.participant_ids) if reason else set()
        added: list[FollowUp] = []
        changed: list[FollowUp] = []
        removed: list[FollowUp] = []
        have: set[int] = set()
        for row in agreed_next_steps(store, interaction_id):
            assert row.id is not None
            if row.contact_id not in wanted or row.contact_id in have:
                store.followups.delete(row.id)
                removed.append(row)
                continue
            have.add(row.contact_id)
            if (row.reason, row.due_on) != (reason, due):
                changed.append(store.followups.save(
                    dataclasses.replace(row, reason=reason, due_on=due)))
        for cid in interaction.participant_ids:
            if cid in wanted and cid not in have:
                added.append(store.followups.save(_next_step(cid, interaction_id, reason, due)))
    return NextStepAgreed(added=tuple(added), changed=tuple(changed), removed=tuple(removed))


def record_introduction_outcome(store: Store, introduction_id: int,
                                outcome: IntroductionOutcome, *,
                                when: dt.datetime | None = None, reason: str | None = None,
                                tz: dt.tzinfo | None = None) -> IntroductionOutcomeRecorded:
    """Record how an introduction went; a "no" through an introducer sends me back to them.

    When a contact reached through an introducer declines, the app suggests thanking the
    introducer and going back to them rather than pressing: an INTRODUCER follow-up for
    the introducer, due the day after the local date of ``when`` (default now), and
    outreach still chasing the person is let go.

    Args:
        reason: the follow-up's reason, worded by the caller in the user's language
            (e.g. "Budi said no: thank Dewi and ask what they suggest"); default the
            name of who declined.
    """
    when = moment_or_now(when)
    today = rules.local_date(when, tz)
    with store.atomic():
        intro = store.introductions.save(dataclasses.replace(
            store.introductions.get(introduction_id), outcome=outcome))
        follow_up = None
        let_go_rows: list[FollowUp] = []
        if should_go_back_to_introducer(intro) and intro.introducer_id is not None:
            if reason is None:
                reason = store.contacts.get(intro.person_id, include_deleted=True).name
            already = [r for r in store.followups.for_contact(intro.introducer_id,
                                                              open_only=True)
                       if r.kind == FollowUpKind.INTRODUCER and r.reason == reason]
            follow_up = already[0] if already else store.followups.save(FollowUp(
                contact_id=intro.introducer_id, due_on=rules.introducer_follow_up_due(today),
                kind=FollowUpKind.INTRODUCER, reason=reason))
            for origin in store.followups.chain_origins(intro.person_id, awaiting_only=True):
                for row in store.followups.chain_rows(origin, intro.person_id, open_only=True):
                    assert row.id is not None
                    let_go_rows.append(let_go(store, row.id, when=when))
    return IntroductionOutcomeRecorded(introduction=intro, introducer_follow_up=follow_up,
                                       let_go=tuple(let_go_rows))
