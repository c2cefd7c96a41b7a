"""The contact list pane: the filter bar over a lazy list of contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netjournal.settings import Settings
from netjournal.storage.search import Order
from netjournal.storage.store import Store
from netjournal.ui.contactlist.delegate import ContactDelegate
from netjournal.ui.contactlist.filterbar import FilterBar
from netjournal.ui.contactlist.model import ContactListModel, ContactRole
from netjournal.ui.contactlist.view import ContactListView
from netjournal.ui.events import JournalEvents
from netjournal.ui.style import fill


class ContactListPane(QWidget):
    """Search, filters and the list; tells the window which contact the user picked."""

    sig_contact_selected = Signal(int)
    """The user moved to a contact in the list (its id)."""

    sig_count_changed = Signal(int, bool)
    """The list now shows this many contacts; False while the full count is still coming."""

    sig_menu_requested = Signal(QPoint)
    """The user asked for the list's context menu (where, in global coordinates)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactListPane")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._store = store
        self._events = events
        self._tags_stale = True
        self._restoring = False
        self._wanted_id: int | None = None  # keep this contact selected across reloads
        self._kept_selection: list[int] = []  # and these (several selected) too
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

        self.filter_bar = FilterBar(self)
        self.model = ContactListModel(store, settings, self, clock=self._clock)
        self.view = ContactListView(self)
        self.view.setObjectName("ContactList")
        self.view.setAccessibleName(self.tr("Contacts"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContactDelegate(self.view))  # every row one height
        # several with Ctrl or Shift, to print one page each (the card shows the current one)
        # or change them all at once from the context menu
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self._empty = QWidget(self)
        hint_layout = QVBoxLayout(self._empty)
        self._empty_hint = QLabel(self._empty)
        self._empty_hint.setObjectName("EmptyListHint")
        self._empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty_hint.setMargin(24)
        self._empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self._empty_hint.setWordWrap(True)
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._clear_button = QPushButton(self.tr("Clear search and filters"), self._empty)
        hint_layout.addStretch(1)
        hint_layout.addWidget(self._empty_hint)
        hint_layout.addWidget(self._clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        hint_layout.addStretch(2)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self._empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._stack, 1)
        self._connect_signals()
        self.setTabOrder(self.filter_bar.search, self.filter_bar.tag)
        self.setTabOrder(self.filter_bar.tag, self.filter_bar.tie)
        self.setTabOrder(self.filter_bar.tie, self.filter_bar.order)
        self.setTabOrder(self.filter_bar.order, self.filter_bar.due)
        self.setTabOrder(self.filter_bar.due, self.filter_bar.dormant)
        self.setTabOrder(self.filter_bar.dormant, self.view)

    def _connect_signals(self) -> None:
        self.filter_bar.sig_filter_changed.connect(self._on_filter_bar_sig_filter_changed)
        self.filter_bar.sig_tags_wanted.connect(self._on_filter_bar_sig_tags_wanted)
        self.filter_bar.sig_leave_down.connect(self._on_filter_bar_sig_leave_down)
        self.filter_bar.search.returnPressed.connect(self._on_filter_bar_sig_leave_down)
        self._clear_button.clicked.connect(self.filter_bar.clear)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._on_model_rows_changed)
        self.model.rowsRemoved.connect(self._on_model_rows_changed)
        self.model.sig_completed.connect(self._on_model_sig_completed)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.customContextMenuRequested.connect(
            self._on_view_custom_context_menu_requested)
        self._events.sig_contacts_changed.connect(self._on_events_sig_contacts_changed)
        self._events.sig_contacts_removed.connect(self._on_events_sig_contacts_removed)
        self._events.sig_journal_reset.connect(self._on_events_sig_journal_reset)
        self._events.sig_interactions_changed.connect(self._on_events_sig_interactions_changed)
        self._events.sig_followups_changed.connect(self._on_events_sig_followups_changed)

    # what the window asks ---------------------------------------------------------------

    def load(self) -> None:
        """Read the first rows (the window calls this once it is built)."""
        self.model.set_filter(self.filter_bar.contact_filter(self.model.cadences, self._clock()))

    def shutdown(self) -> None:
        """Stop background reading; call before the store closes."""
        self.model.shutdown()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def current_contact_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(ContactRole.ID)) if index.isValid() else None

    def selected_contact_ids(self) -> list[int]:
        """The contacts selected in the list (Ctrl or Shift for several), in list order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [int(self.model.index(row, 0).data(ContactRole.ID)) for row in rows]

    def chosen_contact_ids(self) -> list[int]:
        """What a change to several contacts applies to: the selection, else the current."""
        selected = self.selected_contact_ids()
        current = self.current_contact_id()
        return selected or ([] if current is None else [current])

    def select_contact(self, contact_id: int | None, *, quiet: bool = False) -> bool:
        """Make ``contact_id`` current (True if it is in the list); quiet emits nothing."""
        self._wanted_id = contact_id
        row = self.model.row_of(contact_id) if contact_id is not None else None
        self._restoring = quiet
        try:
            if row is None:
                self.view.selectionModel().clear()
                return False
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
            return True
        finally:
            self._restoring = False

    def select_next(self) -> None:
        self._step(1)

    def select_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.view.currentIndex()
        row = current.row() + delta if current.isValid() else (0 if delta > 0 else count - 1)
        if 0 <= row < count:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def refresh(self) -> None:
        """Read the list again for what the filter bar says (the filter changed)."""
        if not self.model.set_filter(self.filter_bar.contact_filter(self.model.cadences,
                                                                    self._clock())):
            self._update_empty_state()  # the same rows: the count is said again

    def _journal_changed(self) -> None:
        """Read the same filter again (the journal changed): the list stays in place."""
        flt = self.filter_bar.contact_filter(self.model.cadences, self._clock())
        if flt != self.model.contact_filter:  # a new day, or "now" moved on for dormancy
            self.model.set_filter(flt, changed=True)
        else:
            self.model.refresh()

    # slots -------------------------------------------------------------------------------

    def _on_filter_bar_sig_filter_changed(self) -> None:
        self.refresh()

    def _on_filter_bar_sig_tags_wanted(self) -> None:
        if self._tags_stale:
            self.filter_bar.set_tags(self._store.contacts.all_tags())
            self._tags_stale = False

    def _on_filter_bar_sig_leave_down(self) -> None:
        if not self.model.rowCount():
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _on_model_about_to_be_reset(self) -> None:
        current = self.current_contact_id()
        if current is not None:
            self._wanted_id = current
        selected = self.selected_contact_ids()
        self._kept_selection = selected if len(selected) > 1 else []

    def _on_model_reset(self) -> None:
        if self._wanted_id is not None:
            wanted = self._wanted_id
            if not self.select_contact(wanted, quiet=True):
                self._wanted_id = wanted  # it may come with the complete list
        self._reselect()
        self._update_empty_state()

    def _reselect(self) -> None:
        """Select again the contacts that were selected before a reload (a change made
        to all of them reloads the list)."""
        kept, self._kept_selection = self._kept_selection, []
        selection = self.view.selectionModel()
        for cid in kept:
            row = self.model.row_of(cid)
            if row is not None:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select)

    def _on_model_rows_changed(self) -> None:
        if not self.view.currentIndex().isValid() and self._wanted_id is not None:
            wanted = self._wanted_id
            if not self.select_contact(wanted, quiet=True):
                self._wanted_id = wanted
        self._update_empty_state()

    def _on_model_sig_completed(self) -> None:
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        count = self.model.rowCount()
        complete = self.model.is_complete
        empty = complete and count == 0
        if empty:
            if self.filter_bar.is_filtered():
                text = self.filter_bar.search.text().strip()
                self._empty_hint.setText(
                    fill(self.tr("Nobody matches “%1”."), text) if text
                    else self.tr("Nobody matches these filters."))
                self._clear_button.show()
            else:
                self._empty_hint.setText(self.tr("No contacts yet."))
                self._clear_button.hide()
        self._stack.setCurrentWidget(self._empty if empty else self.view)
        self.sig_count_changed.emit(count, complete)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        contact_id = int(current.data(ContactRole.ID))
        self._wanted_id = contact_id
        self.sig_contact_selected.emit(contact_id)

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        self.sig_menu_requested.emit(self.view.viewport().mapToGlobal(pos))

    def _on_events_sig_contacts_changed(self, ids: list[int]) -> None:
        self._tags_stale = True
        self.model.forget(ids)  # shown at once as they are now...
        self._journal_changed()  # ...and a new or renamed contact moves to its place

    def _on_events_sig_contacts_removed(self, ids: list[int]) -> None:
        self._tags_stale = True
        self.model.remove_ids(ids)

    def _on_events_sig_journal_reset(self) -> None:
        self._tags_stale = True
        self._journal_changed()

    def _on_events_sig_interactions_changed(self, ids: list[int]) -> None:
        self.model.forget(ids)
        flt = self.model.contact_filter
        if flt.order == Order.LAST_CONTACT or flt.text or flt.dormant_at or flt.tie:
            self._journal_changed()

    def _on_events_sig_followups_changed(self) -> None:
        if self.model.contact_filter.due_by is not None:
            self._journal_changed()
