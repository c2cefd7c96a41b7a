"""Words and local dates for the contact panes: last contact, dormancy, the balance.

Dates are written by :mod:`netjournal.dates` (the card's medium style, with the weekday).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from netjournal import dates
from netjournal.domain import ties
from netjournal.domain.people import first_name
from netjournal.domain.reciprocity import Balance, Way
from netjournal.domain.values import Contact, TieStrength
from netjournal.settings import Settings
from netjournal.wording import fill as fill  # the contact panes import it from here


def cadences(settings: Settings) -> ties.Cadences:
    """The default keep-in-touch cadences the user chose in the settings."""
    return ties.Cadences(close=settings.cadence_close_days,
                         regular=settings.cadence_regular_days,
                         weak=settings.cadence_weak_days)


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """An aware (or naive UTC) datetime as a local-time QDateTime."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    qdt = QDateTime(QDate(moment.year, moment.month, moment.day),
                    QTime(moment.hour, moment.minute, moment.second), QTimeZone.utc())
    return qdt.toLocalTime()


def from_qdatetime(qdt: QDateTime) -> dt.datetime:
    """A QDateTime (any time spec) as an aware UTC datetime, whole seconds."""
    utc = qdt.toUTC()
    d, t = utc.date(), utc.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(),
                       tzinfo=dt.UTC)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_text(day: dt.date, locale: QLocale | None = None) -> str:
    """A calendar date on the card: the medium style, with its weekday."""
    return dates.medium_date(day, locale)


def short_date_text(day: dt.date, locale: QLocale | None = None) -> str:
    """A compact date for tables and lists (``5 Des 2026``)."""
    return dates.short_date(day, locale)


def local_day_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """The local day of a UTC moment, with its weekday (``Sat, 14 Nov 2026``)."""
    return dates.medium_date(moment, locale)


def local_date_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """The local calendar date of a UTC moment, with its weekday."""
    return dates.medium_date(moment, locale)


def local_time_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    return dates.time_text(moment, locale)


def local_moment_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """The local day and time of a UTC moment (``Sat, 14 Nov 2026, 12:16 PM``)."""
    return dates.moment_text(moment, locale)


def days_ago_text(days: int) -> str:
    """``today``, ``yesterday``, ``3 days ago`` (near days as :mod:`netjournal.dates` says
    them), then ``24 days ago``."""
    today = dt.date.today()
    near = dates.relative_day(today - dt.timedelta(days=max(0, days)), today)
    return near or QCoreApplication.translate("contact", "%n days ago", "", days)


def last_contact_text(contact: Contact, now: dt.datetime) -> str:
    """``Last contact: Sat, 14 Nov 2026 (8 days ago)`` or that there was none."""
    last = contact.last_interaction_at
    if last is None:
        return QCoreApplication.translate("contact", "No interaction logged yet")
    # calendar days where the user lives: yesterday evening is "yesterday", not "today"
    days = max(0, to_qdatetime(last).date().daysTo(to_qdatetime(now).date()))
    return fill(QCoreApplication.translate("contact", "Last contact: %1 (%2)"),
                local_date_text(last), days_ago_text(days))


def dormancy_text(contact: Contact, now: dt.datetime, defaults: ties.Cadences) -> str:
    """A plain sentence when the tie is dormant, else ``""``."""
    since = contact.created_at or now
    cadence = ties.cadence_days(contact.tie_strength, contact.cadence_days, defaults)
    tie = ties.effective_tie(contact.tie_strength, contact.last_interaction_at, since, now,
                             contact.cadence_days, defaults)
    if tie != TieStrength.DORMANT:
        return ""
    over = ties.overdue_days(contact.last_interaction_at, since, now, cadence)
    # English needs "1 day" / "2 days" with or without a translation loaded
    past = (QCoreApplication.translate("contact", "%n day past", "", over) if over == 1
            else QCoreApplication.translate("contact", "%n days past", "", over))
    return fill(QCoreApplication.translate(
        "contact", "Dormant: %1 the keep-in-touch rhythm of every %2 days. "
        "A light message keeps the tie warm."), past, str(cadence))


def balance_headline(b: Balance, name: str) -> str:
    """The balance in one plain sentence, addressing the contact by first name."""
    who = first_name(name) or QCoreApplication.translate("contact", "them")
    if b.given == b.received == b.open_asks == b.asked_of_me == 0:
        return QCoreApplication.translate("contact", "No favours noted yet.")
    way = b.way
    if way == Way.NONE:
        text = QCoreApplication.translate(
            "contact", "No favours given or received yet between you and %1.")
    elif way == Way.EVEN:
        text = QCoreApplication.translate(
            "contact", "You have given %1 as many favours as you have received.")
    elif way == Way.MORE_GIVEN:
        text = QCoreApplication.translate(
            "contact", "You have given %1 more favours than you have received.")
    else:
        text = QCoreApplication.translate(
            "contact", "You have received more favours from %1 than you have given.")
    return fill(text, who)


def balance_counts(b: Balance) -> str:
    """``2 given · 3 received · 1 open ask`` (open parts only when there are some)."""
    # Plain names for the counts: lupdate skips a translate() whose n is an attribute.
    # English needs "1 open ask" / "2 open asks" with or without a translation loaded.
    given, received, open_asks, asked_of_me = b.given, b.received, b.open_asks, b.asked_of_me
    parts = [QCoreApplication.translate("contact", "%n given", "", given),
             QCoreApplication.translate("contact", "%n received", "", received)]
    if open_asks == 1:
        parts.append(QCoreApplication.translate("contact", "%n open ask", "", open_asks))
    elif open_asks:
        parts.append(QCoreApplication.translate("contact", "%n open asks", "", open_asks))
    if asked_of_me == 1:
        parts.append(QCoreApplication.translate(
            "contact", "%n favour they asked of me", "", asked_of_me))
    elif asked_of_me:
        parts.append(QCoreApplication.translate(
            "contact", "%n favours they asked of me", "", asked_of_me))
    return " · ".join(parts)


def menu_text(text: str) -> str:
    """User text for a QAction or button: ``&`` would otherwise become a mnemonic."""
    return text.replace("&", "&&")
