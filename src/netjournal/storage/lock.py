"""One writer per data folder: an advisory lock file held for the life of the process.

The operating system releases the lock when the process dies, however it dies, so a lock
left by a killed process is recovered automatically: the file may remain, but nobody
holds it. The file records the holder's pid so a refusal can say who has it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from netjournal.paths import FILE_MODE
from netjournal.storage import AlreadyOpenError

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


class WriterLock:
    """An exclusive, non-blocking lock on ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`AlreadyOpenError` naming the holder's pid."""
        if self._fh is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        fh = os.fdopen(fd, "r+", encoding="ascii")
        if not _try_lock(fh):
            pid = _read_pid(fh)
            fh.close()
            who = f" (process {pid})" if pid else ""
            raise AlreadyOpenError(
                f"NetJournal is already open on this data folder{who}", pid)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fh)
        self._fh.close()
        self._fh = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fh: IO[str]) -> int | None:
    try:
        fh.seek(0)
        return int(fh.read().strip() or 0) or None
    except (OSError, ValueError):
        return None
