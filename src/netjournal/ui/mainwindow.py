"""The main window: a thin frame that composes the panes and wires their signals.

Views (Today, the contacts, all activity, requests...) sit in a sidebar and the View
menu; :meth:`MainWindow.add_view` adds one. Only the view shown first is built at start:
every other one is built (and its module imported) on its first visit, or when an action
needs it (``window.card`` builds the Contacts view). The menus live in
:mod:`netjournal.ui.actions`; every connection is made in :meth:`_connect_signals`, a
view's own ones in :meth:`_connect_view_signals` when it is built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QPaintEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)

from netjournal import __version__
from netjournal.paths import DataDir, make_private
from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.actions import MainActions
from netjournal.ui.events import JournalEvents
from netjournal.ui.outside import OutsideChanges
from netjournal.ui.style import SHEETS, fill
from netjournal.ui.tools import WindowTools
from netjournal.ui.viewstack import Sidebar, ViewStack

if TYPE_CHECKING:  # the panes are imported when they are first built
    from netjournal.ui.contact import ActivityPane, ContactPanel
    from netjournal.ui.contactlist import ContactListPane
    from netjournal.ui.contactsview import ContactsView
    from netjournal.ui.today import ContactFollowUps
    from netjournal.ui.welcome import WelcomePage

STATUS_MS = 5000
FIRST_FRAME_WAIT_MS = 2000  # ready anyway when no frame came (a window shown minimised)


class MainWindow(QMainWindow):
    """Today first; the contacts (list beside the card) and other views a click away."""

    sig_ready = Signal()
    """The window is on screen and the view shown first shows its first rows."""

    sig_import_requested = Signal()
    """The user asked to import a file (the welcome page's button)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 data_dir: DataDir, parent: QWidget | None = None, *,
                 icon: QIcon | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._settings = settings
        self._data_dir = data_dir
        self._icon = icon or QIcon()
        self._clock_kw = {"clock": clock} if clock is not None else {}
        self._ready_sent = False
        self._frame_watched = False  # the first show waits for its first frame
        self._views: dict[str, QAction] = {}
        self._contacts: ContactsView | None = None  # built on its first visit
        self._splitter_state: QByteArray | None = None  # restored when the view is built
        self.setWindowTitle("NetJournal")
        if not self._icon.isNull():
            self.setWindowIcon(self._icon)
        self.undo_stack = QUndoStack(self)  # one stack for the whole window

        self.sidebar = Sidebar(self)
        self.views = ViewStack(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)

        self.tools = WindowTools(store, events, settings, data_dir, self, **self._clock_kw)
        self.actions = MainActions(self, self.undo_stack)
        self.menus = self.actions.build_menus(self.menuBar())
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(True)
        self.statusBar().setStyleSheet(SHEETS["status"])
        self.outside_changes = OutsideChanges(store, events, self)
        self._connect_signals()

        empty = not self._store.contacts.any()  # then the welcome page, not Today
        self.add_view("today", self.tr("Today"), self._build_today, "Ctrl+1",
                      shown=not empty)
        self.add_view("contacts", self.tr("Contacts"), self._build_contacts, "Ctrl+2")
        self.add_view("activity", self.tr("All activity"), self._build_activity, "Ctrl+3")
        self.add_view("requests", self.tr("Requests"), self.tools.requests_inbox, "Ctrl+4")
        self.add_view("health", self.tr("Network health"), self._build_health, "Ctrl+5")
        if empty:
            self.show_view("contacts")
        self._update_welcome()
        self._sync_actions()
        self.restore_state(view=not empty)

    def _connect_signals(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.new_contact.triggered.connect(self.new_contact)
        a.log_interaction.triggered.connect(self.log_interaction)
        a.delete_contact.triggered.connect(self.delete_contact)
        a.next_contact.triggered.connect(lambda: self.contact_list.select_next())
        a.previous_contact.triggered.connect(lambda: self.contact_list.select_previous())
        a.find.triggered.connect(self.find)
        a.about.triggered.connect(self._on_about_triggered)
        a.shortcuts_help.triggered.connect(self.tools.show_shortcuts)
        a.quick_entry_help.triggered.connect(self.tools.show_quick_entry_help)
        a.quick_entry.triggered.connect(self.tools.open_quick_entry)
        a.import_file.triggered.connect(self.tools.import_file)
        a.export.triggered.connect(self.tools.export_journal)
        a.print_contact.triggered.connect(
            lambda: self.tools.print_contacts(self._current_contact_ids()))
        a.export_pdf.triggered.connect(
            lambda: self.tools.export_pdf(self._current_contact_ids()))
        a.print_event.triggered.connect(self.tools.print_event)
        a.settings.triggered.connect(self.tools.open_settings)
        a.compose_request.triggered.connect(self._on_compose_request_triggered)
        a.find_duplicates.triggered.connect(lambda: self.tools.find_duplicates(self.undo_stack))
        a.bulk_menu.aboutToShow.connect(lambda: self.contacts_page.bulk.fill_menu(a.bulk_menu))
        a.record_introduction.triggered.connect(
            lambda: self.tools.record_introduction(self._contact_shown()))
        self.tools.sig_settings_changed.connect(self.set_settings)
        self.sig_import_requested.connect(self.tools.import_file)

        self._events.sig_open_contact.connect(self.open_contact)
        self._events.sig_status.connect(self._on_events_sig_status)
        self._connect_journal_changes()
        self.views.sig_view_built.connect(self._on_views_sig_view_built)

    def _connect_journal_changes(self) -> None:
        """The window looks at the journal after the panes have read it (so they connect
        first: the Contacts view, built later, has these made again after its own)."""
        for signal in (self._events.sig_contacts_changed, self._events.sig_contacts_removed,
                       self._events.sig_journal_reset):
            if self._contacts is not None:
                signal.disconnect(self._on_events_journal_changed)
            signal.connect(self._on_events_journal_changed)

    def _connect_view_signals(self, key: str, page: QWidget) -> None:
        """The connections of a view, made as soon as it is built."""
        if key == "contacts":
            c = self.contacts_page
            c.contact_list.sig_contact_selected.connect(
                self._on_contact_list_sig_contact_selected)
            c.contact_list.sig_count_changed.connect(self._on_contact_list_sig_count_changed)
            c.card.sig_contact_saved.connect(self._on_card_sig_contact_saved)
            c.welcome.sig_new_contact_requested.connect(self.new_contact)
            c.welcome.sig_import_requested.connect(self.sig_import_requested)
            c.welcome.sig_demo_loaded.connect(self._on_welcome_sig_demo_loaded)
            self._connect_journal_changes()
        elif key == "today":
            page.sig_quick_entry_requested.connect(  # type: ignore[attr-defined]
                self.tools.open_quick_entry)
        elif key == "activity":
            page.sig_contact_activated.connect(self.open_contact)  # type: ignore[attr-defined]

    def _on_views_sig_view_built(self, key: str, page: QWidget) -> None:
        self._connect_view_signals(key, page)
        if key == "contacts":  # its list reads its first rows once the window listens
            self.contact_list.load()
            self._update_welcome()

    # views -------------------------------------------------------------------------------

    def add_view(self, key: str, title: str, widget: QWidget | Callable[[], QWidget],
                 shortcut: str | None = None, *, shown: bool = True) -> QAction:
        """Add a view to the sidebar and the View menu; returns its action.

        ``widget`` may be a function that builds the view: it is called the first time
        the view is shown (or asked for by :meth:`view`), so start-up does not pay for
        views nobody opened yet. The first view added is shown unless ``shown`` is False.
        """
        self.views.add(key, widget)  # raises ValueError for a key already there
        action = self.actions.add_view_action(title, shortcut)
        action.setData(key)
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        self.sidebar.add_button(action)
        self.menus["view"].addAction(action)
        self._views[key] = action
        if len(self._views) == 1 and shown:
            self.show_view(key)
        return action

    def show_view(self, key: str) -> None:
        self.views.show_page(key)
        self._views[key].setChecked(True)
        self._sync_actions()

    def view(self, key: str) -> QWidget:
        """The widget of a view (built now if it was not yet)."""
        return self.views.page(key)

    def is_built(self, key: str) -> bool:
        """Whether a view's widget was made yet (views are built on their first visit)."""
        return self.views.is_built(key)

    def current_view(self) -> str:
        return self.views.current_key()

    def _build_today(self) -> QWidget:
        from netjournal.ui.today import TodayView

        return TodayView(self._store, self._events, self._settings, self, **self._clock_kw)

    def _build_activity(self) -> QWidget:
        from netjournal.ui.contact import ActivityPane

        return ActivityPane(self._store, self._events, self, **self._clock_kw)

    def _build_health(self) -> QWidget:
        from netjournal.ui.health import HealthView

        page = HealthView(self._store, self._events, self._settings, self, **self._clock_kw)
        page.sig_contact_activated.connect(self.open_contact)
        return page

    def _build_contacts(self) -> QWidget:
        from netjournal.ui.contactsview import ContactsView

        page = ContactsView(self._store, self._events, self._settings, self.undo_stack,
                            self, icon=self._icon, **self._clock_kw)
        self._contacts = page
        page.card.add_section(self.tr("Follow-ups"), page.follow_ups)
        if self._splitter_state is not None:
            page.splitter.restoreState(self._splitter_state)
        return page

    @property
    def contacts_page(self) -> ContactsView:
        """The Contacts view: the welcome page or the list and card (built on first use)."""
        if self._contacts is None:
            self.view("contacts")
        assert self._contacts is not None
        return self._contacts

    @property
    def contact_list(self) -> ContactListPane:
        return self.contacts_page.contact_list

    @property
    def card(self) -> ContactPanel:
        return self.contacts_page.card

    @property
    def welcome(self) -> WelcomePage:
        return self.contacts_page.welcome

    @property
    def splitter(self) -> QSplitter:
        return self.contacts_page.splitter

    @property
    def follow_ups(self) -> ContactFollowUps:
        return self.contacts_page.follow_ups

    @property
    def activity(self) -> ActivityPane:
        """The all-activity timeline (built on first use)."""
        from netjournal.ui.contact import ActivityPane

        pane = self.view("activity")
        assert isinstance(pane, ActivityPane)
        return pane

    # user actions ------------------------------------------------------------------------

    def new_contact(self) -> None:
        self.show_view("contacts")
        if not self.card.maybe_save():
            return
        self._show_contacts_page()
        self.card.new_contact()

    def log_interaction(self) -> None:
        if self._contact_shown() is None:
            self.statusBar().showMessage(self.tr("Choose a contact first."), STATUS_MS)
            return
        self.show_view("contacts")
        self.card.log_interaction()

    def delete_contact(self) -> None:
        """Move the contact shown (or the ones selected) to the bin; Edit > Undo brings
        them back."""
        contact_ids = self._current_contact_ids()
        if not contact_ids:
            return
        self.card.show_contact(None)  # their unsaved edits go with them
        from netjournal.ui.undo import delete_contacts

        try:
            contacts = delete_contacts(self._store, self._events, contact_ids)
        except StorageError as e:
            self._show_error(str(e))
            return
        undo_key = self.actions.undo.shortcut().toString()
        if len(contacts) == 1:
            text = fill(self.tr("Delete %1"), contacts[0].name)
            done = fill(self.tr("%1 moved to the bin. Undo with %2."), contacts[0].name,
                        undo_key)
        else:
            text = self.tr("Delete %n contacts", "", len(contacts))
            done = fill(self.tr("%1 moved to the bin. Undo with %2."),
                        self.tr("%n contacts", "", len(contacts)), undo_key)
        from netjournal.ui.undo import DeleteContactCommand

        self.undo_stack.push(DeleteContactCommand(self._store, self._events, contact_ids, text))
        self.statusBar().showMessage(done, STATUS_MS)

    def find(self) -> None:
        self.show_view("contacts")
        self._show_contacts_page()
        self.contact_list.focus_search()

    def open_contact(self, contact_id: int) -> None:
        """Show a contact's card (from another view, a link, or an undo)."""
        self.show_view("contacts")
        self._show_contacts_page()
        if contact_id != self.card.contact_id():
            if not self.card.maybe_save():
                return
            self.card.show_contact(contact_id)
        self.contact_list.select_contact(contact_id, quiet=True)
        self._sync_actions()

    def set_settings(self, settings: Settings) -> None:
        """Use new preferences everywhere (a tool changed and saved them)."""
        self._settings = settings
        if self._contacts is not None:
            self._contacts.card.set_settings(settings)
        self.tools.set_settings(settings)
        for key in ("today", "requests", "health"):
            if self.is_built(key):
                setter = getattr(self.view(key), "set_settings", None)
                if callable(setter):
                    setter(settings)

    def bring_to_front(self) -> None:
        """Another launch on the same data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # state -------------------------------------------------------------------------------

    def _geometry_settings(self) -> QSettings:
        return QSettings(str(self._data_dir.geometry), QSettings.Format.IniFormat)

    def restore_state(self, *, view: bool = True) -> None:
        """Window size and place, splitter and (if ``view``) view, as they were last time."""
        qs = self._geometry_settings()
        geometry = qs.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)
        state = qs.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = qs.value("contacts/splitter")
        if isinstance(splitter, QByteArray):
            self._splitter_state = splitter
            if self._contacts is not None:
                self._contacts.splitter.restoreState(splitter)
        key = qs.value("window/view")
        if view and isinstance(key, str) and key in self._views:
            self.show_view(key)

    def save_state(self) -> None:
        qs = self._geometry_settings()
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/state", self.saveState())
        if self._contacts is not None:  # else the saved state stays as it was
            qs.setValue("contacts/splitter", self._contacts.splitter.saveState())
        qs.setValue("window/view", self.current_view())
        qs.sync()
        make_private(self._data_dir.geometry)

    def shutdown(self) -> None:
        """Stop background work; the store may close after this."""
        self._ready_sent = True  # a first show still queued starts nothing now
        self.outside_changes.stop()
        if self._contacts is not None:
            self._contacts.contact_list.shutdown()
        for timer in self.findChildren(QTimer):  # a view's reload still to come, say
            timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ready_sent and not self._frame_watched:
            # ready after the first frame (see paintEvent); a window never drawn, shown
            # minimised say, is ready after a while all the same
            self._frame_watched = True
            QTimer.singleShot(FIRST_FRAME_WAIT_MS, self, self._on_first_show)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._frame_watched and not self._ready_sent:
            # The first frame draws the window itself first, then every widget in it (the
            # first view's rows read and drawn), all before the event loop's next turn.
            # Watched here rather than by a filter on the native window's events: every
            # event a filter is handed makes Qt for Python load the types of all events
            # (~50) the first time, 1.5 ms of the start.
            QTimer.singleShot(0, self, self._on_first_show)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._contacts is not None and not self._contacts.card.maybe_save():
            event.ignore()
            return
        self.save_state()
        self.shutdown()
        event.accept()

    # slots -------------------------------------------------------------------------------

    def _on_first_show(self) -> None:
        if self._ready_sent:
            return
        self._ready_sent = True
        self.outside_changes.start()
        self.sig_ready.emit()

    def _on_contact_list_sig_contact_selected(self, contact_id: int) -> None:
        if contact_id == self.card.contact_id():
            return
        if not self.card.maybe_save():
            self.contact_list.select_contact(self.card.contact_id(), quiet=True)
            return
        self.card.show_contact(contact_id)
        self._sync_actions()

    def _on_contact_list_sig_count_changed(self, count: int, complete: bool) -> None:
        number = QLocale().toString(count)
        if complete:
            text = self.tr("1 contact") if count == 1 else fill(self.tr("%1 contacts"), number)
        else:
            text = fill(self.tr("%1+ contacts, counting…"), number)
        self.count_label.setText(text)

    def _on_card_sig_contact_saved(self, contact_id: int) -> None:
        self.contact_list.select_contact(contact_id, quiet=True)
        self._sync_actions()

    def _on_welcome_sig_demo_loaded(self) -> None:
        self._show_contacts_page()
        self.contact_list.view.setFocus()
        self.contact_list.select_next()

    def _on_events_sig_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _on_events_journal_changed(self, *_args: object) -> None:
        self._update_welcome()
        self._sync_actions()

    def _on_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # a message box is made when one is shown

        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About NetJournal"),
                          fill(self.tr("NetJournal %1\n\nAn offline journal for professional "
                                       "relationships.\nYour data stays in %2."),
                               __version__, str(self._data_dir.root)),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if not self._icon.isNull():
            box.setIconPixmap(self._icon.pixmap(64, 64))
        box.exec()

    # helpers -----------------------------------------------------------------------------

    def _update_welcome(self) -> None:
        # the count of the list's contacts comes with the list (built on its first visit)
        self.count_label.setVisible(self._contacts is not None
                                    and not self._contacts.update_welcome())

    def _show_contacts_page(self) -> None:
        """The list and the card (instead of the welcome)."""
        self.contacts_page.show_list()
        self.count_label.show()

    def _contact_shown(self) -> int | None:
        """The id of the contact on the card (None if none, or the card is not built)."""
        return self._contacts.card.contact_id() if self._contacts is not None else None

    def _sync_actions(self) -> None:
        has_contact = self._contact_shown() is not None
        for action in (self.actions.log_interaction, self.actions.delete_contact,
                       self.actions.print_contact, self.actions.export_pdf,
                       self.actions.compose_request):
            action.setEnabled(has_contact)

    def _current_contact_ids(self) -> list[int]:
        """What to print or delete: the list's selection when it holds several, else the
        card's."""
        if self._contacts is None:
            return []
        contact_id = self._contact_shown()
        selected = self._contacts.contact_list.selected_contact_ids()
        if len(selected) > 1 and (contact_id is None or contact_id in selected):
            return selected
        return [] if contact_id is None else [contact_id]

    def _on_compose_request_triggered(self) -> None:
        contact_id = self._contact_shown()
        if contact_id is not None:
            self.tools.compose_request(contact_id)

    def _show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("NetJournal"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
