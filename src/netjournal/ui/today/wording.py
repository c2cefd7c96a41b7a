"""Translated words for the Today list: section titles, what each item asks, due dates.

The domain returns codes and the user's own words (reasons, first messages, interests);
this module words them in the "today" translation context. User text is only ever put
into a sentence through :func:`netjournal.ui.style.fill`, and painted or shown as plain
text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from netjournal import dates
from netjournal.domain.followups import (
    MAX_ATTEMPTS,
    ChainState,
    DueItem,
    Section,
    StarterKind,
    Step,
)
from netjournal.domain.values import FollowUp, FollowUpKind, FollowUpStatus
from netjournal.storage.journal import ChainSummary
from netjournal.ui.labels import label
from netjournal.ui.style import fill

_CONTEXT = "today"
QUOTE_CHARS = 140  # a first message is quoted up to this long on a row

SECTION_TITLES = {
    Section.OVERDUE: QT_TRANSLATE_NOOP("today", "Overdue"),
    Section.TODAY: QT_TRANSLATE_NOOP("today", "Due today"),
    Section.THANK_YOUS: QT_TRANSLATE_NOOP("today", "Thank-yous still owed"),
    Section.THIS_WEEK: QT_TRANSLATE_NOOP("today", "Later this week"),
    Section.RECONNECT: QT_TRANSLATE_NOOP("today", "Reconnect"),
}

_COUNTS = {  # (one, many)
    Section.OVERDUE: (QT_TRANSLATE_NOOP("today", "1 overdue"),
                      QT_TRANSLATE_NOOP("today", "%1 overdue")),
    Section.TODAY: (QT_TRANSLATE_NOOP("today", "1 due today"),
                    QT_TRANSLATE_NOOP("today", "%1 due today")),
    Section.THANK_YOUS: (QT_TRANSLATE_NOOP("today", "1 thank-you"),
                         QT_TRANSLATE_NOOP("today", "%1 thank-yous")),
    Section.THIS_WEEK: (QT_TRANSLATE_NOOP("today", "1 later this week"),
                        QT_TRANSLATE_NOOP("today", "%1 later this week")),
    Section.RECONNECT: (QT_TRANSLATE_NOOP("today", "1 to reconnect with"),
                        QT_TRANSLATE_NOOP("today", "%1 to reconnect with")),
}


def tr(text: object) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP("today", ...)``."""
    return QCoreApplication.translate(_CONTEXT, str(text))


# Literal strings call ``translate("today", "...")``: lupdate finds them by that name.
translate = QCoreApplication.translate


def section_title(section: Section) -> str:
    return tr(SECTION_TITLES[section])


def counts_line(counts: dict[Section, int]) -> str:
    """ "2 overdue · 1 due today · 5 to reconnect with", or the all-clear."""
    parts = []
    for section, n in counts.items():
        if n:
            one, many = _COUNTS[section]
            parts.append(tr(one) if n == 1 else fill(tr(many), n))
    if not parts:
        return translate("today", "Nothing due this week. You're all caught up.")
    return translate("today", " · ").join(parts)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date, *, long: bool = False) -> str:
    """A date with its weekday (medium; ``long`` for the page's heading)."""
    return dates.long_date(day) if long else dates.medium_date(day)


