"""Writes made outside the window: ``netjournal add`` or ``import`` in a terminal.

The window holds the writer lock, but the command line may still add to the journal
while it is open (SQLite's WAL lets both in safely). Every couple of seconds the window
asks SQLite whether another connection committed (``PRAGMA data_version``, a cheap
read that its own writes do not change) and, if so, tells every pane to reload. A card
with unsaved edits keeps them (it reloads only when clean).

On a PostgreSQL server the same number counts the writes of the other connections (other
computers, other windows: migration 0013), and the window also looks the moment it
regains focus. A server that stopped answering is reported (:attr:`sig_connection_lost`)
rather than logged, and its return too (:attr:`sig_connection_back`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents

log = logging.getLogger(__name__)


class OutsideChanges(QObject):
    """Polls the journal for commits by other processes and has the panes reload."""

    INTERVAL_MS = 2000

    sig_connection_lost = Signal(object)
    """The journal's server stopped answering (the ``StorageError`` saying so)."""

    sig_connection_back = Signal()
    """The server answers again after :attr:`sig_connection_lost`."""

    def __init__(self, store: Store, events: JournalEvents, parent: QObject | None = None,
                 *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._version = store.data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._lost = False
        self._app = QGuiApplication.instance()
        if isinstance(self._app, QGuiApplication):
            self._app.applicationStateChanged.connect(self._on_app_state_changed)

    def start(self) -> None:
        try:
            self._version = self._store.data_version()
        except StorageError as e:  # a server gone already: said, and looked at again
            self._version = -1
            self._report_lost(e)
        self._timer.start()

    def _report_lost(self, error: StorageError) -> None:
        if self._store.on_server and not self._lost:
            self._lost = True
            self.sig_connection_lost.emit(error)

    def stop(self) -> None:
        self._timer.stop()
        if isinstance(self._app, QGuiApplication):
            self._app.applicationStateChanged.disconnect(self._on_app_state_changed)
            self._app = None

    def _on_app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self._timer.isActive():
            self.check()  # back from another window: show what others did meanwhile

    def check(self) -> bool:
        """Reload the panes if someone else wrote since the last look; True if so."""
        try:
            version = self._store.data_version()
        except StorageError as e:  # a disk gone away shows up on the next real use
            log.warning("could not ask the journal for outside changes: %s", e)
            self._report_lost(e)
            return False
        if self._lost:
            self._lost = False
            self.sig_connection_back.emit()
        if version == self._version:
            return False
        self._version = version
        log.info("the journal was changed by another program; reloading the views")
        self._events.sig_journal_reset.emit()
        self._events.sig_status.emit(self.tr(
            "Changes made on another computer or in another window are shown.")
            if self._store.on_server else self.tr(
            "The journal was changed outside this window (e.g. from the command line); "
            "the views are up to date."))
        return True
