"""Words and local dates for the contact panes: last contact, dormancy, the balance."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from netjournal.domain import ties
from netjournal.domain.people import first_name
from netjournal.domain.reciprocity import Balance, Lean
from netjournal.domain.values import Contact, TieStrength
from netjournal.settings import Settings

_CONTEXT = "contact"


_PLACEHOLDER = re.compile(r"%([1-9])")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def fill(template: str, *args: str) -> str:
    """Put ``args`` into ``%1``..``%9`` in one pass (like ``QString.arg``).

    One pass matters: a name that itself contains ``%2`` stays as typed.
    """
    def sub(match: re.Match[str]) -> str:
        k = int(match.group(1))
        return args[k - 1] if k <= len(args) else match.group(0)
    return _PLACEHOLDER.sub(sub, template)


def _plural(one: str, many: str, n: int) -> str:
    """English needs "1 day" / "2 days" even without a translation file loaded."""
    return _tr(one, n) if n == 1 else _tr(many, n)


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
    """A calendar date as the user's locale writes it in full."""
    return (locale or QLocale()).toString(to_qdate(day), QLocale.FormatType.LongFormat)


def short_date_text(day: dt.date, locale: QLocale | None = None) -> str:
    """A compact date for tables and lists (``14 Nov 2026``, month name localised)."""
    return (locale or QLocale()).toString(to_qdate(day), "d MMM yyyy")


def local_day_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """The local day of a UTC moment, compactly with its weekday (``Sat 14 Nov 2026``)."""
    return (locale or QLocale()).toString(to_qdatetime(moment).date(), "ddd d MMM yyyy")


def local_date_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """The local calendar date of a UTC moment, as the locale writes it in full."""
    return (locale or QLocale()).toString(to_qdatetime(moment).date(),
                                          QLocale.FormatType.LongFormat)


def local_time_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(to_qdatetime(moment).time(),
                                          QLocale.FormatType.ShortFormat)


def days_ago_text(days: int) -> str:
    if days <= 0:
        return _tr("today")
    if days == 1:
        return _tr("yesterday")
    return _plural("%n day ago", "%n days ago", days)


def last_contact_text(contact: Contact, now: dt.datetime) -> str:
    """``Last contact: Saturday, 14 November 2026 (8 days ago)`` or that there was none."""
    last = contact.last_interaction_at
    if last is None:
        return _tr("No interaction logged yet")
    days = ties.days_since(last, now) or 0
    return fill(_tr("Last contact: %1 (%2)"), local_date_text(last), days_ago_text(days))


def dormancy_text(contact: Contact, now: dt.datetime, defaults: ties.Cadences) -> str:
    """A plain sentence when the tie is dormant, else ``""``."""
    since = contact.created_at or now
    cadence = ties.cadence_days(contact.tie_strength, contact.cadence_days, defaults)
    tie = ties.effective_tie(contact.tie_strength, contact.last_interaction_at, since, now,
                             contact.cadence_days, defaults)
    if tie != TieStrength.DORMANT:
        return ""
    over = ties.overdue_days(contact.last_interaction_at, since, now, cadence)
    past = _plural("%n day past", "%n days past", over)
    return fill(_tr("Dormant: %1 the keep-in-touch rhythm of every %2 days. "
                    "A light message keeps the tie warm."), past, str(cadence))


def balance_headline(b: Balance, name: str) -> str:
    """The balance in one plain sentence, addressing the contact by first name."""
    who = first_name(name) or _tr("them")
    if b.given == b.received == b.open_asks == b.asked_of_me == 0:
        return _tr("No favours noted yet.")
    if b.lean == Lean.TAKING:
        return fill(_tr("You have asked %1 for more than you have given."), who)
    if b.lean == Lean.GIVING:
        return fill(_tr("You have given %1 more than you have asked."), who)
    return fill(_tr("Give and take with %1 are about even."), who)


def balance_counts(b: Balance) -> str:
    """``2 given · 3 received · 1 open ask`` (open parts only when there are some)."""
    parts = [_tr("%n given", b.given), _tr("%n received", b.received)]
    if b.open_asks:
        parts.append(_plural("%n open ask", "%n open asks", b.open_asks))
    if b.asked_of_me:
        parts.append(_plural("%n favour they asked of me", "%n favours they asked of me",
                             b.asked_of_me))
    return " · ".join(parts)


def menu_text(text: str) -> str:
    """User text for a QAction or button: ``&`` would otherwise become a mnemonic."""
    return text.replace("&", "&&")
