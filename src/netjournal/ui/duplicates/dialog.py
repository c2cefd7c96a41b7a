"""Contacts > Find duplicates…: the groups of contacts that look like one person.

Each group shows its reasons over its contacts. Choosing a pair (a group of two, or two
contacts of a bigger group) and "Compare and merge…" opens the side-by-side
:class:`~netjournal.ui.duplicates.merge_dialog.MergeDialog`; the merge is one step of
the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.duplicates.merge_dialog import MergeDialog
from netjournal.ui.duplicates.model import DuplicateGroupsModel, DuplicateRole
from netjournal.ui.duplicates.operations import MergeCommand, merge_contacts
from netjournal.ui.events import JournalEvents
from netjournal.wording import fill


class DuplicatesDialog(QDialog):
    """The groups of probable duplicates, and the way to merge a pair of them."""

    sig_merged = Signal(int, int)
    """Two contacts were merged (the kept id, the id merged into it)."""

    def __init__(self, store: Store, events: JournalEvents, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._undo_stack = undo_stack
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(560, 520)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = DuplicateGroupsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Probable duplicates"))
        self.view.setUniformRowHeights(True)
        self.merge_button = QPushButton(self.tr("Compare and &merge…"), self)
        self.merge_button.setToolTip(self.tr("Choose a group of two, or two people of a "
                                             "group, then compare them side by side"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._sync)
        # a merge, its undo or its redo (from here or the Edit menu) changes the groups
        undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self._listening = True
        self.reload()

    def reload(self) -> None:
        """Look for duplicates again (after a merge, or an undo)."""
        # a second or so on a journal of 100,000 people: say that it is working
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            groups = self._store.merges.duplicate_groups()
            names = self._store.contacts.summaries(sorted({i for g in groups for i in g.ids}))
        except StorageError as e:
            groups, names = [], {}
            self.summary.setText(str(e))
        else:
            if len(groups) == 1:
                self.summary.setText(self.tr(
                    "These contacts look like one person entered more than once. Choose "
                    "two of them and compare them side by side."))
            elif groups:
                self.summary.setText(fill(self.tr(
                    "%1 groups of contacts look like one person entered more than once. "
                    "Choose two of them and compare them side by side."), len(groups)))
            else:
                self.summary.setText(self.tr("No duplicates found: no two contacts share "
                                             "an email, a LinkedIn profile or a phone, or "
                                             "a similar name at the same company."))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_groups(groups, names)
        self.view.expandAll()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._sync()

    def chosen_pair(self) -> tuple[int, int] | None:
        """The two contacts the selection names (in the group's order), or None."""
        indexes = self.view.selectionModel().selectedRows()
        contacts = [i for i in indexes if i.data(DuplicateRole.CONTACT_ID) is not None]
        groups = [i for i in indexes if i.data(DuplicateRole.CONTACT_ID) is None]
        if len(contacts) == 2 and not groups:
            a, b = sorted(contacts, key=lambda i: (i.parent().row(), i.row()))
            return int(a.data(DuplicateRole.CONTACT_ID)), int(b.data(DuplicateRole.CONTACT_ID))
        if len(groups) == 1 and not contacts:
            ids = self.model.group(groups[0].row()).ids
            if len(ids) == 2:
                return ids[0], ids[1]
        return None

    def compare(self, first_id: int, second_id: int) -> bool:
        """Open the side-by-side dialog for two contacts; merge if the user says so."""
        try:
            first = self._store.contacts.get(first_id)
            second = self._store.contacts.get(second_id)
            people = {i for c in (first, second) for i in [c.introduced_by_id] if i}
            names = {i: s.name for i, s in self._store.contacts.summaries(sorted(people)).items()}
            events = {}
            timelines = {c.id: self._store.interactions.count_for_contact(c.id)
                         for c in (first, second) if c.id is not None}
            for c in (first, second):
                if c.met_at_event_id is not None:
                    events[c.met_at_event_id] = self._store.events.get(c.met_at_event_id).name
        except StorageError as e:
            self._show_error(str(e))
            self.reload()
            return False
        dialog = MergeDialog(first, second, self, contact_names=names, event_names=events,
                             timelines=timelines)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.merge(dialog)

    def merge(self, dialog: MergeDialog) -> bool:
        """Merge as ``dialog`` chose; push the step onto the undo stack."""
        card = dialog.card()
        try:
            record = merge_contacts(self._store, self._events, card, dialog.gone_id)
        except StorageError as e:
            self._show_error(str(e))
            return False
        gone = self._store.contacts.get(record.gone_id, include_deleted=True).name
        text = fill(self.tr("Merge %1 into %2"), gone, card.name)
        self._undo_stack.push(MergeCommand(self._store, self._events, record, card, text))
        self._events.sig_status.emit(fill(
            self.tr("%1 merged into %2 (Edit > Undo separates them)."), gone, card.name))
        self.sig_merged.emit(record.kept_id, record.gone_id)
        return True

    def done(self, result: int) -> None:
        """Closing stops listening to the window's undo stack, which outlives the dialog."""
        if self._listening:
            self._listening = False
            self._undo_stack.indexChanged.disconnect(self._on_undo_stack_index_changed)
        super().done(result)

    # slots -------------------------------------------------------------------------------

    def _sync(self, *_args: object) -> None:
        self.merge_button.setEnabled(self.chosen_pair() is not None)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self.isVisible():
            self.reload()

    def _on_merge_button_clicked(self) -> None:
        pair = self.chosen_pair()
        if pair is not None:
            self.compare(*pair)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.data(DuplicateRole.CONTACT_ID) is None:
            ids = self.model.group(index.row()).ids
            if len(ids) == 2:
                self.compare(ids[0], ids[1])

    def _show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Find duplicates"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
