"""A small journal with one of everything the Today view shows, on a fixed clock."""

import datetime as dt

import pytest

from netjournal.domain.values import Interaction, TieStrength
from netjournal.storage import journal
from netjournal.ui.events import JournalEvents

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
DAY = dt.timedelta(days=1)


@pytest.fixture
def events():
    return JournalEvents()


@pytest.fixture
def people(store):
    """Budi: outreach try 1 due today; Sari: a reminder 3 days late; Dewi: a next step in
    three days; Eko: a thank-you owed after yesterday's meetup; Wulan: a dormant close tie."""
    ids = {name: store.contacts.create(name, **fields).id for name, fields in (
        ("Budi Santoso", {}), ("Sari Wijaya", {}), ("Dewi Lestari", {}), ("Eko Prasetyo", {}),
        ("Wulan Sari", {"tie_strength": TieStrength.CLOSE, "interests": "trail running",
                        "tags": ("fintech",)}))}
    journal.log_outreach(store, ids["Budi Santoso"], "Hi Budi, loved your talk!",
                         when=NOW - 7 * DAY, tz=UTC)
    journal.add_follow_up(store, ids["Sari Wijaya"], TODAY - 3 * DAY, "Send the article")
    journal.add_follow_up(store, ids["Dewi Lestari"], TODAY + 3 * DAY, "Confirm the workshop")
    event = store.events.find_or_create("JakartaJS Meetup", TODAY - DAY)
    journal.log_meeting(store, [ids["Eko Prasetyo"]], when=NOW - DAY, event_id=event.id,
                        tz=UTC)
    store.interactions.save(Interaction(occurred_at=NOW - 60 * DAY,
                                        participant_ids=(ids["Wulan Sari"],)))
    return ids
