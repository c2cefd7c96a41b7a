"""Network health rules: weeks on the user's calendar, touches by kind, tie changes."""

import datetime as dt
import itertools
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain import health as h
from netjournal.domain.health import FollowUpOutcome, RawCounts, TieChange, TouchKind
from netjournal.domain.values import Channel, ExchangeDirection, day_only, is_day_only

UTC = dt.UTC
ZONES = ["UTC", "Asia/Jakarta", "Asia/Kathmandu", "America/New_York", "Europe/London",
         "Australia/Lord_Howe", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns"]
zones = st.sampled_from(ZONES).map(zoneinfo.ZoneInfo)
days = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2098, 12, 31))


@given(days)
def test_a_week_starts_on_the_monday_on_or_before_the_day(day):
    start = h.week_start(day)
    assert start.weekday() == 0
    assert 0 <= (day - start).days < 7


@given(days, zones, st.integers(min_value=1, max_value=60))
def test_weeks_are_consecutive_local_weeks_ending_with_todays(today, tz, count):
    weeks = h.weeks_until(today, tz, count)
    assert len(weeks) == count
    assert weeks[-1].start <= today < weeks[-1].end
    for week in weeks:
        assert week.start.weekday() == 0
        local = week.starts_at.astimezone(tz)
        assert (local.date(), local.time()) == (week.start, dt.time())
    for before, after in itertools.pairwise(weeks):
        assert before.ends_at == after.starts_at and before.end == after.start


moments = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 12, 31),
                       timezones=st.just(UTC))
day_onlys = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31)).map(day_only)


@given(st.lists(st.one_of(moments, day_onlys), max_size=60), zones,
       st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_weekly_counts_sum_to_the_interactions_in_range(items, tz, today):
    weeks = h.weeks_until(today, tz)
    counts = h.count_by_week(items, weeks)
    in_range = [m for m in items
                if (weeks[0].start <= m.date() < weeks[-1].end if is_day_only(m)
                    else weeks[0].starts_at <= m < weeks[-1].ends_at)]
    assert sum(counts) == len(in_range)
    for m in in_range:  # and each in the week of its local day (a day-only one: its day)
        day = m.date() if is_day_only(m) else m.astimezone(tz).date()
        assert weeks[h.week_index(m, weeks)].start == h.week_start(day)


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Jakarta"])
def test_a_day_only_meeting_counts_on_its_day_in_every_zone(zone):
    tz = zoneinfo.ZoneInfo(zone)
    weeks = h.weeks_until(dt.date(2026, 12, 5), tz, 3)
    sunday, monday = day_only(dt.date(2026, 11, 29)), day_only(dt.date(2026, 11, 30))
    assert h.week_index(sunday, weeks) == 1
    assert h.week_index(monday, weeks) == 2


def test_a_moment_counts_in_its_local_week():
    tz = zoneinfo.ZoneInfo("Asia/Jakarta")  # UTC+7
    weeks = h.weeks_until(dt.date(2026, 12, 5), tz, 2)
    # Sunday 23:30 in UTC is Monday 06:30 in Jakarta: the new week
    assert h.week_index(dt.datetime(2026, 11, 29, 23, 30, tzinfo=UTC), weeks) == 1
    assert h.week_index(dt.datetime(2026, 11, 29, 16, 59, tzinfo=UTC), weeks) == 0
    assert h.week_index(dt.datetime(2026, 11, 29, 17, 0, tzinfo=UTC), weeks) == 1
    assert h.week_index(dt.datetime(2026, 12, 6, 17, 0, tzinfo=UTC), weeks) is None


def test_channels_make_three_kinds_of_touch():
    assert set(h.TOUCH_KIND) == set(Channel)
    face = {c for c, k in h.TOUCH_KIND.items() if k == TouchKind.FACE_TO_FACE}
    voice = {c for c, k in h.TOUCH_KIND.items() if k == TouchKind.VOICE_VIDEO}
    assert face == {Channel.IN_PERSON, Channel.EVENT}
    assert voice == {Channel.CALL, Channel.VIDEO}


def test_weekly_rows_from_raw_counts():
    weeks = h.weeks_until(dt.date(2026, 12, 5), UTC, 2)
    raw = RawCounts(
        touches={(0, Channel.EVENT): 2, (0, Channel.IN_PERSON): 1, (1, Channel.SOCIAL): 4,
                 (1, Channel.VIDEO): 3, (5, Channel.CALL): 9},  # week 5 is not shown
        favours={(1, ExchangeDirection.GIVEN): 2, (1, ExchangeDirection.RECEIVED): 1},
        follow_ups={(0, FollowUpOutcome.DONE): 3, (1, FollowUpOutcome.LATE): 1,
                     (1, FollowUpOutcome.LET_GO): 2},
        ties={(0, TieChange.RECONNECTED): 1, (1, TieChange.GONE_DORMANT): 5})
    first, second = h.weekly_health(weeks, raw)
    assert first.as_json() == {
        "week_start": "2026-11-23", "face_to_face": 3, "voice_video": 0, "written": 0,
        "given": 0, "received": 0, "follow_ups_done": 3, "follow_ups_late": 0,
        "follow_ups_let_go": 0, "reconnected": 1, "gone_dormant": 0}
    assert (second.voice_video, second.written, second.touches) == (3, 4, 7)
    assert (second.given, second.received, second.follow_ups_let_go) == (2, 1, 2)
    total = h.totals((first, second))
    assert (total.touches, total.face_to_face_percent, total.gone_dormant) == (10, 30, 5)


NOW = dt.datetime(2026, 12, 5, 12, tzinfo=UTC)


def test_a_tie_goes_dormant_after_its_cadence_and_is_reconnected_by_the_next_touch():
    added = dt.datetime(2026, 1, 1, tzinfo=UTC)
    first = dt.datetime(2026, 1, 10, tzinfo=UTC)
    again = dt.datetime(2026, 3, 1, tzinfo=UTC)  # 50 days later: past a 30-day cadence
    changes = h.tie_changes([again, first], added, 30, NOW)
    assert changes == [(first + dt.timedelta(days=30), TieChange.GONE_DORMANT),
                       (again, TieChange.RECONNECTED),
                       (again + dt.timedelta(days=30), TieChange.GONE_DORMANT)]


def test_exactly_the_cadence_keeps_a_tie_warm():
    added = dt.datetime(2026, 11, 1, tzinfo=UTC)
    assert h.tie_changes([added + dt.timedelta(days=30)], added, 30, NOW) == []
    never = h.tie_changes([], added, 30, NOW)  # never in touch: dormant a cadence after
    assert never == [(added + dt.timedelta(days=30), TieChange.GONE_DORMANT)]


def test_changes_after_now_are_left_out():
    added = dt.datetime(2026, 11, 20, tzinfo=UTC)
    assert h.tie_changes([], added, 30, NOW) == []


@given(st.lists(moments, max_size=12), moments, st.integers(min_value=1, max_value=120))
def test_tie_changes_alternate_dormant_then_reconnected(items, added, cadence):
    now = dt.datetime(2028, 1, 1, tzinfo=UTC)
    kinds = [kind for _, kind in h.tie_changes(items, added, cadence, now)]
    assert kinds == [TieChange.GONE_DORMANT, TieChange.RECONNECTED] * (len(kinds) // 2) \
        + [TieChange.GONE_DORMANT] * (len(kinds) % 2)
