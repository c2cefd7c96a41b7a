"""The main window: a thin frame that composes the panes and wires their signals.

Views (the contacts, all activity, and those the lead adds: today, requests...) sit in a
sidebar and the View menu; :meth:`MainWindow.add_view` adds one. The menus live in
:mod:`netjournal.ui.actions`; every connection is made in :meth:`_connect_signals`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal import __version__
from netjournal.paths import DataDir, make_private
from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.actions import MainActions
from netjournal.ui.contact import ActivityPane, ContactPanel
from netjournal.ui.contactlist import ContactListPane
from netjournal.ui.events import JournalEvents
from netjournal.ui.outside import OutsideChanges
from netjournal.ui.style import SHEETS, fill
from netjournal.ui.today import ContactFollowUps, TodayView
from netjournal.ui.tools import WindowTools
from netjournal.ui.undo import DeleteContactCommand, delete_contacts
from netjournal.ui.welcome import WelcomePage

STATUS_MS = 5000


class Sidebar(QFrame):
    """The column of view buttons on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setStyleSheet(SHEETS["sidebar"])
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 8)
        self._layout.setSpacing(0)
        title = QLabel("NetJournal", self)
        title.setObjectName("AppTitle")
        self._layout.addWidget(title)
        self._layout.addStretch(1)
        self.setFixedWidth(132)

    def add_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+1.. and the View menu reach them
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button


