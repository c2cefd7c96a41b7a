"""The quick entry's words: problems of a line, questions, help and dates, translated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from netjournal import dates
from netjournal.domain.capture_rules import Resolution, Verdict
from netjournal.domain.people import first_name
from netjournal.domain.quickentry import LineProblem, Problem
from netjournal.ui.style import fill

_CONTEXT = "QuickEntry"

PROBLEM_WORDS: dict[LineProblem, object] = {  # QT_TRANSLATE_NOOP is typed as object
    LineProblem.NO_NAME: QT_TRANSLATE_NOOP("QuickEntry", "Start the line with the name."),
    LineProblem.NAME_UNCLEAR: QT_TRANSLATE_NOOP(
        "QuickEntry", "Where does the name end in “%1”? Capitalise it (Budi Santoso likes "
        "dogs) or end it with a colon (budi santoso: likes dogs)."),
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


def follow_up_reason(name: str, event: str) -> str:
    """The follow-up's reason when the line states no next step, in the user's language."""
    if event:
        return fill(QCoreApplication.translate(
            "QuickEntry", "Follow up with %1 after meeting at %2"), first_name(name), event)
    return fill(QCoreApplication.translate(
        "QuickEntry", "Follow up with %1 after meeting"), first_name(name))


def question(resolution: Resolution, name: str, company: str) -> str:
    """Why the window asks who the line is about, and how to answer."""
    verdict = resolution.verdict
    if verdict == Verdict.SHARED:
        why = fill(QCoreApplication.translate(
            "QuickEntry", "Several contacts are called %1."), name)
    elif verdict == Verdict.OTHER_COMPANY:
        theirs = resolution.candidates[0].company if resolution.candidates else ""
        why = fill(QCoreApplication.translate(
            "QuickEntry", "%1 in your journal works at %2, not %3."), name, theirs, company)
    else:
        why = fill(QCoreApplication.translate(
            "QuickEntry", "%1 is close to someone in your journal (a typo?)."), name)
    return why + " " + QCoreApplication.translate(
        "QuickEntry", "Choose who it is with ↑↓ (New contact is last), then press Enter.")


def repeat_text(name: str, saved_at: dt.datetime, now: dt.datetime) -> str:
    """The same line was saved for this person a moment ago: ask before logging it twice."""
    minutes = max(0, int((now - saved_at).total_seconds() // 60))
    return fill(QCoreApplication.translate(
        "QuickEntry", "You logged this line for %1 %2 min ago. Press Enter again to log it "
        "again, or change the line."), name, minutes)


HELP = QT_TRANSLATE_NOOP(
    "QuickEntry",
    "One line per person: Name (Company, Title) @event #tag note !when\n"
    "• A name in your journal, in any case, is that person; a new name ends at ( @ # ! , : "
    "or a dash, or after its capitalised words.\n"
    "• !3d !1w !2w !besok !2026-12-01: when to follow up. !1w: send the deck states the "
    "next step (up to the next marker); the note is never the to-do.\n"
    "• @event joins a recent event of the same or a similar name, else makes a new one.\n"
    "• #12 in place of the name means contact 12.")


def help_text() -> str:
    """The quick entry's syntax, for the line's tooltip."""
    return QCoreApplication.translate("QuickEntry", str(HELP))
