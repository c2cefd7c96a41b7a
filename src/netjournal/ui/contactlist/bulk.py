"""Changing the selected contacts at once: tags, tie strength, cadence, follow-ups.

:class:`BulkEditor` holds the actions (the list's context menu and Contact > Change
selected contacts show the same ones) and asks what it needs (a tag, a number of days).
Each ``apply_*`` method changes every contact in one transaction and pushes one
:class:`BulkCommand` on the window's undo stack, so one Undo puts them all back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from netjournal.domain.people import split_tags
from netjournal.domain.values import TieStrength
from netjournal.storage import StorageError
from netjournal.storage.bulk import MAX_CADENCE_DAYS, BulkRecord
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.wording import fill, label

Change = Callable[[], BulkRecord]


def _tell(events: JournalEvents, record: BulkRecord) -> None:
    events.sig_contacts_changed.emit(list(record.contact_ids))
    if record.let_go:
        events.sig_followups_changed.emit()


class BulkCommand(QUndoCommand):
    """One change to several contacts; undo restores each as it was."""

    def __init__(self, store: Store, events: JournalEvents, change: Change,
                 record: BulkRecord, text: str) -> None:
        super().__init__(text)
        self._store = store
        self._events = events
        self._change = change
        self.record = record
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the change happened before the push
            return
        try:
            self.record = self._change()
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))
            return
        _tell(self._events, self.record)

    def undo(self) -> None:
        try:
            self._store.bulk.restore(self.record)
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))
            return
        _tell(self._events, self.record)


class BulkEditor(QObject):
    """The bulk actions over the contacts ``ids()`` names (the list's selection)."""

    def __init__(self, store: Store, events: JournalEvents, undo_stack: QUndoStack,
                 ids: Callable[[], list[int]], parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._stack = undo_stack
        self._ids = ids
        self._parent = parent
        self.add_tags_action = QAction(self.tr("&Add tags…"), self)
        self.remove_tags_action = QAction(self.tr("&Remove tags…"), self)
        self.tie_actions = {tie: QAction(label(tie), self) for tie in
                            (TieStrength.CLOSE, TieStrength.REGULAR, TieStrength.WEAK)}
        self.cadence_action = QAction(self.tr("Set keep-in-touch &cadence…"), self)
        self.default_cadence_action = QAction(
            self.tr("Use the tie strength's &default cadence"), self)
        self.let_go_action = QAction(self.tr("&Let go of their follow-ups"), self)
        self.let_go_action.setToolTip(self.tr("Close every open follow-up of these "
                                              "contacts without doing it"))
        self.add_tags_action.triggered.connect(self._on_add_tags_triggered)
        self.remove_tags_action.triggered.connect(self._on_remove_tags_triggered)
        for tie, action in self.tie_actions.items():
            action.triggered.connect(lambda _checked=False, t=tie: self.apply_tie_strength(
                self._ids(), t))
        self.cadence_action.triggered.connect(self._on_cadence_triggered)
        self.default_cadence_action.triggered.connect(
            lambda: self.apply_cadence(self._ids(), None))
        self.let_go_action.triggered.connect(lambda: self.apply_let_go(self._ids()))

    def fill_menu(self, menu: QMenu) -> None:
        """Put the actions into ``menu`` (emptied first), enabled when contacts are chosen."""
        menu.clear()
        count = len(self._ids())
        heading = menu.addAction(self.tr("1 contact selected") if count == 1 else
                                 fill(self.tr("%1 contacts selected"), count))
        heading.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.add_tags_action)
        menu.addAction(self.remove_tags_action)
        ties = menu.addMenu(self.tr("Set &tie strength"))
        for action in self.tie_actions.values():
            ties.addAction(action)
        menu.addAction(self.cadence_action)
        menu.addAction(self.default_cadence_action)
        menu.addSeparator()
        menu.addAction(self.let_go_action)
        for action in (self.add_tags_action, self.remove_tags_action, self.cadence_action,
                       self.default_cadence_action, self.let_go_action,
                       *self.tie_actions.values()):
            action.setEnabled(count > 0)
        ties.setEnabled(count > 0)

    def popup(self, pos: QPoint) -> QMenu:
        """Show the actions as a context menu at ``pos`` (global); returns the menu."""
        menu = QMenu(self._parent)
        self.fill_menu(menu)
        menu.popup(pos)
        return menu

    # the changes -------------------------------------------------------------------------

    def _run(self, change: Change, text: str, done: str) -> BulkRecord | None:
        try:
            record = change()
        except StorageError as e:
            self._events.sig_status.emit(str(e))
            return None
        _tell(self._events, record)
        self._stack.push(BulkCommand(self._store, self._events, change, record, text))
        self._events.sig_status.emit(done)
        return record

    def _people(self, ids: Sequence[int]) -> str:
        return self.tr("1 contact") if len(ids) == 1 else fill(self.tr("%1 contacts"), len(ids))

    def apply_add_tags(self, ids: Sequence[int], tags: Sequence[str]) -> BulkRecord | None:
        if not ids or not tags:
            return None
        shown = " ".join(f"#{t.strip().lstrip('#')}" for t in tags)
        text = fill(self.tr("Add %1 to %2"), shown, self._people(ids))
        return self._run(lambda: self._store.bulk.add_tags(ids, tags), text, text)

    def apply_remove_tags(self, ids: Sequence[int], tags: Sequence[str]) -> BulkRecord | None:
        if not ids or not tags:
            return None
        shown = " ".join(f"#{t.strip().lstrip('#')}" for t in tags)
        text = fill(self.tr("Remove %1 from %2"), shown, self._people(ids))
        return self._run(lambda: self._store.bulk.remove_tags(ids, tags), text, text)

    def apply_tie_strength(self, ids: Sequence[int], tie: TieStrength) -> BulkRecord | None:
        if not ids:
            return None
        text = fill(self.tr("Set the tie strength of %1 to %2"), self._people(ids), label(tie))
        return self._run(lambda: self._store.bulk.set_tie_strength(ids, tie), text, text)

    def apply_cadence(self, ids: Sequence[int], days: int | None) -> BulkRecord | None:
        if not ids:
            return None
        if days is None:
            text = fill(self.tr("Use the default cadence for %1"), self._people(ids))
        else:
            text = fill(self.tr("Keep in touch with %1 every %2 days"), self._people(ids),
                        days)
        return self._run(lambda: self._store.bulk.set_cadence(ids, days), text, text)

    def apply_let_go(self, ids: Sequence[int]) -> BulkRecord | None:
        if not ids:
            return None
        text = fill(self.tr("Let go of the follow-ups of %1"), self._people(ids))
        return self._run(lambda: self._store.bulk.let_go_follow_ups(ids), text, text)

    # asking ------------------------------------------------------------------------------

    def _tags_of(self, ids: Sequence[int]) -> list[str]:
        summaries = self._store.contacts.summaries(ids)
        return sorted({t for s in summaries.values() for t in s.tags})

    def _on_add_tags_triggered(self) -> None:
        ids = self._ids()
        text, ok = QInputDialog.getText(
            self._parent, self.tr("Add tags"),
            fill(self.tr("Tags to add to %1 (separated by commas):"), self._people(ids)))
        if ok:
            self.apply_add_tags(ids, split_tags(text))

    def _on_remove_tags_triggered(self) -> None:
        ids = self._ids()
        tags = self._tags_of(ids)
        if not tags:
            self._events.sig_status.emit(self.tr("These contacts have no tags."))
            return
        tag, ok = QInputDialog.getItem(
            self._parent, self.tr("Remove a tag"),
            fill(self.tr("Tag to remove from %1:"), self._people(ids)), tags, 0, True)
        if ok:
            self.apply_remove_tags(ids, split_tags(tag))

    def _on_cadence_triggered(self) -> None:
        ids = self._ids()
        days, ok = QInputDialog.getInt(
            self._parent, self.tr("Keep-in-touch cadence"),
            fill(self.tr("Keep in touch with %1 every how many days?"), self._people(ids)),
            30, 1, MAX_CADENCE_DAYS)
        if ok:
            self.apply_cadence(ids, days)
