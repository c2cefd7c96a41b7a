"""Network health counted in SQL on a real journal, against the domain rules row by row."""

import collections
import datetime as dt
import random
import zoneinfo

import pytest

from netjournal.demo.generator import generate
from netjournal.domain import health as rules
from netjournal.domain.health import FollowUpOutcome, TieChange
from netjournal.domain.ties import Cadences, cadence_days
from netjournal.domain.values import (
    Channel,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Interaction,
    TieStrength,
    day_only,
)
from netjournal.storage import health
from netjournal.storage.convert import from_db
from netjournal.storage.dialect import placeholders

UTC = dt.UTC
JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")  # UTC+7
TODAY = dt.date(2026, 12, 5)  # a Saturday
NOW = dt.datetime(2026, 12, 5, 5, tzinfo=UTC)


def store_sql(store, sql, params):
    return placeholders(store.db, sql, params)


def _log(store, who, when, channel=Channel.MESSAGE):
    return store.interactions.save(Interaction(occurred_at=when, participant_ids=(who,),
                                               channel=channel))


def test_touches_by_kind_in_local_weeks(store):
    weeks = rules.weeks_until(TODAY, JAKARTA, 3)  # Nov 16, Nov 23, Nov 30
    c = store.contacts.create("Sari Wulandari").id
    _log(store, c, dt.datetime(2026, 11, 29, 16, 59, tzinfo=UTC), Channel.CALL)  # Sun 23:59
    _log(store, c, dt.datetime(2026, 11, 29, 17, 0, tzinfo=UTC), Channel.IN_PERSON)  # Mon 0:00
    _log(store, c, dt.datetime(2026, 11, 20, 3, tzinfo=UTC), Channel.EVENT)
    _log(store, c, dt.datetime(2026, 12, 1, 3, tzinfo=UTC), Channel.SOCIAL)
    _log(store, c, day_only(dt.date(2026, 11, 29)), Channel.VIDEO)  # a Sunday, all day
    _log(store, c, day_only(dt.date(2026, 11, 30)), Channel.EMAIL)  # a Monday, all day
    _log(store, c, dt.datetime(2026, 11, 15, 16, 59, tzinfo=UTC))  # before the first week
    gone = _log(store, c, dt.datetime(2026, 12, 2, 3, tzinfo=UTC))
    store.interactions.delete(gone.id)  # in the bin: not counted
    rows = health.weekly_health(store, weeks, today=TODAY, tz=JAKARTA, now=NOW)
    assert [r.week_start for r in rows] == [w.start for w in weeks]
    assert [(r.face_to_face, r.voice_video, r.written) for r in rows] == [
        (1, 0, 0), (0, 2, 0), (1, 0, 2)]


