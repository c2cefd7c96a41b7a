"""Helpers for the summary tests: a realistic card with its whole history, PDF readers."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from netjournal.domain.values import (
    Channel,
    Contact,
    Detail,
    DetailKind,
    Direction,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    FollowUp,
    FollowUpKind,
    Interaction,
    Introduction,
    Offer,
    OfferStatus,
    TieStrength,
)
from netjournal.storage.store import Store

NOW = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)


def at(days_ago: int, hour: int = 10) -> dt.datetime:
    return (NOW - dt.timedelta(days=days_ago)).replace(hour=hour, minute=0)


def pdftotext(path: Path, page: int | None = None) -> str:
    """The text of a PDF (or of one page) as poppler reads it, in reading order."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines()
                    if line.startswith("Pages:")))


def flat(text: str) -> str:
    """pdftotext's output with every run of white space made one space."""
    return " ".join(text.split())


def make_budi(store: Store, *, interactions: int = 6, photo: bytes | None = None) -> int:
    """Budi Santoso with a full card: details, history, offers, favours, follow-ups."""
    event = store.events.save(store.events.find_or_create(
        "JakartaJS Meetup", dt.date(2025, 11, 20), place="GoWork, Jakarta"))
    sari = store.contacts.create("Sari Wijaya", company="Gojek")
    rina = store.contacts.create("Rina Hartono", company="Bukalapak")
    budi = store.contacts.save(Contact(
        name="Budi Santoso", company="Tokopedia", title="Senior Product Manager",
        photo=photo, how_met="Talked at the booth after his talk on payments; he asked "
                             "about our offline-first sync.",
        met_on=dt.date(2025, 11, 20), met_at_event_id=event.id, introduced_by_id=sari.id,
        tie_strength=TieStrength.REGULAR, interests="Dogs (two corgis), single-origin kopi, "
        "trail running, payments infrastructure", family="Married to Ayu; daughter Nadia "
        "starts primary school this year", remember="Vegetarian. Prefers WhatsApp to "
        "email. Moving to Bandung in June.",
        notes="Thinking about leaving Tokopedia for a fintech startup within a year. "
              "Strong opinions on product discovery; recommends 'Continuous Discovery "
              "Habits'.\nAsked me to keep him posted on the Yogyakarta meetup.",
        details=(Detail(DetailKind.EMAIL, "budi.santoso@tokopedia.com", "work"),
                 Detail(DetailKind.PHONE, "+62 812-3456-789", "mobile"),
                 Detail(DetailKind.LINK, "https://www.linkedin.com/in/budisantoso",
                        "LinkedIn")),
        tags=("fintech", "product", "jakarta")))
    assert budi.id is not None
    topics = [
        ("Coffee at Kopi Kenangan: his move to payments, my job search.",
         "Ask for feedback on my portfolio", "Hiring two PMs in Q2"),
        ("Sent the article on offline-first sync he asked for.", "", ""),
        ("Video call about the fintech role; he offered to refer me.",
         "Learn how their PM interviews work", "Interviews are case-study heavy"),
        ("Thanked him for the referral; shared my case-study draft.", "Say thank you", ""),
        ("Lunch near Senayan; talked corgis and trail races.", "Keep in touch",
         "Running the Bromo marathon in May"),
    ]
    channels = [Channel.IN_PERSON, Channel.EMAIL, Channel.VIDEO, Channel.MESSAGE,
                Channel.IN_PERSON]
    with store.atomic():
        for k in range(interactions):
            summary, goal, learned = topics[k % len(topics)]
            store.interactions.save(Interaction(
                occurred_at=at(9 + 4 * k), participant_ids=(budi.id,),
                channel=channels[k % len(channels)], direction=Direction.MUTUAL,
                summary=summary if k < len(topics) else f"Check-in #{k}: {summary}",
                goal=goal, learned=learned,
                event_id=event.id if k == interactions - 1 else None))
    store.followups.save(FollowUp(contact_id=budi.id, due_on=dt.date(2026, 3, 14),
                                  kind=FollowUpKind.NEXT_STEP,
                                  reason="Send him the revised case study"))
    store.followups.save(FollowUp(contact_id=budi.id, due_on=dt.date(2026, 3, 10),
                                  kind=FollowUpKind.THANK_YOU,
                                  reason="Thank him for the intro to Rina"))
    store.offers.save(Offer(contact_id=budi.id, text="Intro to Dewi at East Ventures "
                                                     "(he is curious about VC)"))
    store.offers.save(Offer(contact_id=budi.id, text="My notes on offline-first sync",
                            status=OfferStatus.OFFERED))
    store.offers.save(Offer(contact_id=budi.id, text="Bromo race tips",
                            status=OfferStatus.GIVEN))
    store.exchanges.save(Exchange(contact_id=budi.id, direction=ExchangeDirection.RECEIVED,
                                  kind=ExchangeKind.REFERRAL,
                                  description="Referred me for the PM role",
                                  occurred_on=dt.date(2026, 2, 20)))
    store.exchanges.save(Exchange(contact_id=budi.id, direction=ExchangeDirection.GIVEN,
                                  kind=ExchangeKind.INFORMATION,
                                  description="Article on offline-first sync",
                                  occurred_on=dt.date(2026, 2, 27)))
    store.exchanges.save(Exchange(contact_id=budi.id, direction=ExchangeDirection.RECEIVED,
                                  kind=ExchangeKind.ADVICE, status=ExchangeStatus.ASKED,
                                  description="Feedback on my portfolio"))
    store.introductions.save(Introduction(person_id=budi.id, introducer_id=sari.id,
                                          made_on=dt.date(2025, 11, 18)))
    store.introductions.save(Introduction(person_id=rina.id, introducer_id=budi.id,
                                          made_on=dt.date(2026, 3, 1)))
    return budi.id
