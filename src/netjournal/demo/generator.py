"""A realistic, deterministic demo journal, written with bulk inserts.

The same seed and the same ``today`` give the same journal. Rows go in with
``executemany`` in batches, written as a restore writes a journal
(:mod:`netjournal.storage.restore`): the triggers that keep derived data (the search
documents, last-contact dates, the tie gaps of Network health) are held off while a batch
goes in, and that data is built once at the end in a few set-based statements. Row by
row, each interaction's search document was written out on its own (SQLite's full-text
index flushes at every statement of a transaction): 100,000 contacts were less than half
written after 40 minutes; this way they take about a minute and a half.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from netjournal.demo import words
from netjournal.demo.clock import MEETINGS, Clock, fmt, minutes_for
from netjournal.demo.stories import Stories, recent_follow_up_stories
from netjournal.domain.followups import NEXT_STEP_DAYS, thank_you_due
from netjournal.domain.values import (
    Channel,
    Direction,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    FollowUpKind,
    IntroductionOutcome,
    OfferStatus,
    RequestDecision,
    TieStrength,
)
from netjournal.storage import StorageError
from netjournal.storage.dialect import follow_given_ids, held_triggers
from netjournal.storage.restore import rebuild_derived
from netjournal.storage.sql import Cursor
from netjournal.storage.store import Store

# The tables the batches write (their planner statistics are refreshed on a server).
BULK_TABLES = ("contact", "contact_detail", "contact_tag", "interaction", "participant",
               "offer", "exchange", "follow_up", "introduction", "connection_request")
BATCH = 2000
YEARS = 3
# a thank-you is owed for a meeting of the last few days (today's is in the morning)
THANK_YOU_DAYS_AGO = (0, 1, 1, 2, 3)
THANK_YOU_CHANNELS = (Channel.IN_PERSON, Channel.IN_PERSON, Channel.CALL, Channel.VIDEO)
# a next step was agreed at a meeting of the last week or so, and is due within a week of it
NEXT_STEP_DAYS_AGO = (2, 10)
STORY_CONTACTS = 20  # the recent stories need this many contacts


@dataclass(frozen=True)
class DemoReport:
    contacts: int
    interactions: int
    events: int
    follow_ups: int


def _email_slug(text: str) -> str:
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum()) or "x"


def _person(rng: random.Random) -> tuple[str, str, str]:
    """A generated person: full name, given name, family name (three in four Indonesian)."""
    if rng.random() < 0.75:
        given, family = rng.choice(words.FIRST_ID), rng.choice(words.LAST_ID)
        return f"{given} {family}", given, family
    givens, families, style = rng.choice(words.INTERNATIONAL)
    given, family = rng.choice(givens), rng.choice(families)
    return style.format(given=given, family=family), given, family





# messages are the most common, events the rarest
CHANNEL_WEIGHTS = ([Channel.IN_PERSON] * 3 + [Channel.CALL] * 2 + [Channel.VIDEO] * 2
                   + [Channel.EMAIL] * 2 + [Channel.MESSAGE] * 4 + [Channel.SOCIAL] * 2
                   + [Channel.EVENT])
# interactions per contact by tie: mean and spread (about ten on average)
TIE_INTERACTIONS = {TieStrength.CLOSE: (18, 4), TieStrength.REGULAR: (12, 3),
                    TieStrength.WEAK: (7, 2)}
DEFAULT_CADENCES = {TieStrength.CLOSE: 30, TieStrength.REGULAR: 60, TieStrength.WEAK: 90}


def _eventminutes_for(rng: random.Random, name: str) -> int:
    """When at an event we talked: breakfasts early, meetups in the evening."""
    low, high = words.CONFERENCE_HOURS
    for keys, hours in words.EVENT_HOURS:
        if any(key in name for key in keys):
            low, high = hours
            break
    minutes = rng.randrange(low, high - 30)
    return minutes - minutes % 15


def _texts(rng: random.Random, channel: Channel, direction: Direction,
           minutes: int) -> tuple[str, str, str]:
    """A goal, what was said and what I learned, in keeping with how and when we talked
    (``minutes`` after local midnight)."""
    if direction == Direction.OUTBOUND and channel.value in words.OUTBOUND:
        goal, said = rng.choice(words.OUTBOUND[channel.value])  # what I wrote, and why
        return goal, said, rng.choice(words.LEARNED)
    if direction == Direction.INBOUND:
        goal = rng.choice(words.INBOUND_GOALS)
    elif channel == Channel.EVENT:
        goal = rng.choice(words.EVENT_GOALS)
    else:
        goal = rng.choice(words.MEETING_GOALS)
    if channel == Channel.IN_PERSON:
        key = "in_person/" + ("morning" if minutes < 11 * 60 else
                              "lunch" if minutes < 14 * 60 else "afternoon")
    elif channel in MEETINGS or channel == Channel.EVENT:
        key = channel.value
    else:
        key = f"{channel.value}/{direction.value}"
    return goal, rng.choice(words.SUMMARIES[key]), rng.choice(words.LEARNED)


def _direction(rng: random.Random, channel: Channel) -> Direction:
    if channel == Channel.CALL:
        return rng.choice((Direction.OUTBOUND, Direction.INBOUND, Direction.MUTUAL))
    if channel in MEETINGS or channel == Channel.EVENT:
        return Direction.MUTUAL
    return rng.choice((Direction.OUTBOUND, Direction.INBOUND))


def generate(store: Store, contacts: int, seed: int = 1, *, today: dt.date | None = None,
             tz: dt.tzinfo | None = None,
             progress: Callable[[int], None] | None = None) -> DemoReport:
    """Fill an empty journal with ``contacts`` generated people and their history.

    Times fall at plausible hours of the user's day in ``tz`` (None: the system's zone)
    and are stored in UTC.
    """
    if store.contacts.count():
        raise StorageError("demo data only goes into an empty journal; "
                           "choose a new folder with --data-dir")
    if contacts < 1:
        raise StorageError("--contacts must be at least 1")
    rng = random.Random(seed)
    today = today or dt.date.today()
    clock = Clock(tz)
    now = clock.at(today, 9 * 60)
    first_day = today - dt.timedelta(days=365 * YEARS)
    yesterday = today - dt.timedelta(days=1)
    con = Cursor(store.db)

    # events over three years, roughly one a fortnight
    n_events = max(3, min(80, contacts // 10))
    events = []
    for k in range(n_events):
        day = first_day + dt.timedelta(days=rng.randrange(365 * YEARS))
        base = rng.choice(words.EVENT_NAMES)
        events.append((k + 1, f"{base} {day.year}" if rng.random() < .5 else f"{base} #{k + 1}",
                       day.isoformat(), rng.choice(words.PLACES), "",
                       fmt(clock.at(first_day, 9 * 60))))
    events.sort(key=lambda e: e[2])
    event_days = [dt.date.fromisoformat(e[2]) for e in events]
    # people are met at events up to a month ago, like everyone else
    meet_events = events[:bisect.bisect_right(event_days, today - dt.timedelta(days=30))]
    with store.atomic():
        con.executemany('INSERT INTO event (id, name, starts_on, place, notes, created_at)'
                        ' VALUES (?, ?, ?, ?, ?, ?)', events)
        tag_rows = [(i + 1, t) for i, t in enumerate(words.TAGS)]
        con.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", tag_rows)

    stories = None
    new_people: dict[int, dt.date] = {}
    history_until: dict[int, dt.date] = {}
    if contacts >= STORY_CONTACTS:
        picks = rng.sample(range(1, contacts + 1), 12)
        stories = Stories(outreach=tuple(picks[:6]), meetup=tuple(picks[6:10]),
                           introducer=min(picks[10:]), introduced=max(picks[10:]))
        new_people = stories.new_people(today, rng)
        for cid in stories.meetup:  # last night is the latest we saw them
            history_until[cid] = today - dt.timedelta(days=3)

    interaction_id = 0
    ties = [TieStrength.CLOSE] * 1 + [TieStrength.REGULAR] * 3 + [TieStrength.WEAK] * 6
    # Some people get their own cadence, tighter than their tie's default but in keeping.
    own_cadences = {TieStrength.CLOSE: 14, TieStrength.REGULAR: 45, TieStrength.WEAK: 60}
    names = [""] * (contacts + 1)
    known_from = [today] * (contacts + 1)  # the day each contact came into the journal
    known_until = [today] * (contacts + 1)  # the last day of their generated history
    for batch_start in range(1, contacts + 1, BATCH):
        batch_end = min(contacts, batch_start + BATCH - 1)
        c_rows, d_rows, t_rows, i_rows, p_rows = [], [], [], [], []
        o_rows, x_rows, intro_rows = [], [], []
        # contact, due, kind, reason, status, attempt, origin interaction, created, closed
        f_rows: list[tuple[int, str, str, str, str, None, int | None, str, str | None]] = []
        for cid in range(batch_start, batch_end + 1):
            name, first, last = _person(rng)
            names[cid] = name
            company = rng.choice(words.COMPANIES)
            title = rng.choice(words.TITLES)
            tie = rng.choice(ties)
            event = None
            introducer = None
            if cid in new_people:  # a story's new contact: no history yet
                since = new_people[cid]
                tie = TieStrength.WEAK
                if stories is not None and cid == stories.introduced:
                    introducer = stories.introducer
                    how_met = f"Introduced by {names[introducer]}"
                else:
                    how_met = "Connected on LinkedIn"
            else:
                event = rng.choice(meet_events) if meet_events and rng.random() < 0.6 else None
                since = (dt.date.fromisoformat(event[2]) if event else
                         first_day + dt.timedelta(days=rng.randrange(365 * YEARS - 30)))
                how_met = f"Met at {event[1]}" if event else rng.choice(
                    ("Former colleague", "Classmate at university", "Friend of a friend",
                     "Connected on LinkedIn", "Neighbour in the coworking space"))
                if cid > 50 and rng.random() < .08:
                    # someone I knew already, who is still around
                    candidate = cid - rng.randrange(1, 50)
                    if candidate not in new_people and known_from[candidate] < since:
                        introducer = candidate
                        if event is None:
                            how_met = f"Introduced by {names[introducer]}"
            created = clock.at(since, _eventminutes_for(rng, event[1]) if event
                               else minutes_for(rng, Channel.MESSAGE))
            met_on = since.isoformat()
            cadence = own_cadences[tie] if rng.random() < .2 else None
            interests = ", ".join(rng.sample(words.INTERESTS, 2))
            c_rows.append((cid, name, company, title, how_met, met_on,
                           event[0] if event else None, introducer, tie.value,
                           cadence, interests,
                           rng.choice(("", "", "Married, one son", "Two daughters")),
                           rng.choice(("", "Vegetarian", "Birthday in March", "Runs 10k")),
                           rng.choice(("", "", "Very responsive on WhatsApp.")),
                           fmt(created), fmt(created)))
            slug = f"{_email_slug(first)}.{_email_slug(last)}{cid}"
            domain = _email_slug(company)[:14] + ".com"
            d_rows.append((cid, "email", "work", f"{slug}@{domain}", f"{slug}@{domain}", 0))
            if rng.random() < 0.7:
                phone = f"+62 8{rng.randrange(11, 99)} {rng.randrange(1000, 9999)} " \
                        f"{rng.randrange(1000, 9999)}"
                d_rows.append((cid, "phone", "mobile", phone,
                               "".join(c for c in phone if c.isdigit()), 1))
            if rng.random() < 0.6:
                url = f"https://www.linkedin.com/in/{slug.replace('.', '-')}"
                d_rows.append((cid, "link", "linkedin", url,
                               f"linkedin.com/in/{slug.replace('.', '-')}", 2))
            for tag_id in rng.sample(range(1, len(words.TAGS) + 1), rng.randrange(0, 4)):
                t_rows.append((cid, tag_id))
            if introducer is not None and cid not in new_people:  # the story saves its own
                intro_rows.append((cid, introducer, None, "received", met_on,
                                   int(rng.random() < .7), IntroductionOutcome.ACCEPTED.value,
                                   "", fmt(created)))
            known_from[cid] = since
            if cid in new_people:
                known_until[cid] = since - dt.timedelta(days=1)
                if rng.random() < 0.35:
                    o_rows.append((cid, rng.choice(words.OFFERS), OfferStatus.IDEA.value,
                                   fmt(created), fmt(created)))
                continue

            # a reminder, or a meeting of the last days that still owes something
            follow_up = None
            days_ago, meeting_day = 0, today
            until = history_until.get(cid, yesterday)
            if rng.random() < 0.06 and cid not in history_until:
                follow_up = rng.choice((FollowUpKind.MANUAL, FollowUpKind.NEXT_STEP,
                                        FollowUpKind.THANK_YOU))
            if follow_up == FollowUpKind.THANK_YOU:
                days_ago = rng.choice(THANK_YOU_DAYS_AGO)
            elif follow_up == FollowUpKind.NEXT_STEP:
                days_ago = rng.randrange(*NEXT_STEP_DAYS_AGO)
            if follow_up in (FollowUpKind.THANK_YOU, FollowUpKind.NEXT_STEP):
                meeting_day = today - dt.timedelta(days=days_ago)
                until = min(until, meeting_day - dt.timedelta(days=1))
            known_until[cid] = until

            # about ten interactions (more for closer ties), from when we met until recently
            span = (until - since).days + 1
            mean, spread = TIE_INTERACTIONS[tie]
            offsets = [rng.randrange(span) for _ in range(max(1, int(rng.gauss(mean, spread))))]
            offsets.sort()
            keep_in_touch = cadence or DEFAULT_CADENCES[tie]
            if tie != TieStrength.WEAK and until == yesterday and rng.random() < .85:
                # a close or regular tie mostly kept warm: the last one within the cadence
                offsets[-1] = max(offsets[-1], span - 1 - rng.randrange(
                    max(1, min(span, keep_in_touch * 3 // 4))))
            if event:
                offsets[0] = 0  # we met at the event
            for n, offset in enumerate(offsets):
                interaction_id += 1
                day = since + dt.timedelta(days=offset)
                at_event = None
                if event and n == 0:
                    channel, at_event = Channel.EVENT, event
                else:
                    channel = rng.choice(CHANNEL_WEIGHTS)
                if channel == Channel.EVENT and at_event is None:
                    # met again at a later event, if there was one
                    low = bisect.bisect_right(event_days, since)
                    high = bisect.bisect_right(event_days, until)
                    if low < high:
                        at_event = events[rng.randrange(low, high)]
                        day = dt.date.fromisoformat(at_event[2])
                    else:
                        channel = Channel.IN_PERSON
                minutes = (_eventminutes_for(rng, at_event[1]) if at_event
                           else minutes_for(rng, channel))
                when = clock.at(day, minutes)
                direction = _direction(rng, channel)
                goal, said, learned = _texts(rng, channel, direction, minutes)
                i_rows.append((interaction_id, fmt(when), channel.value, direction.value,
                               goal, said, learned, at_event[0] if at_event else None,
                               fmt(when), fmt(when)))
                p_rows.append((interaction_id, cid))
                if cid > 1 and rng.random() < 0.08:  # a group conversation
                    other = rng.randrange(max(1, cid - 500), cid)
                    if known_from[other] <= day <= known_until[other]:
                        p_rows.append((interaction_id, other))
            known = max(1, (today - since).days)
            if rng.random() < 0.35:
                offered = clock.at(since + dt.timedelta(days=rng.randrange(known)),
                                   minutes_for(rng, Channel.MESSAGE))
                o_rows.append((cid, rng.choice(words.OFFERS), rng.choice(list(OfferStatus)).value,
                               fmt(offered), fmt(offered)))
            for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
                x_rows.append((cid, *_exchange(rng, company, since, known, today, clock)))
            if follow_up == FollowUpKind.MANUAL:
                due = today + dt.timedelta(days=rng.randrange(-10, 21))
                set_on = max(since, min(today, due - dt.timedelta(days=rng.randrange(7, 30))))
                f_rows.append((cid, due.isoformat(), follow_up.value,
                               rng.choice(words.FOLLOW_UP_REASONS), "open", None, None,
                               fmt(clock.at(set_on, minutes_for(rng, Channel.MESSAGE))), None))
            elif follow_up is not None:
                # as the rules make it: a meeting of the last days, pointing at it
                interaction_id += 1
                channel = Channel.IN_PERSON if not days_ago else rng.choice(THANK_YOU_CHANNELS)
                # today's was a breakfast coffee before the day starts, each at its own time
                minutes = (7 * 60 + 30 + 15 * rng.randrange(9) if not days_ago
                           else minutes_for(rng, channel))
                met = clock.at(meeting_day, minutes)
                goal, said, learned = _texts(rng, channel, Direction.MUTUAL, minutes)
                step = None
                if follow_up == FollowUpKind.NEXT_STEP:
                    goal, said, step = rng.choice(words.NEXT_STEPS)
                i_rows.append((interaction_id, fmt(met), channel.value, Direction.MUTUAL.value,
                               goal, said, learned, None, fmt(met), fmt(met)))
                p_rows.append((interaction_id, cid))
                meeting_id = interaction_id
                if step is None:  # owed: due that day or the next, so some are overdue
                    f_rows.append((cid, thank_you_due(meeting_day).isoformat(),
                                   follow_up.value, "", "open", None, meeting_id, fmt(met),
                                   None))
                else:
                    # the thank-you was sent the next morning; the step is due within a week
                    interaction_id += 1
                    thanked = clock.at(meeting_day + dt.timedelta(days=1),
                                       minutes_for(rng, Channel.CALL))
                    i_rows.append((interaction_id, fmt(thanked), Channel.MESSAGE.value,
                                   Direction.OUTBOUND.value, "thank them",
                                   "Thanked them for their time.", "", None,
                                   fmt(thanked), fmt(thanked)))
                    p_rows.append((interaction_id, cid))
                    f_rows.append((cid, thank_you_due(meeting_day).isoformat(),
                                   FollowUpKind.THANK_YOU.value, "", "done", None, meeting_id,
                                   fmt(met), fmt(thanked)))
                    due = meeting_day + dt.timedelta(days=rng.randrange(2, NEXT_STEP_DAYS + 1))
                    f_rows.append((cid, due.isoformat(), follow_up.value, step, "open", None,
                                   meeting_id, fmt(met), None))
        with store.atomic(), held_triggers(store.db):
            con.executemany(
                "INSERT INTO contact (id, name, company, title, how_met, met_on,"
                " met_at_event_id, introduced_by_id, tie_strength, cadence_days, interests,"
                " family, remember, notes, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c_rows)
            con.executemany("INSERT INTO contact_detail (contact_id, kind, label, value,"
                            " normalized, position) VALUES (?, ?, ?, ?, ?, ?)", d_rows)
            con.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                            t_rows)
            con.executemany("INSERT INTO interaction (id, occurred_at, channel, direction,"
                            " goal, summary, learned, event_id, created_at, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", i_rows)
            con.executemany("INSERT OR IGNORE INTO participant (interaction_id, contact_id)"
                            " VALUES (?, ?)", p_rows)
            con.executemany("INSERT INTO offer (contact_id, text, status, created_at,"
                            " updated_at) VALUES (?, ?, ?, ?, ?)", o_rows)
            con.executemany("INSERT INTO exchange (contact_id, direction, kind, description,"
                            " occurred_on, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            x_rows)
            con.executemany("INSERT INTO follow_up (contact_id, due_on, kind, reason, status,"
                            " attempt, origin_interaction_id, created_at, closed_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", f_rows)
            con.executemany("INSERT INTO introduction (person_id, introducer_id,"
                            " to_contact_id, direction, made_on, asked_first, outcome, notes,"
                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", intro_rows)
        if progress is not None:
            progress(batch_end)

    with store.atomic():
        requests = []
        for k in range(min(25, contacts)):
            name = _person(rng)[0]
            message = rng.choice((
                "", "Hi! We both work in fintech; I enjoyed your talk at PyCon ID.",
                "Visionary thinker 🚀 looking to connect with leaders!",
                "Hello, I'm a student at UI and would love to learn about product roles.",
                "I'd like to add you to my professional network."))
            requests.append((name, "LinkedIn", message, rng.randrange(0, 30),
                             int(rng.random() < .8), int(rng.random() < .7),
                             (today - dt.timedelta(days=rng.randrange(30))).isoformat(),
                             RequestDecision.PENDING.value if k < 8 else
                             rng.choice(list(RequestDecision)).value, fmt(now)))
        con.executemany("INSERT INTO connection_request (name, network, message,"
                        " mutual_connections, has_photo, profile_filled, received_on,"
                        " decision, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", requests)
        for table in ("event", "tag", "contact", "interaction"):  # written with their ids
            follow_given_ids(store.db, table)
        with held_triggers(store.db):  # the derived data, built as a restore builds it
            rebuild_derived(store.db, BULK_TABLES)
    if stories is not None:
        recent_follow_up_stories(store, rng, stories, today, clock)

    # Counted from the journal: the stories add interactions and an event of their own.
    def count(sql: str) -> int:
        ((n,),) = con.execute(sql).fetchall()
        return int(n)

    return DemoReport(
        contacts=count("SELECT count(*) FROM contact WHERE deleted_at IS NULL"),
        interactions=count("SELECT count(*) FROM interaction WHERE deleted_at IS NULL"),
        events=count("SELECT count(*) FROM event"),
        follow_ups=count("SELECT count(*) FROM follow_up WHERE status = 'open'"))


def _exchange(rng: random.Random, company: str, since: dt.date, known: int, today: dt.date,
              clock: Clock) -> tuple[int | str | None, ...]:
    """A favour row (without the contact): done some time since we met, or asked lately."""
    given = rng.random() < .5
    asked = rng.random() < .2
    if asked:
        kind, text = rng.choice(words.GIVEN_ASKED if given else words.RECEIVED_ASKED)
        day = today - dt.timedelta(days=rng.randrange(min(known, 30)))
    else:
        kind, text = rng.choice(words.GIVEN if given else words.RECEIVED)
        day = since + dt.timedelta(days=rng.randrange(known))
    other = rng.choice([c for c in words.COMPANIES[:18] if c != company])
    return ((ExchangeDirection.GIVEN if given else ExchangeDirection.RECEIVED).value,
            ExchangeKind(kind).value, text.format(company=other), day.isoformat(),
            (ExchangeStatus.ASKED if asked else ExchangeStatus.DONE).value,
            fmt(clock.at(day, minutes_for(rng, Channel.MESSAGE))))