def test_sql_weeks_match_the_domain_for_every_interaction(store):
    generate(store, 40, seed=3, today=TODAY, tz=JAKARTA)
    c = store.contacts.create("Budi Santoso").id
    for k in range(30):  # day-only meetings on every weekday, Sundays and Mondays included
        _log(store, c, day_only(TODAY - dt.timedelta(days=3 * k)), Channel.IN_PERSON)
    for zone in ("Asia/Jakarta", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kathmandu"):
        tz = zoneinfo.ZoneInfo(zone)
        weeks = rules.weeks_until(TODAY, tz)
        touches = health.touches(store, weeks)
        moments = [from_db(r[0]) for r in store.db.execute_sql(
            "SELECT occurred_at FROM interaction WHERE deleted_at IS NULL").fetchall()]
        by_week = [sum(n for (k, _), n in touches.items() if k == i) for i in range(len(weeks))]
        assert by_week == rules.count_by_week(moments, weeks), zone
        assert sum(by_week) > 100


def test_favours_by_their_day(store):
    weeks = rules.weeks_until(TODAY, JAKARTA, 2)
    c = store.contacts.create("Dewi Lestari").id
    gone = store.contacts.create("Agus Pangaribuan").id
    for direction, day, status, who in [
            (ExchangeDirection.GIVEN, dt.date(2026, 11, 23), ExchangeStatus.DONE, c),
            (ExchangeDirection.GIVEN, dt.date(2026, 11, 29), ExchangeStatus.DONE, c),
            (ExchangeDirection.RECEIVED, dt.date(2026, 11, 30), ExchangeStatus.DONE, c),
            (ExchangeDirection.RECEIVED, dt.date(2026, 12, 1), ExchangeStatus.ASKED, c),
            (ExchangeDirection.GIVEN, dt.date(2026, 11, 22), ExchangeStatus.DONE, c),
            (ExchangeDirection.GIVEN, dt.date(2026, 12, 1), ExchangeStatus.DONE, gone)]:
        store.exchanges.save(Exchange(contact_id=who, direction=direction,
                                      kind=ExchangeKind.ADVICE, occurred_on=day, status=status))
    undated = store.exchanges.save(Exchange(contact_id=c, direction=ExchangeDirection.RECEIVED,
                                            kind=ExchangeKind.HELP))  # counts when noted
    store.db.execute_sql("UPDATE exchange SET created_at = '2026-12-02 01:00:00'"
                         " WHERE id = ?", (undated.id,))
    store.contacts.delete(gone)
    rows = health.weekly_health(store, weeks, today=TODAY, tz=JAKARTA, now=NOW)
    assert [(r.given, r.received) for r in rows] == [(2, 0), (0, 2)]


def test_follow_ups_done_late_and_let_go(store):
    weeks = rules.weeks_until(TODAY, JAKARTA, 2)  # Nov 23 and Nov 30
    c = store.contacts.create("Rina Siregar").id

    def follow_up(due, status=FollowUpStatus.OPEN, closed=None):
        return store.followups.save(FollowUp(contact_id=c, due_on=due, status=status,
                                             kind=FollowUpKind.MANUAL, closed_at=closed))

    # done on its day (Jakarta's Nov 24 ends at 17:00 UTC): on time
    follow_up(dt.date(2026, 11, 24), FollowUpStatus.DONE,
              dt.datetime(2026, 11, 24, 16, 59, tzinfo=UTC))
    # done the next local day: late in the week it was due, done in the week it was closed
    follow_up(dt.date(2026, 11, 29), FollowUpStatus.DONE,
              dt.datetime(2026, 11, 29, 17, 0, tzinfo=UTC))
    follow_up(dt.date(2026, 12, 1))  # still open past its day: late
    follow_up(dt.date(2026, 12, 5))  # due today: not late yet
    follow_up(dt.date(2026, 11, 25), FollowUpStatus.LET_GO,
              dt.datetime(2026, 12, 2, 3, tzinfo=UTC))
    rows = health.weekly_health(store, weeks, today=TODAY, tz=JAKARTA, now=NOW)
    assert [(r.follow_ups_done, r.follow_ups_late, r.follow_ups_let_go) for r in rows] == [
        (1, 1, 0), (1, 1, 1)]
    raw = health.follow_up_outcomes(store, weeks, TODAY, JAKARTA)
    assert raw == {(0, FollowUpOutcome.DONE): 1, (1, FollowUpOutcome.DONE): 1,
                   (0, FollowUpOutcome.LATE): 1, (1, FollowUpOutcome.LATE): 1,
                   (1, FollowUpOutcome.LET_GO): 1}


def _ties_by_the_rule(store, weeks, now, cadences):
    """The ties of ``weeks`` by the domain rule, each live contact read in Python."""
    rows = store.db.execute_sql("SELECT id, created_at, tie_strength, cadence_days FROM"
                                " contact WHERE deleted_at IS NULL").fetchall()
    seen = collections.defaultdict(list)
    for cid, at in store.db.execute_sql(
            "SELECT p.contact_id, i.occurred_at FROM participant p JOIN interaction i"
            " ON i.id = p.interaction_id WHERE i.deleted_at IS NULL").fetchall():
        seen[cid].append(from_db(at))
    want = collections.Counter()
    for cid, added, tie, own in rows:
        cadence = cadence_days(TieStrength(tie), own, cadences)
        for moment, change in rules.tie_changes(seen[cid], from_db(added), cadence, now):
            k = rules.week_index(moment, weeks)
            if k is not None:
                want[k, change] += 1
    return dict(want)


@pytest.mark.parametrize("zone", ["Asia/Jakarta", "America/New_York"])
def test_ties_in_sql_match_the_domain_rule(store, zone):
    tz = zoneinfo.ZoneInfo(zone)
    generate(store, 60, seed=5, today=TODAY, tz=tz)
    c = store.contacts.create("Wulan Hakim", tie_strength=TieStrength.CLOSE).id
    _log(store, c, day_only(dt.date(2026, 6, 1)))  # a day-only touch that goes dormant
    _log(store, c, day_only(dt.date(2026, 8, 3)))
    store.contacts.delete(3)  # in the bin: not counted
    cadences = Cadences(close=21, regular=45, weak=100)
    weeks = rules.weeks_until(TODAY, tz)
    got = health.ties(store, weeks, NOW, cadences)
    assert got == _ties_by_the_rule(store, weeks, NOW, cadences)
    assert sum(n for (_, ch), n in got.items() if ch == TieChange.RECONNECTED) > 20
    assert sum(n for (_, ch), n in got.items() if ch == TieChange.GONE_DORMANT) > 20


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kathmandu"])
def test_ties_with_whole_days_own_cadences_and_no_touch_match_the_rule(store, engine, zone):
    tz = zoneinfo.ZoneInfo(zone)
    rng = random.Random(zone)
    people = []
    for k in range(40):
        own = rng.choice((None, None, 7, 14, 45, 200))
        tie = rng.choice((TieStrength.CLOSE, TieStrength.REGULAR, TieStrength.WEAK))
        people.append(store.contacts.create(f"Kontak {k}", cadence_days=own, tie_strength=tie).id)
    for cid in people[:30]:
        for _ in range(rng.randrange(1, 12)):
            day = TODAY - dt.timedelta(days=rng.randrange(-10, 500))
            when = (day_only(day) if rng.random() < .4 else
                    dt.datetime.combine(day, dt.time(rng.randrange(24), rng.choice((0, 59))),
                                        tzinfo=UTC))
            _log(store, cid, when)
    for k, cid in enumerate(people):  # added at many times, a few in the bin
        added = NOW - dt.timedelta(days=rng.randrange(0, 700), hours=rng.randrange(24))
        store.db.execute_sql(*store_sql(store, "UPDATE contact SET created_at = ? WHERE id = ?",
                                        (added.strftime("%Y-%m-%d %H:%M:%S"), cid)))
        if k % 13 == 5:
            store.contacts.delete(cid)
    cadences = Cadences(close=10, regular=30, weak=60)
    for now in (NOW, NOW.replace(hour=13), NOW.replace(hour=23, minute=59)):
        weeks = rules.weeks_until(now.astimezone(tz).date(), tz)
        got = health.ties(store, weeks, now, cadences)
        assert got == _ties_by_the_rule(store, weeks, now, cadences), now
        assert len(got) > 30


def test_the_interactions_of_one_week(store):
    weeks = rules.weeks_until(TODAY, JAKARTA, 2)
    c = store.contacts.create("Sari Wulandari").id
    inside = [_log(store, c, dt.datetime(2026, 11, 29, 17, 0, tzinfo=UTC)).id,
              _log(store, c, day_only(dt.date(2026, 12, 6))).id]
    _log(store, c, day_only(dt.date(2026, 11, 29)))
    _log(store, c, dt.datetime(2026, 12, 6, 17, 0, tzinfo=UTC))
    assert health.interaction_ids(store, weeks[1]) == inside


def test_an_empty_journal_has_weeks_of_zeros(store):
    rows = health.last_weeks(store, today=TODAY, tz=JAKARTA, now=NOW)
    assert len(rows) == rules.WEEKS and rows[-1].week_start == dt.date(2026, 11, 30)
    assert all(r.touches == 0 and r.gone_dormant == 0 for r in rows)


def test_an_own_cadence_longer_than_the_defaults_reaches_further_back(store):
    weeks = rules.weeks_until(TODAY, JAKARTA)
    c = store.contacts.create("Agus Pangaribuan", cadence_days=200).id
    store.db.execute_sql("UPDATE contact SET created_at = '2024-01-01 00:00:00'")
    first = weeks[0].starts_at - dt.timedelta(days=120)  # before the defaults' reach
    _log(store, c, first)
    second = first + dt.timedelta(days=140)  # within 200 days: not a reconnection
    _log(store, c, second)
    dormant = rules.week_index(second + dt.timedelta(days=200), weeks)
    assert health.ties(store, weeks, NOW, Cadences()) == {(dormant, TieChange.GONE_DORMANT): 1}
