"""Birthdays: kept with or without a year, and the ones coming up as a reason to reach out.

A birthday without a year (vCard ``BDAY:--0229``) is stored in the year :data:`NO_YEAR`,
as Apple's address book does: 1604 is a leap year, so 29 February fits. In a year that
has no 29 February, that birthday falls on the 28th.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from netjournal.domain.followups import DueItem, Step
from netjournal.domain.values import FollowUpKind

NO_YEAR = 1604
"""The year of a birthday whose year is unknown."""
AHEAD_DAYS = 7
"""Birthdays this many days ahead (today included) come up on the Today list."""


def yearless(month: int, day: int) -> dt.date:
    """A birthday without a year; ``ValueError`` if there is no such day."""
    return dt.date(NO_YEAR, month, day)


def has_year(birthday: dt.date) -> bool:
    return birthday.year != NO_YEAR


def birthday_in(birthday: dt.date, year: int) -> dt.date:
    """The day ``birthday`` falls on in ``year`` (29 February: the 28th in other years)."""
    if birthday.month == 2 and birthday.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, birthday.month, birthday.day)


def next_birthday(birthday: dt.date, today: dt.date) -> dt.date:
    """The first day on or after ``today`` that is ``birthday``."""
    this_year = birthday_in(birthday, today.year)
    return this_year if this_year >= today else birthday_in(birthday, today.year + 1)


def month_days_ahead(today: dt.date, days: int = AHEAD_DAYS) -> list[str]:
    """The ``MM-DD`` of stored birthdays that may fall in the ``days`` from ``today``
    (``02-29`` with ``02-28`` when the year has no 29 February): a search key for SQL."""
    keys = []
    for n in range(days):
        day = today + dt.timedelta(days=n)
        keys.append(f"{day.month:02d}-{day.day:02d}")
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            keys.append("02-29")
    return keys


def birthday_items(people: Iterable[tuple[int, str, dt.date]], today: dt.date,
                   days: int = AHEAD_DAYS) -> list[DueItem]:
    """Suggestions to reach out for the birthdays in the ``days`` from ``today``.

    Args:
        people: ``(contact id, name, birthday)`` of live contacts.

    Returns:
        One suggestion per person (kind reconnect, due on the birthday), soonest first.
    """
    items = []
    for contact_id, name, birthday in people:
        on = next_birthday(birthday, today)
        if (on - today).days < days:
            items.append(DueItem(contact_id=contact_id, contact_name=name, due_on=on,
                                 kind=FollowUpKind.RECONNECT, step=Step.RECONNECT,
                                 birthday=birthday))
    items.sort(key=lambda i: (i.due_on, i.contact_name.casefold(), i.contact_id))
    return items
