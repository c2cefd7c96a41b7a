"""The main window's tools: quick entry, import and export, printing, requests, intros.

Each tool is a window or dialog of its own feature package; this object creates them on
first use (start-up pays for none of them), keeps the long-lived ones (the quick entry
window, the summary printer) and passes new settings on. ``MainWindow._connect_signals``
connects the menu actions to these methods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from netjournal import dates
from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage.store import Store
from netjournal.ui.addressbook_sync import AddressBookSync
from netjournal.ui.events import JournalEvents
from netjournal.ui.style import fill


class WindowTools(QObject):
    """Opens the feature windows and dialogs for one main window."""

    sig_settings_changed = Signal(object)
    """The user changed a preference in a tool (the new Settings, already saved)."""

    sig_reopen_asked = Signal(object)
    """Settings asked for something that needs the journal closed (the privacy page's
    request: encrypt, decrypt); the app closes the window and does it."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 data_dir: DataDir, window: QWidget, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(window)
        self._store = store
        self._events = events
        self._settings = settings
        self._data_dir = data_dir
        self._window = window
        self._clock = clock
        self._quick_entry: QWidget | None = None
        self._printer: object | None = None
        self.addressbook = AddressBookSync(store, events, settings, self)
        self.addressbook.sig_status.connect(events.sig_status)

    @property
    def settings(self) -> Settings:
        return self._settings

    def set_settings(self, settings: Settings) -> None:
        """Pass new preferences to the tools that keep them."""
        self._settings = settings
        for tool in (self._printer, self._quick_entry, self.addressbook):
            setter = getattr(tool, "set_settings", None)
            if callable(setter):
                setter(settings)

    # quick entry -------------------------------------------------------------------------

    def quick_entry(self) -> QWidget:
        """The post-event quick entry window (one per main window, kept between uses)."""
        if self._quick_entry is None:
            from netjournal.ui.quickentry import QuickEntryWindow

            kwargs = {"clock": self._clock} if self._clock is not None else {}
            self._quick_entry = QuickEntryWindow(self._store, self._events, self._settings,
                                                 self._data_dir.drafts, self._window,
                                                 **kwargs)
        return self._quick_entry

    def open_quick_entry(self) -> None:
        window = self.quick_entry()
        window.show()
        window.raise_()
        window.activateWindow()

    # import and export -------------------------------------------------------------------

    def import_file(self) -> None:
        from netjournal.ui.importdialog import ImportDialog

        ImportDialog(self._store, self._events, self._window,
                     red_flags=self._settings.red_flag_phrases).exec()

    def export_journal(self) -> None:
        from netjournal.ui.importdialog import ExportDialog

        ExportDialog(self._store, self._events, self._window).exec()

    # settings --------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Edit > Settings: the pages, then the chosen preferences saved and passed on."""
        from netjournal.ui.settings import SettingsContext
        from netjournal.ui.settings.addressbook import AddressBookPage
        from netjournal.ui.settings.dialog import SettingsDialog
        from netjournal.ui.settings.privacy import PrivacyPage

        page = AddressBookPage(self._settings)
        page.set_status(self.addressbook.status)
        page.set_archived(self._store.addressbook.archived())
        privacy = PrivacyPage(SettingsContext(self._data_dir))
        dialog = SettingsDialog(self._settings, [privacy, page], self._window)
        dialog.sig_reopen_asked.connect(self.sig_reopen_asked)

        def sync_from_page() -> None:
            self.save_settings(dialog.chosen())
            self.addressbook.sync_now()
            page.set_archived(self._store.addressbook.archived())

        def restore(contact_id: int) -> None:
            from netjournal.storage import StorageError
            from netjournal.ui.undo import restore_contacts

            try:
                restore_contacts(self._store, self._events, [contact_id])
            except StorageError as e:
                page.set_status(str(e))
                return
            self.addressbook.sync_now()  # its card goes back at once
            page.set_archived(self._store.addressbook.archived())

        page.sig_sync_requested.connect(sync_from_page)
        page.sig_restore_requested.connect(restore)
        self.addressbook.sig_status.connect(page.set_status)
        try:
            if dialog.exec() == dialog.DialogCode.Accepted:
                self.save_settings(dialog.chosen())
        finally:
            self.addressbook.sig_status.disconnect(page.set_status)

    def save_settings(self, settings: Settings) -> None:
        """Save new preferences and pass them on (an error is said in the status bar)."""
        from netjournal import settings as settings_mod
        from netjournal.settings import SettingsError

        if settings == self._settings:
            return
        try:
            settings_mod.save(self._data_dir.settings, settings)
        except SettingsError as e:
            self._events.sig_status.emit(fill(self.tr("Settings not saved: %1"), str(e)))
            return
        self.set_settings(settings)
        self.sig_settings_changed.emit(settings)

    # printing ----------------------------------------------------------------------------

    def printer(self):  # type: ignore[no-untyped-def]
        """The summary printer (``netjournal.ui.printing.SummaryPrinter``)."""
        if self._printer is None:
            from netjournal.ui.printing import SummaryPrinter

            kwargs = {"clock": self._clock} if self._clock is not None else {}
            self._printer = SummaryPrinter(self._store, self._events, self._settings,
                                           self._window, **kwargs)
        return self._printer

    def print_contacts(self, contact_ids: list[int]) -> None:
        if contact_ids:
            self.printer().print_preview(contact_ids)

    def export_pdf(self, contact_ids: list[int]) -> None:
        if contact_ids:
            self.printer().export_pdf(contact_ids)

    def print_event(self) -> None:
        """Ask for an event, then print one page for everyone met there."""
        events = self._store.events.all()
        if not events:
            self._events.sig_status.emit(self.tr("There are no events in the journal yet."))
            return
        names = [fill(self.tr("%1 (%2)"), e.name, dates.short_date(e.starts_on))
                 if e.starts_on else e.name for e in events]
        choice, ok = QInputDialog.getItem(
            self._window, self.tr("Print everyone met at an event"),
            self.tr("Event:"), names, 0, False)
        if ok and choice in names:
            event = events[names.index(choice)]
            assert event.id is not None
            self.printer().print_event(event.id)

    # help --------------------------------------------------------------------------------

    def show_shortcuts(self) -> QWidget:
        """Help > Keyboard shortcuts, read from the window's actions as they are now."""
        from netjournal.ui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_quick_entry_help(self) -> QWidget:
        """Help > Quick-entry syntax."""
        from netjournal.ui.help import QuickEntryHelpDialog

        dialog = QuickEntryHelpDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # duplicates --------------------------------------------------------------------------

    def find_duplicates(self, undo_stack: QUndoStack) -> None:
        """Contacts > Find duplicates…: the groups, and the side-by-side merge."""
        from netjournal.ui.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self._store, self._events, undo_stack, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # requests and introductions ----------------------------------------------------------

    def compose_request(self, contact_id: int) -> None:
        from netjournal.ui.requests import RequestComposer

        dialog = RequestComposer(self._store, self._events, self._settings, contact_id,
                                 self._window)
        dialog.open()

    def record_introduction(self, contact_id: int | None) -> None:
        from netjournal.ui.requests import IntroductionDialog

        dialog = IntroductionDialog(self._store, self._events, person_id=contact_id,
                                    parent=self._window)
        dialog.open()

    def requests_inbox(self) -> QWidget:
        """A new requests inbox view; red-flag edits are saved to the settings file."""
        from netjournal.ui.requests import RequestsInbox

        inbox = RequestsInbox(self._store, self._events, self._settings,
                              settings_path=self._data_dir.settings, parent=self._window)
        inbox.sig_settings_changed.connect(self._on_inbox_sig_settings_changed)
        return inbox

    def _on_inbox_sig_settings_changed(self, settings: Settings) -> None:
        self.set_settings(settings)
        self.sig_settings_changed.emit(settings)
