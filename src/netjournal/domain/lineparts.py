"""The parts of a quick-entry line that stand alone: problem codes and the ``!when``.

:mod:`netjournal.domain.quickentry` parses the line; this module holds what it reports
(:class:`LineProblem`) and the grammar of ``!when`` tokens (:func:`resolve_when`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum

MAX_AHEAD_DAYS = 3660  # a follow-up further than about ten years away is a typo

class LineProblem(StrEnum):
    """What can be wrong with a quick-entry line (codes; the UI words them)."""

    NO_NAME = "no_name"  # the line does not start with a name
    NAME_UNCLEAR = "name_unclear"  # "budi likes dogs": lower case, no mark where it ends
    UNCLOSED_PARENTHESIS = "unclosed_parenthesis"  # "(Tokopedia, PM" without ")"
    UNCLOSED_QUOTE = "unclosed_quote"  # @"PyCon ID without the closing quote
    EMPTY_QUOTE = "empty_quote"  # @"" or #""
    SECOND_EVENT = "second_event"  # a line is about one meeting
    UNKNOWN_WHEN = "unknown_when"  # !xyz
    BAD_DATE = "bad_date"  # !2026-02-30
    WHEN_IN_PAST = "when_in_past"  # !2020-01-01 (kept, but probably a typo)
    WHEN_TOO_FAR = "when_too_far"  # more than about ten years ahead
    SECOND_WHEN = "second_when"  # two follow-ups on one line


# Problems after which the part still counts (everything else went into the note).
KEPT_DESPITE = frozenset({LineProblem.WHEN_IN_PAST, LineProblem.NAME_UNCLEAR})


_RELATIVE = re.compile(r"([0-9]{1,5})(d|h|w|mg|mo|bln)", re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)

# unit -> (days per unit, months per unit)
_UNITS: dict[str, tuple[int, int]] = {
    "d": (1, 0), "h": (1, 0),  # days; hari
    "w": (7, 0), "mg": (7, 0),  # weeks; minggu
    "mo": (0, 1), "bln": (0, 1),  # months; bulan
}
# word -> (days, months)
WHEN_WORDS: dict[str, tuple[int, int]] = {
    "today": (0, 0), "hari-ini": (0, 0), "hariini": (0, 0),
    "tomorrow": (1, 0), "besok": (1, 0),
    "lusa": (2, 0),
    "nextweek": (7, 0), "next-week": (7, 0), "minggu-depan": (7, 0), "mingdep": (7, 0),
    "nextmonth": (0, 1), "next-month": (0, 1), "bulan-depan": (0, 1),
}




def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole calendar months; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def resolve_when(token: str, today: dt.date) -> tuple[dt.date | None, LineProblem | None]:
    """The due date a ``!when`` token (without ``!``) means, or the problem with it.

    A date in the past is returned *with* :attr:`LineProblem.WHEN_IN_PAST`.
    """
    token = token.lower()
    if token in WHEN_WORDS:
        days, months = WHEN_WORDS[token]
        return add_months(today, months) + dt.timedelta(days=days), None
    rel = _RELATIVE.fullmatch(token)
    if rel:
        per_day, per_month = _UNITS[rel.group(2)]
        count = int(rel.group(1))
        if count * (per_day + 31 * per_month) > MAX_AHEAD_DAYS:
            return None, LineProblem.WHEN_TOO_FAR
        return add_months(today, count * per_month) + dt.timedelta(days=count * per_day), None
    if _ISO_DATE.fullmatch(token):
        try:
            due = dt.date.fromisoformat(token)
        except ValueError:
            return None, LineProblem.BAD_DATE
        if due < today:
            return due, LineProblem.WHEN_IN_PAST
        if (due - today).days > MAX_AHEAD_DAYS:
            return None, LineProblem.WHEN_TOO_FAR
        return due, None
    return None, LineProblem.UNKNOWN_WHEN
