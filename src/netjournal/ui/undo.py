"""Deleting a contact as a small operation, and its undo command for the window's stack.

The delete runs first (an error is shown before anything lands on the stack), then the
command is pushed; its first ``redo()``, which ``QUndoStack.push`` calls, does nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from netjournal.domain.values import Contact
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents


def delete_contacts(store: Store, events: JournalEvents,
                    contact_ids: Sequence[int]) -> list[Contact]:
    """Move contacts to the bin (all or none) and tell the panes; returns their cards."""
    with store.atomic():
        contacts = [store.contacts.get(cid) for cid in contact_ids]
        for cid in contact_ids:
            store.contacts.delete(cid)
    events.sig_contacts_removed.emit(list(contact_ids))
    return contacts


def restore_contacts(store: Store, events: JournalEvents,
                     contact_ids: Sequence[int]) -> list[Contact]:
    """Bring deleted contacts back (all or none) and tell the panes."""
    with store.atomic():
        contacts = [store.contacts.restore(cid) for cid in contact_ids]
    events.sig_contacts_changed.emit(list(contact_ids))
    return contacts


class DeleteContactCommand(QUndoCommand):
    """Contacts moved to the bin; undo restores them and shows the first one's card."""

    def __init__(self, store: Store, events: JournalEvents, contact_ids: Sequence[int],
                 text: str) -> None:
        super().__init__(text)
        self._store = store
        self._events = events
        self.contact_ids = list(contact_ids)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the delete happened before the push
            return
        try:
            delete_contacts(self._store, self._events, self.contact_ids)
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))

    def undo(self) -> None:
        try:
            restore_contacts(self._store, self._events, self.contact_ids)
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))
            return
        self._events.sig_open_contact.emit(self.contact_ids[0])
