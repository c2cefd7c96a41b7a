"""Words for the domain's codes and a safe ``%1`` filler, shared by the UI and the report.

The domain returns codes; this one table words them (channels, tie strengths,
statuses...), so every pane and the printed summary say the same thing with one
translation. It sits below ``ui/`` and ``report/`` and loads only ``QtCore``:
``QT_TRANSLATE_NOOP`` marks the words for lupdate in the "labels" context and
:func:`label` translates them at run time.
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netjournal.domain.values import (
    Channel,
    DetailKind,
    Direction,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    FollowUpKind,
    FollowUpStatus,
    IntroductionDirection,
    IntroductionOutcome,
    OfferStatus,
    RequestDecision,
    RequestDirection,
    TieStrength,
)

CONTEXT = "labels"
"""The translation context of every code's word."""

# QT_TRANSLATE_NOOP returns its text unchanged; PySide6's stubs type it as object.
_PAIRS: tuple[tuple[StrEnum, object], ...] = (
    (Channel.IN_PERSON, QT_TRANSLATE_NOOP("labels", "In person")),
    (Channel.CALL, QT_TRANSLATE_NOOP("labels", "Call")),
    (Channel.VIDEO, QT_TRANSLATE_NOOP("labels", "Video")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("labels", "Email")),
    (Channel.MESSAGE, QT_TRANSLATE_NOOP("labels", "Message")),
    (Channel.SOCIAL, QT_TRANSLATE_NOOP("labels", "Social")),
    (Channel.EVENT, QT_TRANSLATE_NOOP("labels", "Event")),
    (Direction.OUTBOUND, QT_TRANSLATE_NOOP("labels", "I reached out")),
    (Direction.INBOUND, QT_TRANSLATE_NOOP("labels", "They reached out")),
    (Direction.MUTUAL, QT_TRANSLATE_NOOP("labels", "Together")),
    (TieStrength.CLOSE, QT_TRANSLATE_NOOP("labels", "Close")),
    (TieStrength.REGULAR, QT_TRANSLATE_NOOP("labels", "Regular")),
    (TieStrength.WEAK, QT_TRANSLATE_NOOP("labels", "Weak")),
    (TieStrength.DORMANT, QT_TRANSLATE_NOOP("labels", "Dormant")),
    (DetailKind.EMAIL, QT_TRANSLATE_NOOP("labels", "Email")),
    (DetailKind.PHONE, QT_TRANSLATE_NOOP("labels", "Phone")),
    (DetailKind.LINK, QT_TRANSLATE_NOOP("labels", "Link")),
    (DetailKind.ADDRESS, QT_TRANSLATE_NOOP("labels", "Address")),
    (OfferStatus.IDEA, QT_TRANSLATE_NOOP("labels", "Idea")),
    (OfferStatus.OFFERED, QT_TRANSLATE_NOOP("labels", "Offered")),
    (OfferStatus.GIVEN, QT_TRANSLATE_NOOP("labels", "Given")),
    (ExchangeDirection.GIVEN, QT_TRANSLATE_NOOP("labels", "I gave")),
    (ExchangeDirection.RECEIVED, QT_TRANSLATE_NOOP("labels", "I received")),
    (ExchangeKind.INTRO, QT_TRANSLATE_NOOP("labels", "Introduction")),
    (ExchangeKind.ADVICE, QT_TRANSLATE_NOOP("labels", "Advice")),
    (ExchangeKind.REFERRAL, QT_TRANSLATE_NOOP("labels", "Referral")),
    (ExchangeKind.INFORMATION, QT_TRANSLATE_NOOP("labels", "Information")),
    (ExchangeKind.HELP, QT_TRANSLATE_NOOP("labels", "Help")),
    (ExchangeStatus.ASKED, QT_TRANSLATE_NOOP("labels", "Asked")),
    (ExchangeStatus.DONE, QT_TRANSLATE_NOOP("labels", "Done")),
    (FollowUpStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (FollowUpStatus.DONE, QT_TRANSLATE_NOOP("labels", "Done")),
    (FollowUpStatus.SNOOZED, QT_TRANSLATE_NOOP("labels", "Snoozed")),
    (FollowUpStatus.LET_GO, QT_TRANSLATE_NOOP("labels", "Let go")),
    (FollowUpKind.OUTREACH, QT_TRANSLATE_NOOP("labels", "Follow up")),
    (FollowUpKind.THANK_YOU, QT_TRANSLATE_NOOP("labels", "Say thank you")),
    (FollowUpKind.NEXT_STEP, QT_TRANSLATE_NOOP("labels", "Next step")),
    (FollowUpKind.RECONNECT, QT_TRANSLATE_NOOP("labels", "Reconnect")),
    (FollowUpKind.INTRODUCER, QT_TRANSLATE_NOOP("labels", "Back to the introducer")),
    (FollowUpKind.MANUAL, QT_TRANSLATE_NOOP("labels", "Reminder")),
    (IntroductionOutcome.PENDING, QT_TRANSLATE_NOOP("labels", "Pending")),
    (IntroductionOutcome.ACCEPTED, QT_TRANSLATE_NOOP("labels", "Accepted")),
    (IntroductionOutcome.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (IntroductionOutcome.NO_REPLY, QT_TRANSLATE_NOOP("labels", "No reply")),
    (IntroductionDirection.RECEIVED, QT_TRANSLATE_NOOP("labels", "Introduced to me")),
    (IntroductionDirection.ASKED, QT_TRANSLATE_NOOP("labels", "I asked for an introduction")),
    (IntroductionDirection.MADE, QT_TRANSLATE_NOOP("labels", "I introduced them")),
    (RequestDirection.INCOMING, QT_TRANSLATE_NOOP("labels", "Incoming")),
    (RequestDirection.OUTGOING, QT_TRANSLATE_NOOP("labels", "Outgoing")),
    (RequestDecision.PENDING, QT_TRANSLATE_NOOP("labels", "Pending")),
    (RequestDecision.ACCEPTED, QT_TRANSLATE_NOOP("labels", "Accepted")),
    (RequestDecision.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (RequestDecision.IGNORED, QT_TRANSLATE_NOOP("labels", "Ignored")),
)

# Keyed by (enum, value): codes of different enums may share a value ("given", "done").
_WORDS: dict[tuple[type[StrEnum], str], str] = {
    (type(code), code.value): str(word) for code, word in _PAIRS}

_PLACEHOLDER = re.compile(r"%(\d)")

# A detail's label is the user's own text, stored as typed (imports write English codes
# like "work" or "mobile"); the usual ones are shown in the UI's language and stored back
# in English, so files, JSON and other devices keep the codes.
_DETAIL_LABELS: dict[str, object] = {
    "work": QT_TRANSLATE_NOOP("labels", "work"),
    "personal": QT_TRANSLATE_NOOP("labels", "personal"),
    "home": QT_TRANSLATE_NOOP("labels", "home"),
    "mobile": QT_TRANSLATE_NOOP("labels", "mobile"),
    "other": QT_TRANSLATE_NOOP("labels", "other"),
    "school": QT_TRANSLATE_NOOP("labels", "school"),
    "website": QT_TRANSLATE_NOOP("labels", "website"),
    "fax": QT_TRANSLATE_NOOP("labels", "fax"),
    "home fax": QT_TRANSLATE_NOOP("labels", "home fax"),
    "work fax": QT_TRANSLATE_NOOP("labels", "work fax"),
    "pager": QT_TRANSLATE_NOOP("labels", "pager"),
    "linkedin": "LinkedIn",  # a name: the same in every language
}


def label(code: StrEnum) -> str:
    """The translated word for a domain code."""
    return QCoreApplication.translate(CONTEXT, _WORDS[type(code), code.value])


def detail_label(stored: str) -> str:
    """How a detail's stored label is shown: the usual ones in the UI's language."""
    word = _DETAIL_LABELS.get(stored.strip().casefold())
    if word is None:
        return stored
    return QCoreApplication.translate(CONTEXT, str(word))


def detail_label_code(shown: str) -> str:
    """What a label typed or picked in the UI is stored as: the English code of a usual
    one (``kerja`` is stored as ``work``), else the text as typed."""
    folded = shown.strip().casefold()
    for code, word in _DETAIL_LABELS.items():
        if folded in (code, QCoreApplication.translate(CONTEXT, str(word)).casefold()):
            return code
    return shown.strip()


def choices(enum: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(translated word, code) pairs for a combo box, in the enum's order."""
    return [(label(member), member) for member in enum
            if (enum, member.value) in _WORDS]


def fill(template: str, *args: object) -> str:
    """Put ``args`` in for ``%1``, ``%2``... of a translated string, in one pass.

    A placeholder with no argument (``%0``, or ``%3`` of two) stays as it is; an argument
    that is not a string is written with ``str()``. One pass matters: a name that itself
    contains ``%2`` is never filled in again.
    """
    def sub(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(args[n - 1]) if 1 <= n <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(sub, template)
