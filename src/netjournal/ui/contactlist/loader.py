"""A worker thread that reads the full id list of a filter while the window stays live.

Search as you type shows a quick first page at once; the exact, complete list (a common
word can match most of a big timeline) is read here, on the thread's own read-only
SQLite connection. A newer request replaces an older one and interrupts its query.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from netjournal.storage.search import ContactFilter, SearchInterruptedError, SearchRepository

log = logging.getLogger(__name__)


class IdLoader(QThread):
    """Reads ``search.contact_ids(filter)`` off the GUI thread, newest request only."""

    sig_loaded = Signal(int, object)
    """The ids for request number ``ticket`` (only the latest request is answered): a
    Python list handed over as it is (declared ``list``, its 100,000 ids were copied into
    a Qt list on this thread and back on the GUI thread, 20 ms in all)."""

    def __init__(self, search: SearchRepository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._cond = threading.Condition()
        self._job: tuple[int, ContactFilter] | None = None
        self._latest = 0
        self._stopping = False
        self._interrupt: Callable[[], None] | None = None
        self._busy_with: int | None = None

    def request(self, ticket: int, flt: ContactFilter) -> None:
        """Read the ids of ``flt``; an earlier request still waiting or running is dropped."""
        with self._cond:
            self._latest = ticket
            self._job = (ticket, flt)
            if self._busy_with is not None and self._interrupt is not None:
                self._interrupt()
            self._cond.notify()
        if not self.isRunning() and not self._stopping:
            self.start(QThread.Priority.LowPriority)

    def cancel(self) -> None:
        """Forget any pending request (its answer would be stale)."""
        with self._cond:
            self._latest += 1_000_000  # no ticket will ever match again
            self._job = None
            if self._busy_with is not None and self._interrupt is not None:
                self._interrupt()

    def stop(self) -> None:
        """End the thread and close its connection; call before the store closes."""
        with self._cond:
            self._stopping = True
            self._job = None
            if self._busy_with is not None and self._interrupt is not None:
                self._interrupt()
            self._cond.notify()
        self.wait()

    def run(self) -> None:
        self._interrupt = self._search.interrupter()
        try:
            while True:
                with self._cond:
                    while self._job is None and not self._stopping:
                        self._cond.wait()
                    if self._stopping:
                        return
                    assert self._job is not None
                    ticket, flt = self._job
                    self._job = None
                    self._busy_with = ticket
                try:
                    ids = self._search.contact_ids(flt)
                except SearchInterruptedError:
                    with self._cond:
                        if ticket == self._latest and self._job is None \
                                and not self._stopping:
                            # a stop meant for an earlier request (a server's cancel lands
                            # late): this one is still wanted, read it again
                            self._job = (ticket, flt)
                    continue
                except Exception as e:  # keep the thread alive for the next request
                    log.warning("could not read the contact list: %s", e)
                    continue
                finally:
                    with self._cond:
                        self._busy_with = None
                with self._cond:
                    current = ticket == self._latest and not self._stopping
                if current:
                    self.sig_loaded.emit(ticket, ids)
        finally:
            self._interrupt = None
            self._search.release_thread()
