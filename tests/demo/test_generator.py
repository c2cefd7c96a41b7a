"""Demo data follows the follow-up rules (a thank-you is owed for a recent meeting only, a
next step comes from a meeting) and reads like a real journal: daytime hours in the user's
zone, favours that make sense, no history before we met."""

import datetime as dt

import pytest

from netjournal import demo
from netjournal.demo import words as demo_data
from netjournal.domain.followups import local_date, next_step_due, thank_you_due
from netjournal.domain.values import (
    Channel,
    Direction,
    ExchangeDirection,
    ExchangeStatus,
    FollowUpKind,
)
from netjournal.storage import journal, transfer
from netjournal.storage.store import Store
from tests.storage.rowwise import derived, write_through_triggers

TODAY = dt.date(2026, 3, 10)
RECENT = dt.timedelta(days=3)  # "the last few days"
JAKARTA = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def jakarta_demo(tmp_path_factory):
    """A journal generated for someone in Jakarta (UTC+7)."""
    with Store(tmp_path_factory.mktemp("demo") / "j.sqlite3") as store:
        demo.generate(store, 600, seed=5, today=TODAY, tz=JAKARTA)
        yield store


def _rows(store: Store) -> list[tuple]:
    return list(store.db.execute_sql(
        "SELECT contact_id, due_on, kind, reason, status, origin_interaction_id"
        " FROM follow_up ORDER BY id").fetchall())


def test_demo_thank_yous_belong_to_a_recent_meeting(store):
    demo.generate(store, 600, seed=7, today=TODAY, tz=dt.UTC)
    thanks = [f for f in store.followups.open() if f.kind == FollowUpKind.THANK_YOU]
    assert len(thanks) >= 10  # the bulk ones and last night's meetup
    for f in thanks:
        assert f.origin_interaction_id is not None, f
        meeting = store.interactions.get(f.origin_interaction_id)
        assert meeting.channel in journal.MEETING_CHANNELS, f
        assert f.contact_id in meeting.participant_ids, f
        met_on = local_date(meeting.occurred_at, dt.UTC)
        assert TODAY - RECENT <= met_on <= TODAY, f
        assert met_on <= f.due_on <= thank_you_due(met_on), f
    # so the Today view's "thank-yous still owed" holds nothing due later than tomorrow
    owed = journal.today_list(store, TODAY, tz=dt.UTC).thank_yous
    assert {i.follow_up_id for i in owed} == {f.id for f in thanks}
    assert max(i.due_on for i in owed) <= TODAY + dt.timedelta(days=1)
    assert any(i.due_on < TODAY for i in owed)  # some are overdue, as in real life


def test_demo_stays_deterministic_with_its_meetings(tmp_path):
    made = []
    for name in ("a", "b"):
        with Store(tmp_path / f"{name}.sqlite3") as store:
            demo.generate(store, 300, seed=11, today=TODAY, tz=JAKARTA)
            made.append((_rows(store), store.db.execute_sql(
                "SELECT id, occurred_at, channel, direction FROM interaction ORDER BY id"
            ).fetchall()))
    assert made[0] == made[1]


def test_demo_next_steps_come_from_a_meeting(jakarta_demo):
    store = jakarta_demo
    steps = [f for f in store.followups.open() if f.kind == FollowUpKind.NEXT_STEP]
    assert len(steps) >= 10  # the bulk ones and last night's meetup
    for f in steps:
        assert f.reason, f
        assert f.origin_interaction_id is not None, f
        meeting = store.interactions.get(f.origin_interaction_id)
        assert meeting.channel in journal.MEETING_CHANNELS, f
        assert meeting.direction == Direction.MUTUAL, f
        assert f.contact_id in meeting.participant_ids, f
        met_on = local_date(meeting.occurred_at, JAKARTA)
        assert TODAY - dt.timedelta(days=10) <= met_on < TODAY, f  # a few days ago
        assert local_date(f.created_at, JAKARTA) == met_on, f  # agreed there
        assert met_on < f.due_on <= next_step_due(met_on), f  # within a week of it
    assert any(f.due_on < TODAY for f in steps)  # some are overdue, as in real life
    assert any(f.due_on >= TODAY for f in steps)
    # the meeting was the last time we sat down together (the thank-you message may follow)
    later = store.db.execute_sql(
        "SELECT count(*) FROM follow_up f JOIN participant p ON p.contact_id = f.contact_id"
        " JOIN interaction i ON i.id = p.interaction_id"
        " JOIN interaction m ON m.id = f.origin_interaction_id"
        " WHERE f.kind = 'next_step' AND f.status = 'open' AND i.occurred_at > m.occurred_at"
        " AND i.channel IN ('in_person', 'call', 'video', 'event')").fetchone()[0]
    assert later == 0


