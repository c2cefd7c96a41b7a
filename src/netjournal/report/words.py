"""The summary's words: codes, counts, dates and the reciprocity balance, translated.

Codes are worded by :func:`label` and sentences filled by :func:`fill`, both from
:mod:`netjournal.wording`, which the UI uses too (the report layer sits below the UI and
cannot import it), so one translation serves both. Sentences of the page use the
"report" context, always through a literal ``translate("report", "...")`` call so that
lupdate finds them. Numbers are formatted with the :class:`QLocale` given and dates by
:mod:`netjournal.dates`, never by Python.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from netjournal import dates
from netjournal.domain.reciprocity import Balance, Lean, Way
from netjournal.wording import fill as fill
from netjournal.wording import label as label


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``; the name lets lupdate find the calls."""
    return QCoreApplication.translate(context, text)


class Words:
    """Locale-aware wording: numbers, dates and counted phrases.

    Args:
        locale: how to write numbers and dates (the default QLocale if None).
        tz: the time zone dates are shown in (the computer's if None).
    """

    def __init__(self, locale: QLocale | None = None, tz: dt.tzinfo | None = None) -> None:
        self.locale = locale if locale is not None else QLocale()
        self.tz = tz

    def number(self, n: int) -> str:
        return self.locale.toString(n)

    def count(self, n: int, one: str, many: str) -> str:
        """The translated ``one`` or ``many`` with ``%n`` replaced by the number."""
        return (one if n == 1 else many).replace("%n", self.number(n))

    def local_date(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(self.tz).date()

    def date(self, day: dt.date | dt.datetime | None) -> str:
        """A date in the short style of :mod:`netjournal.dates` ("" for None)."""
        if day is None:
            return ""
        return dates.short_date(day, self.locale, self.tz)

    def moment(self, moment: dt.datetime) -> str:
        """A date and the time of day, local, in the page's short date style."""
        return dates.moment_text(moment, self.locale, self.tz, short=True)

    def ago(self, then: dt.datetime, now: dt.datetime) -> str:
        """How long ago: near days as :mod:`netjournal.dates` says them, then the largest
        whole unit that reads naturally."""
        today = self.local_date(now)
        days = (today - self.local_date(then)).days
        near = dates.relative_day(today - dt.timedelta(days=max(0, days)), today)
        if near is not None:
            return near
        if days < 14:
            return self.count(days, translate("report", "%n day ago"),
                              translate("report", "%n days ago"))
        if days < 60:
            return self.count(days // 7, translate("report", "%n week ago"),
                              translate("report", "%n weeks ago"))
        if days < 730:
            return self.count(days // 30, translate("report", "%n month ago"),
                              translate("report", "%n months ago"))
        return self.count(days // 365, translate("report", "%n year ago"),
                          translate("report", "%n years ago"))

    def due(self, day: dt.date, today: dt.date) -> str:
        """A due date and how it stands: overdue, today, tomorrow, or the date."""
        delta = (day - today).days
        if delta < 0:
            return self.count(-delta, translate("report", "%n day overdue"),
                              translate("report", "%n days overdue"))
        if delta == 0:
            return translate("report", "due today")
        if delta == 1:
            return translate("report", "due tomorrow")
        return fill(translate("report", "due %1"), self.date(day))

    def balance(self, b: Balance) -> str:
        """The reciprocity balance as one sentence."""
        if not (b.given or b.received or b.open_asks or b.asked_of_me):
            return translate("report", "No favours exchanged yet: a good moment to offer "
                                       "something.")
        given = self.count(b.given, translate("report", "%n favour given"),
                           translate("report", "%n favours given"))
        received = self.count(b.received, translate("report", "%n received"),
                              translate("report", "%n received"))
        counts = f"{given}, {received}"
        if b.open_asks:
            counts += ", " + self.count(b.open_asks, translate("report", "%n open ask"),
                                        translate("report", "%n open asks"))
        if b.lean == Lean.TAKING:
            return fill(translate("report", "I have received more than I gave (%1). Offer "
                                            "something before asking again."), counts)
        if b.way == Way.MORE_RECEIVED:
            return fill(translate("report", "I have received more than I gave (%1)."), counts)
        if b.way == Way.MORE_GIVEN:
            return fill(translate("report", "I have given more than I received (%1)."),
                        counts)
        if b.way == Way.EVEN:
            return fill(translate("report", "As many favours given as received (%1)."),
                        counts)
        return fill(translate("report", "No favours given or received yet (%1)."), counts)
