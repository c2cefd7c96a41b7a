"""Quick entry actions: save a line and undo it, telling the other panes what changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from netjournal.domain.capture_rules import follow_up_reason
from netjournal.domain.quickentry import ParsedLine
from netjournal.domain.values import Event
from netjournal.storage import capture as capture_ops
from netjournal.storage.capture import CaptureResult
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents


def save_line(store: Store, events: JournalEvents, line: ParsedLine, *, into: int | None,
              event: Event | None, met_on: dt.date, now: dt.datetime,
              reason: Callable[[str, str], str] = follow_up_reason,
              by_date: bool = False) -> CaptureResult:
    """Save one line (contact, meeting, follow-up) in one transaction, then announce it.

    ``reason`` words a follow-up the line states no next step for (name, event);
    ``by_date``: the meeting is known by its day only (an earlier day was chosen), so it
    is stored as that whole day."""
    result = capture_ops.capture(store, line, met_on=met_on, into=into, event=event, now=now,
                                 reason=reason, by_date=by_date)
    events.sig_contacts_changed.emit([result.contact_id])
    events.sig_interactions_changed.emit([result.contact_id])
    events.sig_followups_changed.emit()
    return result


def undo_line(store: Store, events: JournalEvents, result: CaptureResult) -> None:
    """Take a saved line back; a card the line created goes too."""
    capture_ops.undo(store, result)
    if result.created:
        events.sig_contacts_removed.emit([result.contact_id])
    else:
        events.sig_contacts_changed.emit([result.contact_id])
        events.sig_interactions_changed.emit([result.contact_id])
    events.sig_followups_changed.emit()
