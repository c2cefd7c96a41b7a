"""The journal's change notifications, shared by every pane of one window.

Operations (small functions that call the store for a user action) emit these after a
write, so that each model refreshes just what changed and panes never poll or copy data.
One instance is made by the bootstrap and passed to every pane's constructor.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JournalEvents(QObject):
    """Signals that something in the journal changed."""

    sig_contacts_changed = Signal(list)
    """Contacts were created or edited (their ids). Lists and cards reload those rows."""

    sig_contacts_removed = Signal(list)
    """Contacts were deleted (their ids); undo emits ``sig_contacts_changed`` again."""

    sig_journal_reset = Signal()
    """Many rows changed at once (an import, demo data): reload everything."""

    sig_interactions_changed = Signal(list)
    """Interactions were added, edited or deleted (the affected contact ids)."""

    sig_ledger_changed = Signal(int)
    """Offers or exchanges of one contact changed (its id)."""

    sig_followups_changed = Signal()
    """Follow-ups were created, done, snoozed or let go."""

    sig_requests_changed = Signal()
    """Connection requests or introductions changed."""

    sig_open_contact = Signal(int)
    """Someone asked to show a contact's card (its id)."""

    sig_status = Signal(str)
    """A short message for the status bar (already translated)."""
