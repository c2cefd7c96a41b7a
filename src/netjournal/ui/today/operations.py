"""User actions on follow-ups: each calls the journal, then tells the panes what changed.

Widgets call these instead of the store, so every write emits the matching
:class:`~netjournal.ui.events.JournalEvents` signals once. Errors from the store
(:class:`~netjournal.storage.StorageError`, a message meant for the user) propagate to
the caller, which shows them; each journal operation is one transaction.
"""

from __future__ import annotations

import datetime as dt

from netjournal.domain.followups import DueItem
from netjournal.domain.values import FollowUp
from netjournal.storage import journal
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.today import wording
from netjournal.ui.today.wording import translate


def mark_done(store: Store, events: JournalEvents, item: DueItem, *, now: dt.datetime,
              tz: dt.tzinfo | None = None) -> journal.MarkedDone:
    """Done: the interaction is logged (worded for the timeline) and the item closed."""
    result = journal.mark_item_done(store, item, when=now, summary=wording.done_summary(item),
                                    tz=tz)
    events.sig_interactions_changed.emit([item.contact_id])
    events.sig_followups_changed.emit()
    return result


def record_reply(store: Store, events: JournalEvents, item: DueItem, *,
                 now: dt.datetime) -> journal.ReplyRecorded:
    """They replied after all: log it and close the chain."""
    result = journal.record_reply(store, item.contact_id, when=now,
                                  summary=translate("today", "They replied"))
    events.sig_interactions_changed.emit([item.contact_id])
    events.sig_followups_changed.emit()
    return result


def snooze(store: Store, events: JournalEvents, item: DueItem, until: dt.date, *,
           today: dt.date) -> FollowUp:
    saved = journal.snooze_item(store, item, until, today=today)
    events.sig_followups_changed.emit()
    return saved


def let_go(store: Store, events: JournalEvents, item: DueItem, *,
           now: dt.datetime) -> FollowUp:
    saved = journal.let_go_item(store, item, when=now)
    events.sig_followups_changed.emit()
    return saved


def add_follow_up(store: Store, events: JournalEvents, contact_id: int, due_on: dt.date,
                  reason: str) -> FollowUp:
    """A follow-up made by hand on the card."""
    saved = journal.add_follow_up(store, contact_id, due_on, reason)
    events.sig_followups_changed.emit()
    return saved
