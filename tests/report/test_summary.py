"""The one-page summary: the facts a meeting needs, on exactly one page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

from netjournal.domain.values import Interaction
from netjournal.report.html import LEVELS
from tests.report.helpers import NOW, flat, make_budi, pdf_pages, pdf_text


def test_the_page_shows_what_a_meeting_needs(store, budi, render):
    path, pages = render(budi)
    assert pdf_pages(path) == 1
    text = flat(pdf_text(path))
    expected = [
        # who they are
        "Budi Santoso", "Senior Product Manager · Tokopedia", "#fintech", "#jakarta",
        "budi.santoso@tokopedia.com", "+62 812-3456-789",
        # tie strength and last contact
        "Regular tie, in touch every 60 days", "last contact 3 Mar 2026 (9 days ago)",
        # how we met and who introduced us
        "Talked at the booth after his talk on payments",
        "At JakartaJS Meetup (20 Nov 2025, GoWork, Jakarta)", "Introduced by Sari Wijaya",
        "Introduced me to Rina Hartono",
        # what they care about
        "Dogs (two corgis)", "Married to Ayu", "Vegetarian. Prefers WhatsApp",
        # recent conversations: date, channel, one line, goal
        "3 Mar 2026", "In person", "Coffee at Kopi Kenangan: his move to payments",
        "Goal: Ask for feedback on my portfolio", "Video",
        "Video call about the fintech role",
        # follow-ups and the next step
        "Next step", "Send him the revised case study", "due 14 Mar 2026",
        "Thank him for the intro to Rina", "2 days overdue",
        # what I can offer, given and received, the balance, open asks
        "Intro to Dewi at East Ventures", "My notes on offline-first sync · Offered",
        "Bromo race tips · Given", "I received Referral: Referred me for the PM role",
        "I gave Information: Article on",
        "As many favours given as received (1 favour given, 1 received, 1 open ask).",
        "OPEN ASKS", "I asked them for", "Advice: Feedback on my portfolio",
        # notes, and the printed date in the footer
        "Thinking about leaving Tokopedia", "Printed 12 Mar 2026, 09:30",
    ]
    missing = [fact for fact in expected if fact not in text]
    assert not missing, f"missing from the page: {missing}\n\n{text}"
    assert pages[0].left_out == []
    assert pages[0].budget == LEVELS[0]


def test_a_thousand_interactions_still_fit_on_one_page(store, render):
    budi = make_budi(store, interactions=1000)
    card = store.contacts.get(budi)
    store.contacts.save(dataclasses.replace(
        card, notes="\n".join(f"Paragraph {k}: he talked about product discovery, hiring "
                              "and the Bandung move at some length." for k in range(120))))
    path, pages = render(budi)
    assert pdf_pages(path) == 1
    page = pages[0]
    assert page.document.pageCount() == 1
    assert page.document.size().height() <= page.document.pageSize().height()
    text = flat(pdf_text(path))
    hidden = next(x for x in page.left_out if "earlier interactions" in x)
    shown = 1000 - int(hidden.split()[1])
    assert 1 <= shown <= LEVELS[0].interactions
    assert f"and {1000 - shown} earlier interactions not shown" in text
    assert "(shortened to fit the page)" in text  # the notes say they were cut
    assert "Paragraph 0: he talked" in text
    assert "Paragraph 119" not in text
    assert "Printed 12 Mar 2026" in text  # the footer is still there
    assert page.budget != LEVELS[-1]  # trimmed, not gutted


def test_a_short_card_leaves_nothing_out(store, render):
    cid = store.contacts.create("Wayan").id
    path, pages = render(cid)
    assert pdf_pages(path) == 1
    text = flat(pdf_text(path))
    assert "Wayan" in text
    assert "no conversation recorded yet" in text
    assert "Nothing recorded yet beyond the card." in text
    assert "No favours exchanged yet" in text
    assert pages[0].left_out == []


def test_dormant_ties_and_dates_in_words(store, render):
    cid = store.contacts.create("Rudi Hartono").id
    store.interactions.save(Interaction(occurred_at=NOW - dt.timedelta(days=200),
                                        participant_ids=(cid,), summary="Old coffee"))
    path, _ = render(cid)
    text = flat(pdf_text(path))
    assert "Dormant tie, 110 days past the 90-day rhythm" in text
    assert "(6 months ago)" in text


def test_several_contacts_give_one_page_each(store, render):
    ids = [store.contacts.create(name).id for name in ("Ayu Lestari", "Dewi", "Joko Widodo")]
    path, pages = render(*ids)
    assert pdf_pages(path) == 3 == len(pages)
    for number, name in enumerate(("Ayu Lestari", "Dewi", "Joko Widodo"), start=1):
        assert name in pdf_text(path, page=number)
    assert "Dewi" not in pdf_text(path, page=1)


def test_budgets_only_shrink():
    for bigger, smaller in itertools.pairwise(LEVELS):
        for field in dataclasses.fields(bigger):
            assert getattr(smaller, field.name) <= getattr(bigger, field.name), field.name
        assert smaller != bigger


def test_how_we_met_does_not_name_the_event_twice(store, budi, render):
    card = store.contacts.get(budi)
    store.contacts.save(dataclasses.replace(card, how_met="Met at JakartaJS Meetup"))
    path, _ = render(budi)
    text = flat(pdf_text(path))
    assert "Met at JakartaJS Meetup" in text and "20 Nov 2025, GoWork, Jakarta" in text
    assert "At JakartaJS Meetup" not in text


def test_ten_short_conversations_all_fit(store, render):
    budi = make_budi(store, interactions=10)
    path, pages = render(budi)
    assert pdf_pages(path) == 1
    text = flat(pdf_text(path))
    assert "earlier interaction" not in text
    assert pages[0].budget == LEVELS[0]
