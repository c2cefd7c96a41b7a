"""Merging two contacts as one undoable step of the window's undo stack.

:func:`merge_contacts` runs the merge (an error is shown before anything lands on the
stack) and tells the panes; :class:`MergeCommand` is pushed after it, so its first
``redo()`` (the one ``QUndoStack.push`` calls) does nothing. Undo brings the second
contact back with everything that moved; redo merges again with the same choices.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from netjournal.domain.values import Contact
from netjournal.storage import StorageError
from netjournal.storage.merge import MergeRecord
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents


def _tell(events: JournalEvents, record: MergeRecord, *, undone: bool) -> None:
    if undone:
        events.sig_contacts_changed.emit([record.kept_id, record.gone_id])
    else:
        events.sig_contacts_removed.emit([record.gone_id])
        events.sig_contacts_changed.emit([record.kept_id])
    events.sig_interactions_changed.emit([record.kept_id, record.gone_id])
    for contact_id in (record.kept_id, record.gone_id):
        events.sig_ledger_changed.emit(contact_id)
    events.sig_followups_changed.emit()
    events.sig_requests_changed.emit()


def merge_contacts(store: Store, events: JournalEvents, card: Contact,
                   gone_id: int) -> MergeRecord:
    """Merge ``gone_id`` into ``card.id``, which becomes ``card``; tell the panes."""
    record = store.merges.merge(card, gone_id)
    _tell(events, record, undone=False)
    return record


def unmerge_contacts(store: Store, events: JournalEvents, record: MergeRecord) -> Contact:
    """Undo a merge; tell the panes. Returns the contact brought back."""
    back = store.merges.unmerge(record)
    _tell(events, record, undone=True)
    return back


class MergeCommand(QUndoCommand):
    """Two contacts made one; undo separates them again and shows the one brought back."""

    def __init__(self, store: Store, events: JournalEvents, record: MergeRecord,
                 card: Contact, text: str) -> None:
        super().__init__(text)
        self._store = store
        self._events = events
        self.record = record
        self._card = card
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the merge happened before the push
            return
        try:
            self.record = merge_contacts(self._store, self._events, self._card,
                                         self.record.gone_id)
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))
            return
        self._events.sig_open_contact.emit(self.record.kept_id)

    def undo(self) -> None:
        try:
            unmerge_contacts(self._store, self._events, self.record)
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))
            return
        self._events.sig_open_contact.emit(self.record.gone_id)
