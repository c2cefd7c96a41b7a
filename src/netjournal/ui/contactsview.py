"""The Contacts view of the main window: the welcome page while the journal is empty,
else the contact list beside the card (with its follow-ups section).

The main window builds it on the first visit to Contacts (or when an action needs the
card or the list), so starting on Today never imports or builds any of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from netjournal.settings import Settings
from netjournal.storage.store import Store
from netjournal.ui.contact import ContactPanel
from netjournal.ui.contactlist import ContactListPane
from netjournal.ui.contactlist.bulk import BulkEditor
from netjournal.ui.events import JournalEvents
from netjournal.ui.today import ContactFollowUps
from netjournal.ui.welcome import WelcomePage


class ContactsView(QStackedWidget):
    """The welcome page, or the list and the card side by side."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 icon: QIcon | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        clock_kw = {"clock": clock} if clock is not None else {}
        self.contact_list = ContactListPane(store, events, settings, self, **clock_kw)
        self.card = ContactPanel(store, events, settings, self, **clock_kw,
                                 undo_stack=undo_stack)
        self.welcome = WelcomePage(store, events, self, icon=icon or QIcon())
        self.follow_ups = ContactFollowUps(store, events, self)
        self.bulk = BulkEditor(store, events, undo_stack, self.contact_list.chosen_contact_ids,
                               self)
        self.contact_list.sig_menu_requested.connect(self.bulk.popup)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ContactsSplitter")
        self.splitter.addWidget(self.contact_list)
        self.splitter.addWidget(self.card)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setHandleWidth(1)
        self.contact_list.setMinimumWidth(220)  # the window may be 720 px wide
        self.splitter.setSizes([380, 820])
        self.addWidget(self.welcome)
        self.addWidget(self.splitter)
        self.setTabOrder(self.contact_list.view, self.card)

    def update_welcome(self) -> bool:
        """The welcome page while the journal is empty (and no new card is being written),
        else the list and the card; True if the welcome page shows."""
        empty = (self.contact_list.model.rowCount() == 0 and self.card.contact_id() is None
                 and not self._store.contacts.any())
        showing_welcome = self.currentWidget() is self.welcome
        if empty and not self.card.is_dirty():
            if not showing_welcome:
                self.setCurrentWidget(self.welcome)
        elif showing_welcome:
            self.setCurrentWidget(self.splitter)
        return self.currentWidget() is self.welcome

    def show_list(self) -> None:
        """The list and the card (instead of the welcome)."""
        self.setCurrentWidget(self.splitter)
