"""One date style per use, in the language's locale; near dates said relatively."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from netjournal import dates

LOCALES = ["en_US", "en_GB", "id_ID", "de_DE", "C"]
DAY = dt.date(2026, 12, 5)  # a Saturday
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
locales = st.sampled_from(LOCALES)


@pytest.mark.parametrize(("name", "short", "medium", "long"), [
    ("en_US", "Dec 5, 2026", "Sat, Dec 5, 2026", "Saturday, December 5, 2026"),
    ("en_GB", "5 Dec 2026", "Sat, 5 Dec 2026", "Saturday, 5 December 2026"),
    ("id_ID", "5 Des 2026", "Sab, 5 Des 2026", "Sabtu, 5 Desember 2026"),
])
def test_the_three_styles(name, short, medium, long):
    locale = QLocale(name)
    assert dates.short_date(DAY, locale) == short
    assert dates.medium_date(DAY, locale) == medium
    assert dates.long_date(DAY, locale) == long


@given(day=days, name=locales)
def test_styles_agree_and_never_pad_the_day(day, name):
    locale = QLocale(name)
    short, medium = dates.short_date(day, locale), dates.medium_date(day, locale)
    long = dates.long_date(day, locale)
    weekday = day.isoweekday()
    # the medium style is the short one with the weekday in front
    assert medium.endswith(short)
    assert medium.startswith(locale.dayName(weekday, QLocale.FormatType.ShortFormat))
    assert long.startswith(locale.dayName(weekday, QLocale.FormatType.LongFormat))
    assert locale.monthName(day.month, QLocale.FormatType.LongFormat) in long
    assert str(day.year) in short
    for text in (short, medium, long):
        assert re.search(rf"(?<!\d)0{day.day}(?!\d)", text) is None, text  # "5", not "05"
        assert re.search(rf"(?<!\d){day.day}(?!\d)", text), text


@given(day=days, today=days)
def test_near_dates_are_relative_and_far_ones_dated(day, today):
    delta = (day - today).days
    text = dates.relative_day(day, today)
    if abs(delta) > dates.NEAR_DAYS:
        assert text is None
        assert dates.near_date(day, today, dates.short_date) == dates.short_date(day)
        return
    assert text is not None
    assert dates.near_date(day, today) == text
    expected = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(delta)
    if expected is None:
        expected = f"in {delta} days" if delta > 0 else f"{-delta} days ago"
    assert text == expected


@given(day=days)
def test_relative_words_depend_only_on_the_distance(day):
    today = dt.date(2026, 12, 5)
    shifted = day + dt.timedelta(days=3)
    assert dates.relative_day(day, today) == dates.relative_day(
        shifted, today + dt.timedelta(days=3))


def test_moments_are_local_days_and_times():
    moment = dt.datetime(2026, 12, 5, 23, 30, tzinfo=dt.UTC)
    jakarta = dt.timezone(dt.timedelta(hours=7))
    locale = QLocale("id_ID")
    assert dates.local_day(moment, jakarta) == dt.date(2026, 12, 6)
    assert dates.medium_date(moment, locale, jakarta) == "Min, 6 Des 2026"
    assert dates.time_text(moment, locale, jakarta) == "06.30"
    assert dates.moment_text(moment, QLocale("en_US"), jakarta) == "Sun, Dec 6, 2026, 6:30\u202fAM"
    naive = moment.replace(tzinfo=None)  # stored UTC
    assert dates.moment_text(naive, locale, jakarta) == dates.moment_text(moment, locale, jakarta)


@pytest.mark.parametrize("name", LOCALES)
def test_edit_formats_show_the_same_styles(name):
    from PySide6.QtCore import QDate

    locale = QLocale(name)
    qdate = QDate(2026, 12, 5)
    assert locale.toString(qdate, dates.edit_format(locale)) == dates.short_date(DAY, locale)
    assert (locale.toString(qdate, dates.edit_format(locale, weekday=True))
            == dates.medium_date(DAY, locale))


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Auckland", "UTC",
                                  "America/Los_Angeles", "Pacific/Pago_Pago"])
def test_a_whole_day_moment_is_its_day_without_a_time_in_every_zone(zone):
    from zoneinfo import ZoneInfo

    from netjournal.domain.values import day_only

    en = QLocale("en_US")
    moment = day_only(dt.date(2026, 3, 8))
    assert dates.moment_text(moment, en, ZoneInfo(zone)) == "Sun, Mar 8, 2026"
    assert dates.moment_text(moment, en, ZoneInfo(zone), short=True) == "Mar 8, 2026"
