"""Tie strength and dormancy at the cadence boundary."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.ties import (
    Cadences,
    cadence_days,
    effective_tie,
    is_dormant,
    overdue_days,
)
from netjournal.domain.values import TieStrength

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_defaults_by_tie_strength():
    assert cadence_days(TieStrength.CLOSE, None) == 30
    assert cadence_days(TieStrength.REGULAR, None) == 60
    assert cadence_days(TieStrength.WEAK, None) == 90


def test_own_cadence_wins_and_settings_change_defaults():
    assert cadence_days(TieStrength.CLOSE, 14) == 14
    assert cadence_days(TieStrength.WEAK, None, Cadences(weak=120)) == 120
    assert cadence_days(TieStrength.WEAK, 0) == 90  # zero is "not set", not "always"


def test_boundary_is_exclusive():
    last = NOW - dt.timedelta(days=30)
    assert not is_dormant(last, last, NOW, 30)
    assert is_dormant(last - dt.timedelta(seconds=1), last, NOW, 30)


def test_across_february_month_end():
    last = dt.datetime(2026, 1, 30, 12, 0, tzinfo=UTC)
    assert not is_dormant(last, last, dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC), 30)
    assert is_dormant(last, last, dt.datetime(2026, 3, 1, 12, 1, tzinfo=UTC), 30)


def test_never_contacted_counts_from_creation():
    created = NOW - dt.timedelta(days=10)
    assert not is_dormant(None, created, NOW, 30)
    assert is_dormant(None, NOW - dt.timedelta(days=31), NOW, 30)


def test_effective_tie_and_overdue_days():
    last = NOW - dt.timedelta(days=75)
    assert effective_tie(TieStrength.REGULAR, last, last, NOW, None) == TieStrength.DORMANT
    assert effective_tie(TieStrength.WEAK, last, last, NOW, None) == TieStrength.WEAK
    assert overdue_days(last, last, NOW, 60) == 15
    assert overdue_days(last, last, NOW, 90) == 0


@given(days=st.integers(0, 3650), cadence=st.integers(1, 400),
       tz_hours=st.integers(-12, 14))
def test_dormancy_depends_only_on_elapsed_time(days, cadence, tz_hours):
    zone = dt.timezone(dt.timedelta(hours=tz_hours))
    now_local = NOW.astimezone(zone)
    last = NOW - dt.timedelta(days=days)
    assert is_dormant(last, last, NOW, cadence) == is_dormant(last, last, now_local, cadence)
    assert is_dormant(last, last, NOW, cadence) == (days > cadence)