class MainWindow(QMainWindow):
    """Contacts on the left, the card in the middle, other views a click away."""

    sig_ready = Signal()
    """The window is on screen and the contact list shows its first rows."""

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
        self._ready_sent = False
        self._views: dict[str, tuple[QWidget, QAction]] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.setWindowTitle("NetJournal")
        if not self._icon.isNull():
            self.setWindowIcon(self._icon)

        clock_kw = {"clock": clock} if clock is not None else {}
        self.contact_list = ContactListPane(store, events, settings, self, **clock_kw)
        self.card = ContactPanel(store, events, settings, self, **clock_kw)
        self._clock_kw = clock_kw
        self.welcome = WelcomePage(store, events, self, icon=self._icon)
        self.undo_stack = self.card.undo_stack  # one stack for the whole window

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ContactsSplitter")
        self.splitter.addWidget(self.contact_list)
        self.splitter.addWidget(self.card)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setHandleWidth(1)
        self.contact_list.setMinimumWidth(300)
        self.splitter.setSizes([380, 820])
        self.contacts_page = QStackedWidget(self)
        self.contacts_page.addWidget(self.welcome)
        self.contacts_page.addWidget(self.splitter)

        self.sidebar = Sidebar(self)
        self.views = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)

        self.tools = WindowTools(store, events, settings, data_dir, self, **clock_kw)
        self.follow_ups = ContactFollowUps(store, events, self)
        self.card.add_section(self.tr("Follow-ups"), self.follow_ups)

        self.actions = MainActions(self, self.undo_stack)
        self.menus = self.actions.build_menus(self.menuBar())
        self.add_view("today", self.tr("Today"), self._build_today, "Ctrl+1")
        self.add_view("contacts", self.tr("Contacts"), self.contacts_page, "Ctrl+2")
        self.add_view("activity", self.tr("All activity"), self._build_activity, "Ctrl+3")
        self.add_view("requests", self.tr("Requests"), self.tools.requests_inbox, "Ctrl+4")

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(True)
        self.statusBar().setStyleSheet(SHEETS["status"])

        self.outside_changes = OutsideChanges(store, events, self)

        self.setTabOrder(self.contact_list.view, self.card)
        self._connect_signals()
        self.contact_list.load()
        self._update_welcome()
        self._sync_actions()
        self.restore_state()
        if self._store.contacts.count() == 0:
            self.show_view("contacts")  # the welcome page, not an empty Today

    def _connect_signals(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.new_contact.triggered.connect(self.new_contact)
        a.log_interaction.triggered.connect(self.log_interaction)
        a.delete_contact.triggered.connect(self.delete_contact)
        a.next_contact.triggered.connect(self.contact_list.select_next)
        a.previous_contact.triggered.connect(self.contact_list.select_previous)
        a.find.triggered.connect(self.find)
        a.about.triggered.connect(self._on_about_triggered)
        a.quick_entry.triggered.connect(self.tools.open_quick_entry)
        a.import_file.triggered.connect(self.tools.import_file)
        a.export.triggered.connect(self.tools.export_journal)
        a.print_contact.triggered.connect(
            lambda: self.tools.print_contacts(self._current_contact_ids()))
        a.export_pdf.triggered.connect(
            lambda: self.tools.export_pdf(self._current_contact_ids()))
        a.print_event.triggered.connect(self.tools.print_event)
        a.compose_request.triggered.connect(self._on_compose_request_triggered)
        a.record_introduction.triggered.connect(
            lambda: self.tools.record_introduction(self.card.contact_id()))
        self.tools.sig_settings_changed.connect(self.set_settings)
        self.sig_import_requested.connect(self.tools.import_file)

        self.contact_list.sig_contact_selected.connect(
            self._on_contact_list_sig_contact_selected)
        self.contact_list.sig_count_changed.connect(self._on_contact_list_sig_count_changed)
        self.card.sig_contact_saved.connect(self._on_card_sig_contact_saved)
        self.welcome.sig_new_contact_requested.connect(self.new_contact)
        self.welcome.sig_import_requested.connect(self.sig_import_requested)
        self.welcome.sig_demo_loaded.connect(self._on_welcome_sig_demo_loaded)

        self._events.sig_open_contact.connect(self.open_contact)
        self._events.sig_status.connect(self._on_events_sig_status)
        self._events.sig_contacts_changed.connect(self._on_events_journal_changed)
        self._events.sig_contacts_removed.connect(self._on_events_journal_changed)
        self._events.sig_journal_reset.connect(self._on_events_journal_changed)

    # views -------------------------------------------------------------------------------

    def add_view(self, key: str, title: str, widget: QWidget | Callable[[], QWidget],
                 shortcut: str | None = None) -> QAction:
        """Add a view to the sidebar and the View menu; returns its action.

        ``widget`` may be a function that builds the view: it is called the first time
        the view is shown, so start-up does not pay for views nobody opened yet.
        """
        if key in self._views:
            raise ValueError(f"there is already a view called {key!r}")
        action = self.actions.add_view_action(title, shortcut)
        action.setData(key)
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        if isinstance(widget, QWidget):
            page = widget
        else:
            page = QWidget(self)  # stands in until the view is first shown
            self._factories[key] = widget
        self.views.addWidget(page)
        self.sidebar.add_button(action)
        self.menus["view"].addAction(action)
        self._views[key] = (page, action)
        if len(self._views) == 1:
            self.show_view(key)
        return action

    def show_view(self, key: str) -> None:
        page = self.view(key)
        self.views.setCurrentWidget(page)
        self._views[key][1].setChecked(True)
        self._sync_actions()

    def view(self, key: str) -> QWidget:
        """The widget of a view (built now if it was not yet)."""
        page, action = self._views[key]
        factory = self._factories.pop(key, None)
        if factory is not None:
            built = factory()
            showing = self.views.currentWidget() is page
            self.views.insertWidget(self.views.indexOf(page), built)
            if showing:
                self.views.setCurrentWidget(built)
            self.views.removeWidget(page)
            page.deleteLater()
            page = built
            self._views[key] = (page, action)
        return page

    def current_view(self) -> str:
        current = self.views.currentWidget()
        return next((k for k, (w, _a) in self._views.items() if w is current), "")

    def _build_today(self) -> QWidget:
        today = TodayView(self._store, self._events, self._settings, self, **self._clock_kw)
        today.sig_quick_entry_requested.connect(self.tools.open_quick_entry)
        return today

    def _build_activity(self) -> QWidget:
        activity = ActivityPane(self._store, self._events, self, **self._clock_kw)
        activity.sig_contact_activated.connect(self.open_contact)
        return activity

    @property
    def activity(self) -> ActivityPane:
        """The all-activity timeline (built on first use)."""
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
        if self.card.contact_id() is None:
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
        self.card.set_settings(settings)
        self.tools.set_settings(settings)
        for key in ("today", "requests"):
            if key not in self._factories:
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

    def restore_state(self) -> None:
        """Window size and place, splitter and view, as they were last time."""
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
            self.splitter.restoreState(splitter)
        view = qs.value("window/view")
        if isinstance(view, str) and view in self._views:
            self.show_view(view)

    def save_state(self) -> None:
        qs = self._geometry_settings()
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/state", self.saveState())
        qs.setValue("contacts/splitter", self.splitter.saveState())
        qs.setValue("window/view", self.current_view())
        qs.sync()
        make_private(self._data_dir.geometry)

    def shutdown(self) -> None:
        """Stop background work; the store may close after this."""
        self.outside_changes.stop()
        self.contact_list.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ready_sent:
            QTimer.singleShot(0, self._on_first_show)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.card.maybe_save():
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
        self.contact_list.view.viewport().repaint()  # the first rows are read and drawn
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
        empty = (self.contact_list.model.rowCount() == 0 and self.card.contact_id() is None
                 and self._store.contacts.count() == 0)
        showing_welcome = self.contacts_page.currentWidget() is self.welcome
        if empty and not self.card.is_dirty():
            if not showing_welcome:
                self.contacts_page.setCurrentWidget(self.welcome)
        elif showing_welcome:
            self.contacts_page.setCurrentWidget(self.splitter)
        self.count_label.setVisible(self.contacts_page.currentWidget() is not self.welcome)

    def _show_contacts_page(self) -> None:
        """The list and the card (instead of the welcome)."""
        self.contacts_page.setCurrentWidget(self.splitter)
        self.count_label.show()

    def _sync_actions(self) -> None:
        has_contact = self.card.contact_id() is not None
        for action in (self.actions.log_interaction, self.actions.delete_contact,
                       self.actions.print_contact, self.actions.export_pdf,
                       self.actions.compose_request):
            action.setEnabled(has_contact)

    def _current_contact_ids(self) -> list[int]:
        """What to print or delete: the list's selection when it holds several, else the
        card's."""
        contact_id = self.card.contact_id()
        selected = self.contact_list.selected_contact_ids()
        if len(selected) > 1 and (contact_id is None or contact_id in selected):
            return selected
        return [] if contact_id is None else [contact_id]

    def _on_compose_request_triggered(self) -> None:
        contact_id = self.card.contact_id()
        if contact_id is not None:
            self.tools.compose_request(contact_id)

    def _show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("NetJournal"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
