"""Which backups to keep: every one of the last days, then one a day, a week, a month.

The rule Anki uses for its automatic backups, as a pure function over the times the
backups were taken, so that pruning can be tested without files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Retention:
    """How long backups are kept: ``all_days`` of everything, then one per period."""

    all_days: int = 2
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def to_keep(taken: Sequence[dt.datetime], now: dt.datetime,
            rule: Retention = Retention()) -> set[int]:
    """Indexes into ``taken`` of the backups to keep.

    The newest backup is always kept. Within ``all_days`` of ``now`` all are kept; after
    that the newest of each day for ``daily`` days, the newest of each ISO week for
    ``weekly`` weeks, the newest of each month for ``monthly`` months; older ones go.
    """
    order = sorted(range(len(taken)), key=lambda i: taken[i], reverse=True)
    keep: set[int] = set(order[:1])
    seen: set[tuple[str, object]] = set()
    all_until = now - dt.timedelta(days=rule.all_days)
    daily_until = all_until - dt.timedelta(days=rule.daily)
    weekly_until = daily_until - dt.timedelta(weeks=rule.weekly)
    for i in order:
        when = taken[i]
        if when >= all_until:
            keep.add(i)
            continue
        bucket: tuple[str, object]
        if when >= daily_until:
            bucket = ("day", when.date())
        elif when >= weekly_until:
            bucket = ("week", tuple(when.isocalendar())[:2])
        elif _months_between(when, weekly_until) < rule.monthly:
            bucket = ("month", (when.year, when.month))
        else:
            continue
        if bucket not in seen:
            seen.add(bucket)
            keep.add(i)
    return keep


def _months_between(earlier: dt.datetime, later: dt.datetime) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month
