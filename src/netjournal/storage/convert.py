"""Conversions between stored values (naive UTC, codes) and domain values."""

from __future__ import annotations

import datetime as dt
import sqlite3

from netjournal.domain.values import DayOnly

DAY_ONLY_TIME = "T12:00:00"
"""How a :class:`DayOnly` moment is stored: ``2026-03-08T12:00:00``. The ``T`` (where a
timed moment has a space) marks it, and sorts it after every timed moment of that UTC
day, so SQL comparisons and ``max()`` on the text stay right."""


def day_only_text(value: DayOnly) -> str:
    """The stored text of a whole-day moment (SQLite's adapter, PostgreSQL's dumper)."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}{DAY_ONLY_TIME}"


sqlite3.register_adapter(DayOnly, day_only_text)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def to_db(value: dt.datetime | None) -> dt.datetime | None:
    """Aware (or naive UTC) datetime to the stored naive UTC form, whole seconds.

    Whole seconds keep stored text the same length, so comparisons in SQL (the
    last-contact triggers use ``max()`` on text) stay correct.
    """
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


def from_db(value: dt.datetime | str | None) -> dt.datetime | None:
    """Stored naive UTC to an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        if value.endswith(DAY_ONLY_TIME):
            day = dt.date.fromisoformat(value[:10])
            return DayOnly(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)


def date_from_db(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value
