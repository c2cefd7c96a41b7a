"""The demo's recent stories: outreach waiting for a reply, last night's meetup, a declined
introduction, written through the journal's own operations."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from netjournal.demo.clock import Clock, fmt, given_name, minutes_for
from netjournal.domain.values import Channel, Event, FollowUp, Introduction, IntroductionOutcome
from netjournal.storage.sql import Cursor
from netjournal.storage.store import Store


@dataclass(frozen=True)
class Stories:
    """The contacts the recent stories are about, chosen before the bulk is written."""

    outreach: tuple[int, ...]  # new contacts I wrote to, no reply yet
    meetup: tuple[int, ...]  # met again at last night's meetup
    introducer: int
    introduced: int  # a new contact, introduced nine days ago; they said no

    def new_people(self, today: dt.date, rng: random.Random) -> dict[int, dt.date]:
        """The new contacts and the day each came into the journal."""
        people = {cid: today - dt.timedelta(days=outreach_days_ago(k) + rng.randrange(1, 10))
                  for k, cid in enumerate(self.outreach)}
        people[self.introduced] = today - dt.timedelta(days=INTRODUCED_DAYS_AGO)
        return people


INTRODUCED_DAYS_AGO = 9


def outreach_days_ago(k: int) -> int:
    """How many days ago the k-th waiting outreach went out (older ones had more tries)."""
    return 3 + 5 * k


OUTREACH = (
    "Hi {first}, loved your talk on payments. Could I ask you two questions about your "
    "team's PM interviews?",
    "Hello {first}! Would you have 20 minutes for a coffee next week? I'm exploring "
    "climate tech roles.",
    "Hi {first}, I'm moving into data engineering and your path from analyst looks a lot "
    "like mine. Any advice on where to start?",
)


def recent_follow_up_stories(store: Store, rng: random.Random, stories: Stories,
                              today: dt.date, clock: Clock) -> int:
    """Recent outreach chains, meetings owing a thank-you and a declined introduction.

    These go through the journal's own operations, so the demo shows every kind of
    follow-up exactly as the rules make them. Returns how many open follow-ups it added.
    """
    from netjournal.storage import journal  # the rules above the repositories

    tz = clock.tz
    before = len(store.followups.open())
    ((bulk_interactions,),) = Cursor(store.db).execute(
        "SELECT max(id) FROM interaction").fetchall()
    stamps: list[tuple[str, int]] = []  # follow-ups made now, dated when they were made

    def made_at(moment: dt.datetime, *follow_ups: FollowUp | None) -> None:
        stamps.extend((fmt(moment), f.id) for f in follow_ups if f is not None and f.id)
    # outreach with no reply yet, to people I only just connected with: tries 1, 2 and 3
    for k, cid in enumerate(stories.outreach):
        first = given_name(store.contacts.get(cid).name)
        sent_on = today - dt.timedelta(days=outreach_days_ago(k))
        sent = clock.aware(sent_on, minutes_for(rng, Channel.EMAIL))
        logged = journal.log_outreach(store, cid, rng.choice(OUTREACH).format(first=first),
                                      when=sent, tz=tz)
        made_at(sent, *logged.follow_ups)
        attempt = logged.follow_ups[0] if logged.follow_ups else None
        for step in range(k // 2):  # older chains already had follow-ups sent
            if attempt is None:
                break
            assert attempt.id is not None  # a saved follow-up
            sent = clock.aware(sent_on + dt.timedelta(days=7 * (step + 1)),
                               minutes_for(rng, Channel.EMAIL))
            attempt = journal.mark_done(store, attempt.id, tz=tz, when=sent).next_follow_up
            made_at(sent, attempt)
    # last night's meetup: thank-yous owed, one with an agreed next step
    yesterday = today - dt.timedelta(days=1)
    meetup = store.events.save(Event(name="JakartaJS Meetup", place="GoWork Plaza Indonesia",
                                     starts_on=yesterday))
    for k, cid in enumerate(stories.meetup):
        met = clock.aware(yesterday, 18 * 60 + 45 + 15 * k)
        logged_meeting = journal.log_meeting(
            store, [cid], when=met, channel=Channel.EVENT, goal="catch up at the break",
            summary="Talked after the meetup about their new team.", event_id=meetup.id,
            next_step="Send the hiring playbook" if k == 0 else "", tz=tz)
        made_at(met, *logged_meeting.thank_yous, *logged_meeting.next_steps)
    # an introduction that was declined: go back to the introducer
    intro = store.introductions.save(Introduction(
        person_id=stories.introduced, introducer_id=stories.introducer,
        made_on=today - dt.timedelta(days=INTRODUCED_DAYS_AGO), asked_first=True))
    assert intro.id is not None  # a saved introduction
    answered = clock.aware(yesterday, minutes_for(rng, Channel.EMAIL))
    outcome = journal.record_introduction_outcome(store, intro.id, IntroductionOutcome.DECLINED,
                                                  when=answered, tz=tz)
    made_at(answered, outcome.introducer_follow_up)
    # what the operations stamped with the real clock, dated as the stories tell it
    with store.atomic():
        con = Cursor(store.db)
        con.execute("UPDATE interaction SET created_at = occurred_at,"
                    " updated_at = occurred_at WHERE id > ?", (bulk_interactions or 0,))
        con.executemany("UPDATE follow_up SET created_at = ? WHERE id = ?", stamps)
        con.execute("UPDATE event SET created_at = ? WHERE id = ?",
                    (fmt(clock.at(today - dt.timedelta(days=14), 10 * 60)), meetup.id))
        con.execute("UPDATE introduction SET created_at = ? WHERE id = ?",
                    (fmt(clock.at(today - dt.timedelta(days=INTRODUCED_DAYS_AGO), 10 * 60)),
                     intro.id))
    return len(store.followups.open()) - before
