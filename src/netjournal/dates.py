"""Dates and times as the chosen language writes them: one style per use, everywhere.

The UI, the printed summary and the command line's human output all write dates through
this module, so a day reads the same on every pane. The styles, in the locale's own order
(``QLocale()``, which :mod:`netjournal.language` sets for the chosen language):

- :func:`short_date`, for lists and tables: ``Dec 5, 2026`` / ``5 Des 2026``;
- :func:`medium_date`, for the card, the timeline and Today: ``Sat, Dec 5, 2026`` /
  ``Sab, 5 Des 2026``;
- :func:`long_date`, for headings: ``Saturday, December 5, 2026`` /
  ``Sabtu, 5 Desember 2026`` (never a zero-padded day);
- :func:`relative_day`, for near dates: ``today``, ``yesterday``, ``in 2 days``,
  ``3 days ago``; :func:`near_date` falls back to a style beyond :data:`NEAR_DAYS`;
- :func:`time_text` and :func:`moment_text` for a time of day, in local time.

Machine output (JSON, files) stays ISO 8601 and never comes here. Only ``QtCore`` is
loaded: the words are translated in the "dates" context.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from netjournal.domain.values import is_day_only
from netjournal.wording import fill

NEAR_DAYS = 6
"""Dates at most this many days from today are said relatively ("in 3 days")."""

_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*[,.]?\s*d{4}")
_PADDED_DAY = re.compile(r"(?<!d)dd(?!d)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``; the name lets lupdate find the calls."""
    return QCoreApplication.translate(context, text, disambiguation, n)


@lru_cache(maxsize=8)
def _formats(name: str) -> tuple[str, str, str]:
    """The (short, medium, long) date formats of the locale called ``name``."""
    locale = QLocale(name)
    long = _PADDED_DAY.sub("d", locale.dateFormat(QLocale.FormatType.LongFormat))
    if not all(x in long for x in "dMy"):  # a locale without a usable long format
        long = "dddd, d MMMM yyyy"
    if "dddd" not in long:
        long = "dddd, " + long
    plain = _WEEKDAY.sub("", long).strip(" ,.")
    short = plain.replace("MMMM", "MMM")
    medium = long.replace("dddd", "ddd").replace("MMMM", "MMM")
    return short, medium, long


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def local_day(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The calendar day of a moment where the user lives (a naive moment is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz).date()


def _day(day: dt.date | dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    return local_day(day, tz) if isinstance(day, dt.datetime) else day


# the year of a display format and the separator that ties it to the day or month
_NO_YEAR = re.compile(r"[\s,./-]*y+[\s,./-]*(?=$)|^y+[\s,./-]*|[\s,./-]*y+")


def edit_format(locale: QLocale | None = None, *, weekday: bool = False,
                time: bool = False, year: bool = True) -> str:
    """A display format for date (and time) editors, in the same styles: short, or
    medium with ``weekday``; ``time`` adds the locale's time of day; without ``year``
    for a date whose year is unknown (a birthday: ``Feb 29``, ``29 Feb``)."""
    loc = _locale(locale)
    short, medium, _long = _formats(loc.name())
    day = medium if weekday else short
    if not year:
        day = _NO_YEAR.sub("", day).strip(" ,./-")
    if not time:
        return day
    return f"{day}  {loc.timeFormat(QLocale.FormatType.ShortFormat)}"


def short_date(day: dt.date | dt.datetime, locale: QLocale | None = None,
               tz: dt.tzinfo | None = None) -> str:
    """A compact date for lists and tables: ``Dec 5, 2026``, ``5 Des 2026``."""
    loc = _locale(locale)
    return loc.toString(qdate(_day(day, tz)), _formats(loc.name())[0])


def medium_date(day: dt.date | dt.datetime, locale: QLocale | None = None,
                tz: dt.tzinfo | None = None) -> str:
    """A date with its weekday, for the card, timeline and Today: ``Sab, 5 Des 2026``."""
    loc = _locale(locale)
    return loc.toString(qdate(_day(day, tz)), _formats(loc.name())[1])


def long_date(day: dt.date | dt.datetime, locale: QLocale | None = None,
              tz: dt.tzinfo | None = None) -> str:
    """A date in full, for headings: ``Sabtu, 5 Desember 2026``."""
    loc = _locale(locale)
    return loc.toString(qdate(_day(day, tz)), _formats(loc.name())[2])


def time_text(moment: dt.datetime, locale: QLocale | None = None,
              tz: dt.tzinfo | None = None) -> str:
    """The local time of day of a moment: ``12:16 PM``, ``12.16``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(tz)
    return _locale(locale).toString(QTime(local.hour, local.minute),
                                    QLocale.FormatType.ShortFormat)


def moment_text(moment: dt.datetime, locale: QLocale | None = None,
                tz: dt.tzinfo | None = None, *, short: bool = False) -> str:
    """A medium date and the time of day: ``Sat, Dec 5, 2026, 12:16 PM`` (the short
    date with ``short``, as lists and the printed page write it). A meeting entered by
    its day (:func:`~netjournal.domain.values.day_only`) has no time of day: the date
    alone, the same in every zone."""
    day = short_date(moment, locale, tz) if short else medium_date(moment, locale, tz)
    if is_day_only(moment):
        return day
    return fill(translate("dates", "%1, %2"), day, time_text(moment, locale, tz))


def relative_day(day: dt.date, today: dt.date) -> str | None:
    """``today``, ``tomorrow``, ``in 3 days``, ``yesterday``, ``3 days ago``; None when
    ``day`` is more than :data:`NEAR_DAYS` away."""
    delta = (day - today).days
    if abs(delta) > NEAR_DAYS:
        return None
    if delta == 0:
        return translate("dates", "today")
    if delta == 1:
        return translate("dates", "tomorrow")
    if delta == -1:
        return translate("dates", "yesterday")
    if delta > 0:
        return translate("dates", "in %n days", "", delta)
    return translate("dates", "%n days ago", "", -delta)


def near_date(day: dt.date, today: dt.date,
              style: Callable[[dt.date], str] = medium_date) -> str:
    """A near date said relatively, a farther one in ``style``."""
    return relative_day(day, today) or style(day)
