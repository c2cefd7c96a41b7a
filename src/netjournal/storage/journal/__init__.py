"""Journal operations that apply the follow-up rules across repositories.

The GUI and the command line both call these, so a follow-up means the same thing
everywhere: logging outreach starts a chain, their reply closes it, a meeting owes a
thank-you, and so on (the rules are in :mod:`netjournal.domain.followups`). Each
operation runs in one transaction and returns a frozen dataclass saying what it did;
the UI turns that into its change signals.

Dates: ``when`` is an aware moment (default: now); the date a rule counts from is the
user's local date of it in ``tz`` (None: the system's zone). ``today`` is a local date.

Import from here (``from netjournal.storage import journal``); the modules behind it are
``base`` (error, settings, the day), ``chains`` (outreach, replies, done, snooze, let go),
``meetings`` (meetings and introductions), ``timeline`` (deleting an interaction with the
follow-ups it started) and ``due`` (what is due, a contact's history). Each is imported
when one of its names is first used: the app's start reads only what is due.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netjournal.storage.journal.base import (
        DEFAULT_SETTINGS,
        JournalError,
        cadences_of,
        local_today,
        start_of_day,
    )
    from netjournal.storage.journal.chains import (
        MEETING_CHANNELS,
        MarkedDone,
        OutreachLogged,
        ReplyRecorded,
        RulesApplied,
        add_follow_up,
        apply_rules_to_interaction,
        close_chains,
        let_go,
        let_go_item,
        log_outreach,
        mark_done,
        mark_item_done,
        record_reply,
        snooze,
        snooze_item,
        start_chain,
        store_suggestion,
    )
    from netjournal.storage.journal.due import (
        ChainSummary,
        ContactFollowUps,
        TodayPage,
        contact_follow_ups,
        open_items,
        reconnect_suggestions,
        today_list,
        today_page,
        today_section,
    )
    from netjournal.storage.journal.meetings import (
        IntroductionOutcomeRecorded,
        MeetingLogged,
        NextStepAgreed,
        agree_next_step,
        agreed_next_steps,
        log_meeting,
        record_introduction_outcome,
    )
    from netjournal.storage.journal.timeline import (
        InteractionBinned,
        bin_interaction,
        restore_interaction,
    )

_MODULE_OF = {
    "ChainSummary": "due",
    "ContactFollowUps": "due",
    "DEFAULT_SETTINGS": "base",
    "InteractionBinned": "timeline",
    "IntroductionOutcomeRecorded": "meetings",
    "JournalError": "base",
    "MEETING_CHANNELS": "chains",
    "MarkedDone": "chains",
    "MeetingLogged": "meetings",
    "NextStepAgreed": "meetings",
    "OutreachLogged": "chains",
    "ReplyRecorded": "chains",
    "RulesApplied": "chains",
    "TodayPage": "due",
    "add_follow_up": "chains",
    "agree_next_step": "meetings",
    "agreed_next_steps": "meetings",
    "apply_rules_to_interaction": "chains",
    "bin_interaction": "timeline",
    "cadences_of": "base",
    "close_chains": "chains",
    "contact_follow_ups": "due",
    "let_go": "chains",
    "let_go_item": "chains",
    "local_today": "base",
    "log_meeting": "meetings",
    "log_outreach": "chains",
    "mark_done": "chains",
    "mark_item_done": "chains",
    "open_items": "due",
    "reconnect_suggestions": "due",
    "record_introduction_outcome": "meetings",
    "record_reply": "chains",
    "restore_interaction": "timeline",
    "snooze": "chains",
    "snooze_item": "chains",
    "start_chain": "chains",
    "start_of_day": "base",
    "store_suggestion": "chains",
    "today_list": "due",
    "today_page": "due",
    "today_section": "due",
}
"""Which module of the package defines each name."""


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use (PEP 562)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_SETTINGS",
    "MEETING_CHANNELS",
    "ChainSummary",
    "ContactFollowUps",
    "InteractionBinned",
    "IntroductionOutcomeRecorded",
    "JournalError",
    "MarkedDone",
    "MeetingLogged",
    "NextStepAgreed",
    "OutreachLogged",
    "ReplyRecorded",
    "RulesApplied",
    "TodayPage",
    "add_follow_up",
    "agree_next_step",
    "agreed_next_steps",
    "apply_rules_to_interaction",
    "bin_interaction",
    "cadences_of",
    "close_chains",
    "contact_follow_ups",
    "let_go",
    "let_go_item",
    "local_today",
    "log_meeting",
    "log_outreach",
    "mark_done",
    "mark_item_done",
    "open_items",
    "reconnect_suggestions",
    "record_introduction_outcome",
    "record_reply",
    "restore_interaction",
    "snooze",
    "snooze_item",
    "start_chain",
    "start_of_day",
    "store_suggestion",
    "today_list",
    "today_page",
    "today_section",
]
