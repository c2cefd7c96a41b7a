"""One writer at a time per data folder: advisory lock files, released when a process dies.

Two locks live in the data folder:

- the **writer lock** (``netjournal.lock``) is held by whoever writes: every command that
  writes (``add``, ``import``, ``demo``, ``restore``...) for its whole run, and the app for
  each of its saves. A writer that finds it taken waits (``waiting for another NetJournal
  to finish...`` after a second) up to a limit, then fails in words naming the holder.
- the **app lock** (``netjournal.app.lock``) is held by the open app for its life: a second
  launch finds it taken and brings the first window to the front instead, and a command
  that replaces the whole journal (``restore``) refuses while the app has it open.

The operating system releases a lock when its process dies, however it dies, so a lock
left by a killed process is recovered automatically: the file may remain, but nobody
holds it. The file records the holder's pid and command so a refusal can say who has it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from netjournal.paths import FILE_MODE
from netjournal.storage import AlreadyOpenError, StorageError

WAIT_S = 10.0
"""How long a writer waits for another one to finish before it gives up."""
WAIT_ENV = "NETJOURNAL_LOCK_TIMEOUT"
"""Seconds to wait instead of :data:`WAIT_S` (0 means do not wait)."""
NOTICE_AFTER_S = 1.0
WAITING_MESSAGE = "waiting for another NetJournal to finish..."
_POLL_S = 0.05

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh: IO[str]) -> bool:
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fh: IO[str]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class WriterBusyError(AlreadyOpenError):
    """Another process held the writer lock for longer than this one would wait."""


def wait_limit() -> float:
    """Seconds a writer waits: ``$NETJOURNAL_LOCK_TIMEOUT``, else :data:`WAIT_S`."""
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, "") or WAIT_S))
    except ValueError:
        return WAIT_S


def print_waiting() -> None:
    """The notice a command prints on stderr while it waits for another writer."""
    print(WAITING_MESSAGE, file=sys.stderr, flush=True)


def _this_process() -> str:
    """What the lock file says about its holder: ``1234 netjournal import``."""
    command = next((a for a in sys.argv[1:2] if a.isalpha()), "")
    return f"{os.getpid()} netjournal {command}".strip()


def _describe(holder: str) -> tuple[int | None, str]:
    """(pid, words) for a lock file's text: ``process 1234 (netjournal import)``."""
    pid_text, _, what = holder.partition(" ")
    try:
        pid = int(pid_text) or None
    except ValueError:
        return None, "another process"
    words = "".join(ch for ch in what if ch.isprintable())
    return pid, f"process {pid}" + (f" ({words})" if words else "")


class WriterLock:
    """An exclusive lock on ``path``: taken at once (:meth:`acquire`) or waited for
    (:meth:`wait`); re-entrant within the process (each take needs its release)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None
        self._depth = 0
        self._mutex = threading.RLock()

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> None:
        """Take the lock now or raise :class:`AlreadyOpenError` naming the holder."""
        self.wait(0.0)

    def wait(self, timeout: float | None = None,
             on_wait: Callable[[], None] | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds (default :func:`wait_limit`).

        Args:
            timeout: seconds to wait; 0 tries once.
            on_wait: called once when the wait has lasted :data:`NOTICE_AFTER_S`.

        Raises:
            WriterBusyError: another process kept it for the whole wait (0: AlreadyOpenError).
            StorageError: the lock file cannot be made (a read-only folder).
        """
        self._mutex.acquire()
        if self._fh is not None:
            self._depth += 1
            return
        try:
            self._take(wait_limit() if timeout is None else timeout, on_wait)
        except BaseException:
            self._mutex.release()
            raise
        self._depth = 1

    def _take(self, timeout: float, on_wait: Callable[[], None] | None) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as e:
            raise StorageError(f"cannot take the lock {self.path}: {e.strerror or e} "
                               "(is the data folder read-only?)") from e
        fh = os.fdopen(fd, "r+", encoding="utf-8", errors="replace")
        started = time.monotonic()
        noticed = False
        while not _try_lock(fh):
            waited = time.monotonic() - started
            if waited >= timeout:
                pid, who = _describe(_read(fh))
                fh.close()
                if timeout <= 0:
                    raise AlreadyOpenError(
                        f"NetJournal is already open on this data folder ({who})", pid)
                raise WriterBusyError(
                    f"another NetJournal ({who}) kept the journal busy for "
                    f"{timeout:.0f} s; try again when it has finished", pid)
            if not noticed and waited >= NOTICE_AFTER_S and on_wait is not None:
                noticed = True
                on_wait()
            time.sleep(_POLL_S)
        with contextlib.suppress(OSError):  # a full disk must not stop the lock itself
            # written over, then cut to length: never emptied first, as ext4 (and others)
            # take truncate-then-write for a file being replaced and flush it at close,
            # milliseconds of waiting at every take
            fh.seek(0)
            fh.write(_this_process())
            fh.truncate()
            fh.flush()
        self._fh = fh

    def release(self) -> None:
        """Give back one take; the lock is free once every take is given back."""
        if self._fh is None:
            return
        self._depth -= 1
        if self._depth <= 0:
            with contextlib.suppress(OSError):
                _unlock(self._fh)
            self._fh.close()
            self._fh = None
            self._depth = 0
        self._mutex.release()

    @contextlib.contextmanager
    def held_while(self, timeout: float | None = None,
                   on_wait: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the lock for a ``with`` block, waiting for it as :meth:`wait` does."""
        self.wait(timeout, on_wait)
        try:
            yield
        finally:
            self.release()

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def holder(path: Path) -> str | None:
    """Who holds the lock at ``path`` (``process 12 (netjournal)``), or None if nobody."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    with os.fdopen(fd, "r+", encoding="utf-8", errors="replace") as fh:
        if _try_lock(fh):
            _unlock(fh)
            return None
        return _describe(_read(fh))[1]


def _read(fh: IO[str]) -> str:
    try:
        fh.seek(0)
        return fh.read(200).strip()
    except (OSError, ValueError):
        return ""