def test_demo_times_fall_in_the_users_day(jakarta_demo):
    store = jakarta_demo
    stamps = [r[0] for r in store.db.execute_sql(
        "SELECT occurred_at FROM interaction UNION ALL SELECT created_at FROM follow_up"
        " UNION ALL SELECT created_at FROM contact UNION ALL SELECT created_at FROM offer"
        " UNION ALL SELECT created_at FROM exchange")]
    hours = set()
    for stamp in stamps:
        local = dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.UTC).astimezone(JAKARTA)
        assert dt.time(7, 30) <= local.time() <= dt.time(20, 30), stamp
        hours.add(local.hour)
    assert len(hours) >= 10  # spread over the day, not all at one hour
    # coffees in the morning, meetups in the evening
    rows = store.db.execute_sql(
        "SELECT i.occurred_at, i.summary, e.name FROM interaction i"
        " LEFT JOIN event e ON e.id = i.event_id").fetchall()
    for stamp, summary, event in rows:
        hour = dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.UTC).astimezone(JAKARTA).hour
        if summary.startswith(("Coffee at Kopi", "Breakfast", "Morning")):
            assert hour < 11, (stamp, summary)
        if summary.startswith("Lunch"):
            assert 12 <= hour < 14, (stamp, summary)
        if event and "Meetup" in event:
            assert hour >= 18, (stamp, event)


def test_demo_favours_and_texts_are_coherent(jakarta_demo):
    store = jakarta_demo
    given = {k: {t.split("{")[0] for kind, t in demo_data.GIVEN + demo_data.GIVEN_ASKED
                 if kind == k} for k, _ in demo_data.GIVEN + demo_data.RECEIVED}
    received = {k: {t.split("{")[0] for kind, t in demo_data.RECEIVED + demo_data.RECEIVED_ASKED
                    if kind == k} for k, _ in demo_data.GIVEN + demo_data.RECEIVED}
    rows = store.db.execute_sql(
        "SELECT direction, kind, description, status, occurred_on FROM exchange").fetchall()
    assert {r[0] for r in rows} == {"given", "received"}
    assert len({r[1] for r in rows}) == 5
    for direction, kind, text, status, day in rows:
        texts = given if direction == ExchangeDirection.GIVEN else received
        assert any(text.startswith(t) for t in texts[kind]), (direction, kind, text)
        words = set(text.lower().split())
        if direction == ExchangeDirection.GIVEN:  # a favour I did them
            assert not words & {"me", "my"}, text
        else:  # one they did me
            assert "them" not in words, text
        if status == ExchangeStatus.ASKED:  # an open ask is recent, not years old
            assert dt.date.fromisoformat(day) >= TODAY - dt.timedelta(days=30), day
    # emails and messages are sent by someone; meetings in person are mutual
    mixed = store.db.execute_sql(
        "SELECT count(*) FROM interaction WHERE (channel IN ('email', 'message', 'social')"
        " AND direction = 'mutual') OR (channel IN ('in_person', 'video', 'event')"
        " AND direction != 'mutual')").fetchone()[0]
    assert mixed == 0
    for channel, summary in store.db.execute_sql("SELECT channel, summary FROM interaction"):
        if summary.startswith(("Coffee", "Lunch", "Breakfast")):
            assert channel == Channel.IN_PERSON, summary
        if summary.startswith(("Quick call", "Phone")):
            assert channel == Channel.CALL, summary


def test_demo_history_starts_when_we_met(jakarta_demo):
    db = jakarta_demo.db
    # no one was talked to before we met them, or introduced by someone we did not know yet
    early = db.execute_sql(
        "SELECT c.id, c.met_on, min(i.occurred_at) FROM contact c"
        " JOIN participant p ON p.contact_id = c.id JOIN interaction i ON i.id = p.interaction_id"
        " GROUP BY c.id HAVING date(min(i.occurred_at), '+7 hours') < c.met_on").fetchall()
    assert early == []
    assert db.execute_sql(
        "SELECT count(*) FROM contact c JOIN contact i ON i.id = c.introduced_by_id"
        " WHERE i.met_on > c.met_on").fetchone()[0] == 0
    # an interaction at an event happened on the event's day
    assert db.execute_sql(
        "SELECT count(*) FROM interaction i JOIN event e ON e.id = i.event_id"
        " WHERE date(i.occurred_at, '+7 hours') != e.starts_on").fetchone()[0] == 0
    assert db.execute_sql("SELECT count(*) FROM interaction WHERE channel = 'event'"
                          " AND event_id IS NULL").fetchone()[0] == 0
    # people waiting for my outreach to be answered have not met me since I wrote
    assert db.execute_sql(
        "SELECT count(*) FROM follow_up f JOIN participant p ON p.contact_id = f.contact_id"
        " JOIN interaction i ON i.id = p.interaction_id"
        " JOIN interaction m ON m.id = f.origin_interaction_id"
        " WHERE f.kind = 'outreach' AND f.status = 'open'"
        " AND i.occurred_at > m.occurred_at AND i.direction != 'outbound'").fetchone()[0] == 0


def test_the_derived_data_is_what_writing_the_rows_through_the_triggers_gives(tmp_path):
    """The demo writes its rows in bulk with the triggers held, then builds the search
    documents, last-contact dates and tie gaps at once: exactly what the same rows give
    written one by one through the triggers, as the app writes."""
    with Store(tmp_path / "bulk.sqlite3") as bulk:
        demo.generate(bulk, 300, seed=7, today=TODAY, tz=JAKARTA)
        rows = transfer.dump(bulk)
        built = derived(bulk)
        assert bulk.check() == []
    with Store(tmp_path / "rowwise.sqlite3") as rowwise:
        write_through_triggers(rowwise, rows)
        written = derived(rowwise)
    assert written["gaps"] and written["fts"]["interaction_fts"]  # not vacuous
    assert any(last for _, last, _ in written["last"])
    assert built == written