def weekday_text(day: dt.date) -> str:
    """A day to pick (the snooze menu): the medium style, with its weekday."""
    return dates.medium_date(day)


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """A first message on one line in quotation marks, shortened with an ellipsis."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[:limit - 1].rstrip() + "…"
    return fill(translate("today", "“%1”"), line)


def due_text(item: DueItem, today: dt.date) -> str:
    """When an item is due, relative to today ("" for a suggestion)."""
    if item.is_suggestion:
        return ""
    days = (item.due_on - today).days
    if days < 0:
        if days == -1:
            return translate("today", "1 day late")
        return fill(translate("today", "%1 days late"), -days)
    if days == 0:
        return translate("today", "Today")
    if days == 1:
        return translate("today", "Tomorrow")
    return dates.near_date(item.due_on, today)


def _starter_title(item: DueItem) -> str:
    """The conversation starter (the section already says "reconnect")."""
    s = item.starter
    if s is None or s.kind == StarterKind.CHECK_IN:
        return translate("today", "A short “how are you?” is enough")
    if s.kind == StarterKind.INTEREST_AND_TAG:
        return fill(translate("today", "Ask about %1, or share something about #%2"),
                    s.interest, s.tag)
    if s.kind == StarterKind.INTEREST:
        return fill(translate("today", "Ask about %1"), s.interest)
    return fill(translate("today", "Share something about #%1"), s.tag)


def title(item: DueItem) -> str:
    """What the item asks, in a few words."""
    step = item.step
    if step == Step.FOLLOW_UP:
        return fill(translate("today", "Follow up (try %1 of %2)"), item.attempt, MAX_ATTEMPTS)
    if step == Step.LAST_TRY:
        return fill(translate("today", "Last follow-up (try %1 of %2)"), MAX_ATTEMPTS, MAX_ATTEMPTS)
    if step == Step.LET_GO:
        return translate("today", "No reply after three tries. Let go?")
    if step == Step.THANK_YOU:
        return translate("today", "Say thank you")
    if step == Step.NEXT_STEP:
        return fill(translate("today", "Next step: %1"), item.reason) if item.reason \
            else translate("today", "The next step you agreed")
    if step == Step.THANK_INTRODUCER:
        return translate("today", "Thank them for the introduction, and go back to them")
    if step == Step.RECONNECT and item.birthday is not None:
        return fill(translate("today", "Birthday on %1: a reason to reach out"),
                    weekday_text(item.due_on))
    if step == Step.RECONNECT:
        if item.is_suggestion:
            return _starter_title(item)
        if item.reason:
            return fill(translate("today", "Reconnect: %1"), item.reason)
        return translate("today", "Reconnect")
    return item.reason or label(FollowUpKind.MANUAL)


def detail(item: DueItem) -> str:
    """The quieter second line: the first message quoted, the event, the last contact."""
    step = item.step
    parts = []
    if step in (Step.FOLLOW_UP, Step.LAST_TRY, Step.LET_GO) and item.first_message:
        parts.append(quote(item.first_message))
    elif step in (Step.THANK_YOU, Step.NEXT_STEP) and item.event_name:
        parts.append(fill(translate("today", "After %1"), item.event_name))
    elif step == Step.THANK_YOU:
        parts.append(translate("today", "After your meeting"))
    elif step == Step.THANK_INTRODUCER and item.reason:
        parts.append(item.reason)
    elif step == Step.RECONNECT and item.is_suggestion:
        tie = label(item.tie) if item.tie is not None else ""
        if item.last_contact_on is not None:
            parts.append(fill(translate("today", "Last in touch %1 · %2 tie, every %3 days"),
                              date_text(item.last_contact_on), tie, item.cadence_days))
        else:
            parts.append(fill(translate(
                "today", "Not in touch since you added them · %1 tie"), tie))
    if item.snoozed:
        parts.append(translate("today", "snoozed"))
    return translate("today", " · ").join(parts)


def accessible_text(item: DueItem, today: dt.date) -> str:
    """Everything a row says, for screen readers and tooltips."""
    bits = [item.contact_name, title(item), due_text(item, today), detail(item)]
    return translate("today", ". ").join(b for b in bits if b)


def done_summary(item: DueItem) -> str:
    """What the interaction logged by "done" says on the timeline."""
    step = item.step
    if step in (Step.FOLLOW_UP, Step.LAST_TRY):
        return fill(translate("today", "Followed up (try %1 of %2)"), item.attempt, MAX_ATTEMPTS)
    if step == Step.THANK_YOU:
        return translate("today", "Said thank you")
    if step == Step.THANK_INTRODUCER:
        return translate("today", "Thanked them for the introduction")
    if step == Step.RECONNECT:
        return translate("today", "Reconnected")
    return item.reason or title(item)


def chain_what(chain: ChainSummary) -> str:
    return fill(translate("today", "Reached out: %1"), quote(chain.first_message, 80)) \
        if chain.first_message else translate("today", "Reached out")


def chain_outcome(chain: ChainSummary) -> str:
    """How an outreach chain went, for the card's history."""
    if chain.state == ChainState.LET_GO:
        return fill(translate("today", "Let go after %1 of %2 tries"), chain.tries_sent,
                    MAX_ATTEMPTS)
    if chain.state == ChainState.REPLIED:
        if chain.tries_sent == 0:
            return translate("today", "They replied")
        if chain.tries_sent == 1:
            return translate("today", "They replied after 1 follow-up")
        return fill(translate("today", "They replied after %1 follow-ups"), chain.tries_sent)
    nxt = chain.open_follow_up
    if nxt is None:
        return translate("today", "Waiting for a reply")
    if nxt.attempt is None:
        return fill(translate("today", "No reply after three tries: let go? (%1)"),
                    date_text(nxt.due_on))
    return fill(translate("today", "Waiting: try %1 due %2"), nxt.attempt, date_text(nxt.due_on))


def closed_what(follow_up: FollowUp) -> str:
    """A closed follow-up in the card's history."""
    if follow_up.kind == FollowUpKind.OUTREACH:
        if follow_up.attempt is None:
            return translate("today", "Let go?")
        return fill(translate("today", "Follow-up (try %1 of %2)"), follow_up.attempt, MAX_ATTEMPTS)
    word = label(follow_up.kind)
    return fill(translate("today", "%1: %2"), word, follow_up.reason) if follow_up.reason else word


def closed_outcome(follow_up: FollowUp) -> str:
    """How a closed follow-up ended: an outreach try that was done was sent."""
    if follow_up.kind == FollowUpKind.OUTREACH and follow_up.status == FollowUpStatus.DONE:
        return translate("today", "Sent")
    return label(follow_up.status)
