"""Birthdays with and without a year; the ones of the coming week."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.birthdays import (
    NO_YEAR,
    birthday_in,
    birthday_items,
    has_year,
    month_days_ahead,
    next_birthday,
    yearless,
)

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


def test_a_year_less_birthday_keeps_the_29th_of_february():
    leap = yearless(2, 29)
    assert not has_year(leap) and has_year(dt.date(1990, 2, 28)) and NO_YEAR == 1604
    assert birthday_in(leap, 2027) == dt.date(2027, 2, 28)
    assert birthday_in(leap, 2028) == dt.date(2028, 2, 29)
    assert next_birthday(leap, dt.date(2027, 3, 1)) == dt.date(2028, 2, 29)


@given(birthday=DAYS, today=DAYS)
def test_the_next_birthday_is_within_a_year_on_the_same_day_or_the_28th(birthday, today):
    on = next_birthday(birthday, today)
    assert 0 <= (on - today).days <= 366
    assert (on.month, on.day) == (birthday.month, birthday.day) or (
        (birthday.month, birthday.day) == (2, 29) and not calendar.isleap(on.year)
        and (on.month, on.day) == (2, 28))


@given(birthday=DAYS, today=DAYS)
def test_the_search_keys_find_exactly_the_birthdays_of_the_week(birthday, today):
    in_week = (next_birthday(birthday, today) - today).days < 7
    assert (birthday.strftime("%m-%d") in month_days_ahead(today)) == in_week
    items = birthday_items([(1, "Sari", birthday)], today)
    assert bool(items) == in_week


def test_items_are_soonest_first_with_their_birthday():
    today = dt.date(2027, 2, 25)
    items = birthday_items([(1, "Budi", dt.date(1980, 3, 1)), (2, "Sari", yearless(2, 29)),
                            (3, "Rina", dt.date(1990, 3, 10))], today)
    assert [(i.contact_name, i.due_on) for i in items] == [
        ("Sari", dt.date(2027, 2, 28)), ("Budi", dt.date(2027, 3, 1))]
    assert items[0].birthday == yearless(2, 29) and items[0].is_suggestion
