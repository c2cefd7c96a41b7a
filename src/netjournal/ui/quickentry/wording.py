"""The quick entry's words: problems of a line and follow-up dates, translated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from netjournal import dates
from netjournal.domain.quickentry import LineProblem, Problem
from netjournal.ui.style import fill

_CONTEXT = "QuickEntry"

PROBLEM_WORDS: dict[LineProblem, object] = {  # QT_TRANSLATE_NOOP is typed as object
    LineProblem.NO_NAME: QT_TRANSLATE_NOOP("QuickEntry", "Start the line with the name."),
    LineProblem.UNCLOSED_PARENTHESIS: QT_TRANSLATE_NOOP(
        "QuickEntry", "“%1” has no closing parenthesis: not read as company."),
    LineProblem.UNCLOSED_QUOTE: QT_TRANSLATE_NOOP("QuickEntry", "“%1” has no closing quote."),
    LineProblem.EMPTY_QUOTE: QT_TRANSLATE_NOOP("QuickEntry", "“%1” is empty."),
    LineProblem.SECOND_EVENT: QT_TRANSLATE_NOOP(
        "QuickEntry", "“%1”: a line can name only one event."),
    LineProblem.UNKNOWN_WHEN: QT_TRANSLATE_NOOP(
        "QuickEntry", "“%1” is not a date. Try !3d, !1w, !besok or !2026-12-01."),
    LineProblem.BAD_DATE: QT_TRANSLATE_NOOP("QuickEntry", "“%1”: there is no such date."),
    LineProblem.WHEN_IN_PAST: QT_TRANSLATE_NOOP("QuickEntry", "“%1” is in the past."),
    LineProblem.WHEN_TOO_FAR: QT_TRANSLATE_NOOP("QuickEntry", "“%1” is too far ahead."),
    LineProblem.SECOND_WHEN: QT_TRANSLATE_NOOP(
        "QuickEntry", "“%1”: a line can set only one follow-up."),
}


def problem_text(problem: Problem) -> str:
    """One problem in words, quoting what was typed."""
    return fill(QCoreApplication.translate(_CONTEXT, str(PROBLEM_WORDS[problem.code])),
                problem.text)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: dt.date) -> str:
    """A date with its weekday (the medium style of :mod:`netjournal.dates`)."""
    return dates.medium_date(day)


def short_date(day: dt.date) -> str:
    """A date in a list (the short style of :mod:`netjournal.dates`)."""
    return dates.short_date(day)
