"""Deleting a contact as a small operation, and its undo command for the window's stack.

The delete runs first (an error is shown before anything lands on the stack), then the
command is pushed; its first ``redo()``, which ``QUndoStack.push`` calls, does nothing.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from netjournal.domain.values import Contact
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents


def delete_contact(store: Store, events: JournalEvents, contact_id: int) -> Contact:
    """Move a contact to the bin and tell the panes; returns the card as it was."""
    contact = store.contacts.get(contact_id)
    store.contacts.delete(contact_id)
    events.sig_contacts_removed.emit([contact_id])
    return contact


def restore_contact(store: Store, events: JournalEvents, contact_id: int) -> Contact:
    """Bring a deleted contact back and tell the panes."""
    contact = store.contacts.restore(contact_id)
    events.sig_contacts_changed.emit([contact_id])
    return contact


class DeleteContactCommand(QUndoCommand):
    """A contact moved to the bin; undo restores it and shows their card again."""

    def __init__(self, store: Store, events: JournalEvents, contact_id: int,
                 text: str) -> None:
        super().__init__(text)
        self._store = store
        self._events = events
        self.contact_id = contact_id
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the delete happened before the push
            return
        try:
            delete_contact(self._store, self._events, self.contact_id)
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))

    def undo(self) -> None:
        try:
            restore_contact(self._store, self._events, self.contact_id)
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))
            return
        self._events.sig_open_contact.emit(self.contact_id)
