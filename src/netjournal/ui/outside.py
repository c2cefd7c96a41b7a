"""Writes made outside the window: ``netjournal add`` or ``import`` in a terminal.

The window holds the writer lock, but the command line may still add to the journal
while it is open (SQLite's WAL lets both in safely). Every couple of seconds the window
asks SQLite whether another connection committed (``PRAGMA data_version``, a cheap
read that its own writes do not change) and, if so, tells every pane to reload. A card
with unsaved edits keeps them (it reloads only when clean).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents

log = logging.getLogger(__name__)


class OutsideChanges(QObject):
    """Polls the journal for commits by other processes and has the panes reload."""

    INTERVAL_MS = 2000

    def __init__(self, store: Store, events: JournalEvents, parent: QObject | None = None,
                 *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._version = store.data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._version = self._store.data_version()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> bool:
        """Reload the panes if someone else wrote since the last look; True if so."""
        try:
            version = self._store.data_version()
        except StorageError as e:  # a disk gone away shows up on the next real use
            log.warning("could not ask the journal for outside changes: %s", e)
            return False
        if version == self._version:
            return False
        self._version = version
        log.info("the journal was changed by another program; reloading the views")
        self._events.sig_journal_reset.emit()
        self._events.sig_status.emit(self.tr(
            "The journal was changed outside this window (e.g. from the command line); "
            "the views are up to date."))
        return True
