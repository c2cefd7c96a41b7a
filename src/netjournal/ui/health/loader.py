"""Reads the ties of the Network health page on a worker thread.

Ties reconnected and gone dormant read every contact's interactions of the last fifteen
months in order, which takes far longer than the page's other counts on a big journal:
the page shows those at once and the ties when this thread has them, without freezing
the window. The thread reads on its own SQLite connection and closes it when done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from netjournal.domain.health import Week
from netjournal.domain.ties import Cadences
from netjournal.storage import health
from netjournal.storage.store import Store

log = logging.getLogger(__name__)


class TiesLoader(QObject):
    """Counts the ties of some weeks off the GUI thread, one request at a time."""

    sig_loaded = Signal(int, object)
    """The ties of request number ``ticket``: ``{(week index, TieChange): count}``."""

    sig_failed = Signal(int, str)
    """Request ``ticket`` could not be read (the reason in words)."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._threads: list[threading.Thread] = []

    def request(self, ticket: int, weeks: Sequence[Week], now: dt.datetime,
                cadences: Cadences) -> None:
        """Start counting; the answer comes through :attr:`sig_loaded`."""
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=self._run, args=(ticket, tuple(weeks), now, cadences),
                                  name="health-ties", daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for every request still running; False if one was still running."""
        for thread in list(self._threads):
            thread.join(timeout)
        return not any(t.is_alive() for t in self._threads)

    def _run(self, ticket: int, weeks: tuple[Week, ...], now: dt.datetime,
             cadences: Cadences) -> None:
        try:
            counts = health.ties_apart(self._store, weeks, now, cadences)
        except Exception as e:  # the page says so; the thread must not die noisily
            log.warning("could not count the ties: %s", e)
            self._emit(self.sig_failed, ticket, str(e))
            return
        self._emit(self.sig_loaded, ticket, counts)

    @staticmethod
    def _emit(signal: Signal, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the page went away meanwhile
            signal.emit(*args)  # type: ignore[attr-defined]
