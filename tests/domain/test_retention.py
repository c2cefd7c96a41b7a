"""Which backups pruning keeps: Anki's rule, as a pure function."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.retention import Retention, to_keep

NOW = dt.datetime(2026, 3, 8, 12, 0, tzinfo=dt.UTC)


def _ago(**kw):
    return NOW - dt.timedelta(**kw)


def test_every_backup_of_the_last_two_days_then_one_a_day_week_month():
    taken = [_ago(hours=h) for h in range(0, 48, 3)]  # 16 in the last two days
    taken += [_ago(days=3, hours=1), _ago(days=3, hours=2)]  # one day: keep the newer
    taken += [_ago(days=30), _ago(days=31)]  # one ISO week? both in the weekly tier
    taken += [_ago(days=200), _ago(days=205)]  # monthly tier
    taken += [_ago(days=2000)]  # older than every tier
    keep = to_keep(taken, NOW)
    assert set(range(16)) <= keep
    assert 16 in keep and 17 not in keep
    assert 22 not in keep
    assert len(keep & {20, 21}) >= 1


@given(st.lists(st.integers(min_value=0, max_value=600 * 24), min_size=1, max_size=60),
       st.integers(0, 5), st.integers(0, 20), st.integers(0, 12), st.integers(0, 12))
def test_the_newest_and_the_recent_are_always_kept(hours, all_days, daily, weekly, monthly):
    taken = [_ago(hours=h) for h in hours]
    rule = Retention(all_days, daily, weekly, monthly)
    keep = to_keep(taken, NOW, rule)
    newest = max(range(len(taken)), key=lambda i: taken[i])
    assert newest in keep
    assert {i for i, t in enumerate(taken) if NOW - t < dt.timedelta(days=all_days)} <= keep
    # at most one per day beyond the first days, so the count stays bounded
    assert len(keep) <= (sum(1 for t in taken if NOW - t < dt.timedelta(days=all_days))
                         + daily + weekly + monthly + 3)
