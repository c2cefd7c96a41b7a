"""Open follow-ups as calendar items: one all-day event each, parsed back with icalendar."""

import datetime as dt
import os
import stat

import icalendar
import pytest

from netjournal.domain.values import Channel
from netjournal.interop.ics import write_ics
from netjournal.storage import journal

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

UTC = dt.UTC
TODAY = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 9, tzinfo=UTC)
DAY = dt.timedelta(days=1)


def events_of(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert cal["VERSION"] == "2.0" and "NetJournal" in str(cal["PRODID"])
    return cal.walk("VEVENT")


def test_one_event_per_open_follow_up(store, tmp_path):
    budi = store.contacts.create("Budi Santoso, Jr.; \"the PM\"").id
    sari = store.contacts.create("Sari Wijaya").id
    chain = journal.log_outreach(store, budi, "Hi Budi,\nloved your talk; coffee?",
                                 when=NOW - 9 * DAY, channel=Channel.EMAIL, tz=UTC)
    journal.add_follow_up(store, sari, TODAY + 3 * DAY, "Send the article")
    gone = journal.add_follow_up(store, sari, TODAY + 4 * DAY, "Not this one")
    journal.let_go(store, gone.id)
    path = tmp_path / "followups.ics"
    assert write_ics(store, path, TODAY) == 2
    events = events_of(path)
    assert len(events) == len(store.followups.open()) == 2
    by_summary = {str(e["SUMMARY"]): e for e in events}
    outreach = by_summary['Budi Santoso, Jr.; "the PM": no reply yet: follow up (try 1 of 3), '
                          'quoting your first message']
    # overdue (due 8 March) is placed on today; the description says when it was due
    assert outreach.decoded("DTSTART") == TODAY
    assert outreach.decoded("DTEND") == TODAY + DAY
    description = str(outreach["DESCRIPTION"])
    assert "was due 2026-03-08" in description
    assert 'Your first message: "Hi Budi,\nloved your talk; coffee?"' in description
    reminder = by_summary["Sari Wijaya: Send the article"]
    assert reminder.decoded("DTSTART") == TODAY + 3 * DAY
    assert isinstance(reminder.decoded("DTSTART"), dt.date)
    assert not isinstance(reminder.decoded("DTSTART"), dt.datetime)  # all day
    assert str(reminder["TRANSP"]) == "TRANSPARENT"
    assert chain.follow_ups[0].id is not None
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_uids_are_unique_and_stable(store, tmp_path):
    cid = store.contacts.create("Dewi").id
    for k in range(5):
        journal.add_follow_up(store, cid, TODAY + k * DAY, f"Thing {k}")
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_ics(store, first, TODAY)
    write_ics(store, second, TODAY + DAY)
    uids = [str(e["UID"]) for e in events_of(first)]
    assert len(set(uids)) == 5 and all(u.endswith("@netjournal.invalid") for u in uids)
    assert uids == [str(e["UID"]) for e in events_of(second)]


def test_an_empty_journal_writes_an_empty_calendar(store, tmp_path):
    path = tmp_path / "empty.ics"
    assert write_ics(store, path, TODAY) == 0
    assert events_of(path) == []
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
