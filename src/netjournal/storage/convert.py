"""Conversions between stored values (naive UTC, codes) and domain values."""

from __future__ import annotations

import datetime as dt


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
