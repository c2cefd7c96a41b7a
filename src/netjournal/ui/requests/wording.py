"""Translated words for triage verdicts and reasons, introduction advice and paths.

The domain returns codes and data; everything the requests package says about them is
worded here, in the "requests" translation context, so the inbox, the composer and the
card say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from netjournal.domain.introductions import Advice, Problem
from netjournal.domain.triage import Assessment, Reason, Signal, Verdict
from netjournal.ui.style import fill, is_dark

_VERDICTS = {
    Verdict.LIKELY_ACCEPT: QT_TRANSLATE_NOOP("requests", "Likely accept"),
    Verdict.LOOK_CLOSER: QT_TRANSLATE_NOOP("requests", "Look closer"),
    Verdict.LIKELY_DECLINE: QT_TRANSLATE_NOOP("requests", "Likely decline"),
}

# (light palette, dark palette): calm green, amber and red that read on either.
_VERDICT_COLOURS = {
    Verdict.LIKELY_ACCEPT: ("#1d7f4e", "#5fd39a"),
    Verdict.LOOK_CLOSER: ("#9a5b00", "#f0b35a"),
    Verdict.LIKELY_DECLINE: ("#b3261e", "#ff8a80"),
}

_WARNING_COLOURS = ("#b3261e", "#ff8a80")

_REASONS = {
    Signal.CLEAR_MESSAGE: QT_TRANSLATE_NOOP("requests", "A short personal message"),
    Signal.STATED_REASON: QT_TRANSLATE_NOOP("requests", "Says why they want to connect"),
    Signal.ENGAGEMENT: QT_TRANSLATE_NOOP("requests", "Mentions your work (“%1”)"),
    Signal.NO_MESSAGE: QT_TRANSLATE_NOOP("requests", "No message"),
    Signal.GENERIC_MESSAGE: QT_TRANSLATE_NOOP("requests",
                                              "Only the network's default message"),
    Signal.LONG_MESSAGE: QT_TRANSLATE_NOOP("requests", "A long pitch, not a short note"),
    Signal.TOO_SHORT: QT_TRANSLATE_NOOP("requests", "Only a greeting: doesn't say why"),
    Signal.NO_PHOTO: QT_TRANSLATE_NOOP("requests", "No profile photo"),
    Signal.EMPTY_PROFILE: QT_TRANSLATE_NOOP("requests", "Profile mostly empty"),
    Signal.RED_FLAG: QT_TRANSLATE_NOOP("requests", "Red flag: “%1”"),
}

_ADVICE = {
    Advice.ASK_ONE_QUESTION: QT_TRANSLATE_NOOP(
        "requests",
        "%1 doesn't know %2 yet, so this asks a favour for a stranger. A kinder ask: "
        "put one specific question to %1 on %2's behalf, and pass the answer on."),
    Advice.ASK_BOTH_FIRST: QT_TRANSLATE_NOOP(
        "requests",
        "Tip: ask both people first whether they'd like the introduction, so neither "
        "is caught off guard."),
    Advice.THANK_AND_GO_BACK: QT_TRANSLATE_NOOP(
        "requests",
        "%2 said no. Thank them for their time, then go back to %1 (who introduced "
        "you) rather than pressing: %1 may know someone else."),
}

_PROBLEMS = {
    Problem.NO_PERSON: QT_TRANSLATE_NOOP("requests", "Choose who was introduced."),
    Problem.SELF_INTRODUCER: QT_TRANSLATE_NOOP(
        "requests", "The introducer has to be someone other than the two people."),
    Problem.SAME_PEOPLE: QT_TRANSLATE_NOOP("requests",
                                           "An introduction needs two different people."),
    Problem.NEEDS_INTRODUCER: QT_TRANSLATE_NOOP("requests",
                                                "Say who introduced you (or whom you asked)."),
    Problem.NEEDS_OTHER: QT_TRANSLATE_NOOP("requests", "Say whom you introduced them to."),
}


def verdict_text(verdict: Verdict) -> str:
    return QCoreApplication.translate("requests", str(_VERDICTS[verdict]))


def verdict_colour(verdict: Verdict, palette: QPalette) -> QColor:
    light, dark = _VERDICT_COLOURS[verdict]
    return QColor(dark if is_dark(palette) else light)


def warning_colour(palette: QPalette) -> QColor:
    """The colour of a limit that is passed (the composer's count)."""
    light, dark = _WARNING_COLOURS
    return QColor(dark if is_dark(palette) else light)


def reason_text(reason: Reason) -> str:
    """One reason in words, e.g. "3 mutual connections" or "Red flag: “crypto”"."""
    if reason.signal == Signal.MUTUAL_CONNECTIONS:
        if reason.count == 1:
            return QCoreApplication.translate("requests", "1 mutual connection")
        return fill(QCoreApplication.translate("requests", "%1 mutual connections"), reason.count)
    return fill(QCoreApplication.translate("requests", str(_REASONS[reason.signal])), reason.phrase)


def reason_line(reason: Reason) -> str:
    """A reason as a "+ ..." (for) or "− ..." (against) line."""
    if reason.counts_for:
        return fill(QCoreApplication.translate("requests", "+ %1"), reason_text(reason))
    return fill(QCoreApplication.translate("requests", "− %1"), reason_text(reason))


def reasons_lines(assessment: Assessment) -> list[str]:
    """The reasons as lines, those for first."""
    return [reason_line(r) for r in (*assessment.for_reasons, *assessment.against_reasons)]


def advice_text(advice: Advice, introducer: str = "", other: str = "") -> str:
    """Advice in words; %1 is the introducer, %2 the other person."""
    return fill(QCoreApplication.translate("requests", str(_ADVICE[advice])), introducer, other)


def problem_text(problem: Problem) -> str:
    return QCoreApplication.translate("requests", str(_PROBLEMS[problem]))
