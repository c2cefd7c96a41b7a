"""A window on a journal kept on a PostgreSQL server: the connection bar and Retry.

The window polls the server for others' writes (:class:`~netjournal.ui.outside.OutsideChanges`);
when a poll, a save or any other read finds the server gone, :class:`ServerLink` shows
the :class:`~netjournal.ui.connect.ConnectionBar` above the views. Nothing is reloaded
meanwhile, so an unsaved card keeps its edits; Retry (or the next poll that gets an
answer) reconnects, hides the bar and has the views show what changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.connect import ConnectionBar, problem_of
from netjournal.ui.events import JournalEvents
from netjournal.ui.outside import OutsideChanges

log = logging.getLogger(__name__)


class ServerLink(QObject):
    """Puts the connection bar above ``window``'s views and answers its Retry."""

    def __init__(self, store: Store, events: JournalEvents, window: QMainWindow,
                 outside: OutsideChanges) -> None:
        super().__init__(window)
        self._store = store
        self._events = events
        self._outside = outside
        views = window.takeCentralWidget()
        holder = QWidget(window)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.bar = ConnectionBar(holder)
        layout.addWidget(self.bar)
        layout.addWidget(views, 1)
        window.setCentralWidget(holder)
        self.bar.sig_retry_requested.connect(self.retry)
        outside.sig_connection_lost.connect(self.lost)
        outside.sig_connection_back.connect(self._on_outside_sig_connection_back)

    @property
    def host(self) -> str:
        return str(getattr(self._store.db, "host", self._store.where))

    def lost(self, error: object) -> None:
        """Say the server went away (``error``: what the driver said)."""
        log.warning("the database server went away: %s", error)
        self.bar.show_lost(self.host, _short(error))

    def handles(self, error: BaseException) -> bool:
        """For the app's hook of uncaught errors: a view read while the server was away
        (said above the views, once); False for any other error."""
        from netjournal.storage.postgres import ConnectionLostError

        if not isinstance(error, ConnectionLostError):
            return False
        if not self.bar.isVisible():
            self.lost(error)
        return True

    def retry(self) -> bool:
        """Reconnect now; True when the server answered (the views then reload)."""
        try:
            self._store.reconnect()
        except StorageError as e:
            self.bar.show_lost(self.host, _short(e))
            self._events.sig_status.emit(self.tr("The server still does not answer."))
            return False
        self._on_outside_sig_connection_back()
        return True

    def _on_outside_sig_connection_back(self) -> None:
        if self.bar.isVisible():
            self.bar.hide()
            self._events.sig_journal_reset.emit()
            self._events.sig_status.emit(self.tr("Connected to the server again."))


def _short(error: object) -> str:
    if isinstance(error, BaseException):
        return str(getattr(error, "problem", "") or problem_of(error))
    return str(error)
