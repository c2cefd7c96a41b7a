"""A realistic, deterministic demo journal, written with bulk inserts.

The same seed and the same ``today`` give the same journal. 100,000 contacts (about a
million interactions) take a few minutes: rows go in with ``executemany`` in batches of
one transaction each, and the triggers keep search and last-contact dates in step.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from netjournal.domain.followups import thank_you_due
from netjournal.domain.values import (
    Channel,
    Direction,
    Event,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    FollowUpKind,
    Introduction,
    IntroductionOutcome,
    OfferStatus,
    RequestDecision,
    TieStrength,
)
from netjournal.storage import StorageError
from netjournal.storage import demo_data as words
from netjournal.storage.sql import connection
from netjournal.storage.store import Store

BATCH = 2000
YEARS = 3
# a thank-you is owed for a meeting of the last few days (today's is in the morning)
THANK_YOU_DAYS_AGO = (0, 1, 1, 2, 3)
THANK_YOU_CHANNELS = (Channel.IN_PERSON, Channel.IN_PERSON, Channel.CALL, Channel.VIDEO)


@dataclass(frozen=True)
class DemoReport:
    contacts: int
    interactions: int
    events: int
    follow_ups: int


def _fmt(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


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


def _given_name(name: str) -> str:
    """How a message greets ``name``: the given name, also where the family name leads."""
    for givens, families, style in words.INTERNATIONAL:
        if style.startswith("{family}"):
            for family in families:
                rest = name.removeprefix(family).strip()
                if rest != name and rest in givens:
                    return rest
    return name.split()[0]


def generate(store: Store, contacts: int, seed: int = 1, *, today: dt.date | None = None,
             progress: Callable[[int], None] | None = None) -> DemoReport:
    """Fill an empty journal with ``contacts`` generated people and their history."""
    if store.contacts.count():
        raise StorageError("demo data only goes into an empty journal; "
                           "choose a new folder with --data-dir")
    if contacts < 1:
        raise StorageError("--contacts must be at least 1")
    rng = random.Random(seed)
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    start = now - dt.timedelta(days=365 * YEARS)
    con = connection(store.db)

    # events over three years, roughly one a fortnight
    n_events = max(3, min(80, contacts // 10))
    events = []
    for k in range(n_events):
        day = start + dt.timedelta(days=rng.randrange(365 * YEARS))
        base = rng.choice(words.EVENT_NAMES)
        events.append((k + 1, f"{base} {day.year}" if rng.random() < .5 else f"{base} #{k + 1}",
                       day.date().isoformat(), rng.choice(words.PLACES), "", _fmt(start)))
    events.sort(key=lambda e: e[2])
    with store.atomic():
        con.executemany('INSERT INTO event (id, name, starts_on, place, notes, created_at)'
                        ' VALUES (?, ?, ?, ?, ?, ?)', events)
        tag_rows = [(i + 1, t) for i, t in enumerate(words.TAGS)]
        con.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", tag_rows)

    interaction_id = 0
    follow_ups = 0
    channels = list(Channel)
    ties = [TieStrength.CLOSE] * 1 + [TieStrength.REGULAR] * 3 + [TieStrength.WEAK] * 6
    # Some people get their own cadence, tighter than their tie's default but in keeping.
    own_cadences = {TieStrength.CLOSE: 14, TieStrength.REGULAR: 45, TieStrength.WEAK: 60}
    for batch_start in range(1, contacts + 1, BATCH):
        batch_end = min(contacts, batch_start + BATCH - 1)
        c_rows, d_rows, t_rows, i_rows, p_rows = [], [], [], [], []
        o_rows, x_rows, intro_rows = [], [], []
        # contact, due, kind, reason, status, attempt, origin interaction, created
        f_rows: list[tuple[int, str, str, str, str, None, int | None, str]] = []
        for cid in range(batch_start, batch_end + 1):
            name, first, last = _person(rng)
            company = rng.choice(words.COMPANIES)
            title = rng.choice(words.TITLES)
            event = rng.choice(events) if rng.random() < 0.6 else None
            created = start + dt.timedelta(days=rng.randrange(365 * YEARS - 30))
            met_on = event[2] if event else created.date().isoformat()
            how_met = f"Met at {event[1]}" if event else rng.choice(
                ("Former colleague", "Classmate at university", "Friend of a friend",
                 "Connected on LinkedIn", "Neighbour in the coworking space"))
            introducer = cid - rng.randrange(1, 50) if cid > 50 and rng.random() < .08 else None
            tie = rng.choice(ties)
            interests = ", ".join(rng.sample(words.INTERESTS, 2))
            c_rows.append((cid, name, company, title, how_met, met_on,
                           event[0] if event else None, introducer, tie.value,
                           own_cadences[tie] if rng.random() < .2 else None, interests,
                           rng.choice(("", "", "Married, one son", "Two daughters")),
                           rng.choice(("", "Vegetarian", "Birthday in March", "Runs 10k")),
                           rng.choice(("", "", "Very responsive on WhatsApp.")),
                           _fmt(created), _fmt(created)))
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

            # about ten interactions, spread from when we met until recently
            span = max(1, (now - created).days)
            for _ in range(max(1, int(rng.gauss(10, 3)))):
                interaction_id += 1
                when = created + dt.timedelta(days=rng.randrange(span),
                                              minutes=rng.randrange(8 * 60, 20 * 60))
                channel = rng.choice(channels)
                at_event = event[0] if event and channel == Channel.EVENT else None
                i_rows.append((interaction_id, _fmt(min(when, now)), channel.value,
                               rng.choice(list(Direction)).value, rng.choice(words.GOALS),
                               rng.choice(words.SUMMARIES), rng.choice(words.LEARNED),
                               at_event, _fmt(when), _fmt(when)))
                p_rows.append((interaction_id, cid))
                if cid > 1 and rng.random() < 0.08:  # a group conversation
                    p_rows.append((interaction_id, rng.randrange(max(1, cid - 500), cid)))
            if rng.random() < 0.35:
                o_rows.append((cid, rng.choice(words.OFFERS), rng.choice(list(OfferStatus)).value,
                               _fmt(now), _fmt(now)))
            for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
                x_rows.append((cid, rng.choice(list(ExchangeDirection)).value,
                               rng.choice(list(ExchangeKind)).value, rng.choice(words.EXCHANGES),
                               (created + dt.timedelta(days=rng.randrange(span))).date()
                               .isoformat(),
                               rng.choice((ExchangeStatus.DONE,) * 4 + (ExchangeStatus.ASKED,))
                               .value, _fmt(now)))
            if rng.random() < 0.06:
                kind = rng.choice((FollowUpKind.MANUAL, FollowUpKind.NEXT_STEP,
                                   FollowUpKind.THANK_YOU))
                if kind == FollowUpKind.THANK_YOU:
                    # as the rules make it: owed for a meeting of the last few days, due
                    # that day or the next (so some are overdue), and pointing at it
                    interaction_id += 1
                    days_ago = rng.choice(THANK_YOU_DAYS_AGO)
                    met = (now - dt.timedelta(hours=rng.randrange(1, 3)) if not days_ago
                           else dt.datetime.combine(today - dt.timedelta(days=days_ago),
                                                    dt.time(rng.randrange(8, 20))))
                    i_rows.append((interaction_id, _fmt(met), rng.choice(THANK_YOU_CHANNELS).value,
                                   Direction.MUTUAL.value, rng.choice(words.GOALS),
                                   rng.choice(words.SUMMARIES), rng.choice(words.LEARNED),
                                   None, _fmt(met), _fmt(met)))
                    p_rows.append((interaction_id, cid))
                    f_rows.append((cid, thank_you_due(met.date()).isoformat(), kind.value, "",
                                   "open", None, interaction_id, _fmt(met)))
                else:
                    due = today + dt.timedelta(days=rng.randrange(-10, 21))
                    f_rows.append((cid, due.isoformat(), kind.value,
                                   rng.choice(words.FOLLOW_UP_REASONS), "open", None, None,
                                   _fmt(now)))
            if introducer is not None:
                intro_rows.append((cid, introducer, None, "received", met_on,
                                   int(rng.random() < .7),
                                   rng.choice(list(IntroductionOutcome)).value, "", _fmt(now)))
        follow_ups += len(f_rows)
        with store.atomic():
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
                            " attempt, origin_interaction_id, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", f_rows)
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
                             rng.choice(list(RequestDecision)).value, _fmt(now)))
        con.executemany("INSERT INTO connection_request (name, network, message,"
                        " mutual_connections, has_photo, profile_filled, received_on,"
                        " decision, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", requests)
    follow_ups += _recent_follow_up_stories(store, rng, contacts, now)
    return DemoReport(contacts=contacts, interactions=interaction_id, events=n_events,
                      follow_ups=follow_ups)


OUTREACH = (
    "Hi {first}, loved your talk on payments. Could I ask you two questions about your "
    "team's PM interviews?",
    "Hello {first}! Would you have 20 minutes for a coffee next week? I'm exploring "
    "climate tech roles.",
    "Hi {first}, I'm moving into data engineering and your path from analyst looks a lot "
    "like mine. Any advice on where to start?",
)


def _recent_follow_up_stories(store: Store, rng: random.Random, contacts: int,
                              now: dt.datetime) -> int:
    """Recent outreach chains, meetings owing a thank-you and a declined introduction.

    These go through the journal's own operations, so the demo shows every kind of
    follow-up exactly as the rules make them. Returns how many open follow-ups it added.
    """
    from netjournal.storage import journal  # the rules above the repositories

    if contacts < 20:
        return 0
    utc_now = now.replace(tzinfo=dt.UTC)
    before = len(store.followups.open())
    picks = rng.sample(range(1, contacts + 1), 12)
    # outreach with no reply yet: tries 1, 2 and 3 of their chains
    for k, cid in enumerate(picks[:6]):
        first = _given_name(store.contacts.get(cid).name)
        sent = utc_now - dt.timedelta(days=3 + 5 * k)
        logged = journal.log_outreach(store, cid, rng.choice(OUTREACH).format(first=first),
                                      when=sent, tz=dt.UTC)
        attempt = logged.follow_ups[0] if logged.follow_ups else None
        for step in range(k // 2):  # older chains already had follow-ups sent
            if attempt is None:
                break
            assert attempt.id is not None  # a saved follow-up
            attempt = journal.mark_done(store, attempt.id, tz=dt.UTC,
                                        when=sent + dt.timedelta(days=7 * (step + 1))
                                        ).next_follow_up
    # last night's meetup: thank-yous owed, one with an agreed next step
    meetup = store.events.save(Event(name="JakartaJS Meetup", place="GoWork Plaza Indonesia",
                                     starts_on=now.date() - dt.timedelta(days=1)))
    for k, cid in enumerate(picks[6:10]):
        journal.log_meeting(store, [cid], when=utc_now - dt.timedelta(days=1, hours=k % 3),
                            summary="Talked after the meetup about their new team.",
                            event_id=meetup.id,
                            next_step="Send the hiring playbook" if k == 0 else "", tz=dt.UTC)
    # an introduction that was declined: go back to the introducer
    introducer, person = picks[10], picks[11]
    intro = store.introductions.save(Introduction(
        person_id=person, introducer_id=introducer, made_on=now.date() - dt.timedelta(days=9),
        asked_first=True))
    assert intro.id is not None  # a saved introduction
    journal.record_introduction_outcome(store, intro.id, IntroductionOutcome.DECLINED,
                                        when=utc_now - dt.timedelta(days=1), tz=dt.UTC)
    return len(store.followups.open()) - before
